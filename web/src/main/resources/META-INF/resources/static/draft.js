// The offline draft of a unit's report forms (form[data-draft]): what is typed is kept in this browser until the
// server has it; a form sent without a connection waits and is sent again, with the same idempotency key, as soon as
// the connection returns, so a resend never records twice. A draft older than the key's 24 hours is not resent
// blindly: the page is read again first, and resent (with the page's new key) only if nobody changed the record.
// Everything kept is removed once sent and on sign-out. Self-reviews never use it.
(function () {
  "use strict";
  var PREFIX = "tusoi.draft.";
  var KEY_HOURS = 24;

  function store(name) { return PREFIX + name; }
  function read(name) {
    try { return JSON.parse(localStorage.getItem(store(name))); } catch (e) { return null; }
  }
  function write(name, draft) {
    try { localStorage.setItem(store(name), JSON.stringify(draft)); } catch (e) { /* storage full or denied */ }
  }
  function forget(name) { localStorage.removeItem(store(name)); }

  function fieldsOf(form, submitter) {
    var fields = [];
    new FormData(form).forEach(function (value, name) { fields.push([name, String(value)]); });
    if (submitter && submitter.name) { fields.push([submitter.name, submitter.value]); }
    return fields;
  }
  function value(fields, name) {
    for (var i = 0; i < fields.length; i++) { if (fields[i][0] === name) { return fields[i][1]; } }
    return null;
  }
  function tell(text) {
    var notice = document.querySelector(".offline-notice");
    if (notice) { notice.textContent = text; notice.hidden = !text; }
  }

  function restore(form, fields) {
    var byName = {};
    fields.forEach(function (f) { (byName[f[0]] = byName[f[0]] || []).push(f[1]); });
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit" || !byName[el.name]) { return; }
      if (el.type === "radio" || el.type === "checkbox") {
        el.checked = byName[el.name].indexOf(el.value) >= 0;
      } else {
        var values = byName[el.name];
        var index = Array.prototype.filter.call(form.elements, function (o) { return o.name === el.name; })
            .indexOf(el);
        if (index < values.length) { el.value = values[index]; }
      }
    });
  }

  function show(response) {
    return response.text().then(function (html) {
      if (response.redirected) { location.assign(response.url); return; }
      document.open(); document.write(html); document.close();
    });
  }

  function send(name, draft) {
    var body = new URLSearchParams();
    draft.fields.forEach(function (f) { body.append(f[0], f[1]); });
    tell("Đang gửi…");
    return fetch(draft.action, { method: "POST", body: body, credentials: "same-origin" }).then(function (response) {
      // the server answered: whatever it said, this draft has reached it
      forget(name);
      return show(response);
    }, function () {
      draft.pending = true;
      write(name, draft);
      tell("Chưa có kết nối mạng. Nội dung đã được giữ trên máy này và sẽ tự gửi khi có mạng trở lại.");
    });
  }

  // A draft older than its key: read the page again, and resend with the new key only if the record is unchanged.
  function checkThenSend(name, draft) {
    return fetch(location.href, { credentials: "same-origin" }).then(function (r) { return r.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var form = page.querySelector('form[data-draft="' + name + '"]');
        var version = form && form.querySelector('[name="version"]');
        if (!form || (version ? version.value : "") !== (value(draft.fields, "version") || "")) {
          tell("Báo cáo đã thay đổi trên hệ thống kể từ khi bạn nhập. Nội dung chưa gửi được điền lại bên dưới:"
            + " hãy kiểm tra rồi gửi lại.");
          draft.pending = false;
          write(name, draft);
          var here = document.querySelector('form[data-draft="' + name + '"]');
          if (here) { restore(here, draft.fields); }
          return;
        }
        ["key", "csrf-token"].forEach(function (field) {
          var fresh = form.querySelector('[name="' + field + '"]');
          draft.fields = draft.fields.map(function (f) { return f[0] === field && fresh ? [field, fresh.value] : f; });
        });
        return send(name, draft);
      }, function () { tell("Chưa có kết nối mạng. Nội dung vẫn được giữ trên máy này."); });
  }

  function resendPending() {
    Object.keys(localStorage).filter(function (k) { return k.indexOf(PREFIX) === 0; }).forEach(function (k) {
      var name = k.substring(PREFIX.length);
      var draft = read(name);
      if (!draft || !draft.pending || !navigator.onLine) { return; }
      if (Date.now() - draft.savedAt > KEY_HOURS * 3600 * 1000) { checkThenSend(name, draft); } else { send(name, draft); }
    });
  }

  document.querySelectorAll("form[data-draft]").forEach(function (form) {
    var name = form.getAttribute("data-draft");
    var kept = read(name);
    if (kept && !kept.pending) {
      restore(form, kept.fields);
      tell("Đã điền lại nội dung bạn nhập trước đó mà chưa gửi.");
    } else if (kept && kept.pending) {
      restore(form, kept.fields);
    }
    var keep = function () {
      write(name, { action: form.action, savedAt: Date.now(), pending: false, fields: fieldsOf(form) });
    };
    form.addEventListener("input", keep);
    form.addEventListener("change", keep);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var draft = { action: form.action, savedAt: Date.now(), pending: true, fields: fieldsOf(form, event.submitter) };
      write(name, draft);
      if (!navigator.onLine) {
        tell("Chưa có kết nối mạng. Nội dung đã được giữ trên máy này và sẽ tự gửi khi có mạng trở lại.");
        return;
      }
      send(name, draft);
    });
  });

  // signing out leaves nothing behind on a shared phone
  document.querySelectorAll('a[href="/dang-xuat"]').forEach(function (link) {
    link.addEventListener("click", function () {
      Object.keys(localStorage).filter(function (k) { return k.indexOf(PREFIX) === 0; })
        .forEach(function (k) { localStorage.removeItem(k); });
    });
  });

  window.addEventListener("online", resendPending);
  resendPending();
})();
