// The offline draft of a unit's report forms (form[data-draft]): what is typed is kept in this browser until the
// server has taken it; a form sent without a connection waits and is sent again, with the same idempotency key, as
// soon as the connection returns, so a resend never records twice. A draft older than the key's 24 hours is not
// resent blindly: the page is read again first, and resent (with the page's new key) only if nobody changed the
// record. A draft is deleted only when the server took it (2xx); refused for a reason shown next to the fields (4xx)
// it is kept while the user corrects it; an expired sign-in or a stale form (401, 403, or the sign-in page), a body
// too large, too many requests or a server error keep it and say so, and it is offered back, never resent with a dead
// token. Drafts belong to the signed-in user (body[data-draft-owner]): another user's are removed when the page
// loads, all of them on sign-out. Self-reviews never use it.
(function () {
  "use strict";
  var ROOT = "tusoi.draft.";
  var OWNER = document.body.getAttribute("data-draft-owner") || "";
  var PREFIX = ROOT + OWNER + ".";
  var KEY_HOURS = 24;
  var KEPT = {
    signin: "Phiên đăng nhập đã hết hạn nên báo cáo chưa được gửi. Nội dung vẫn được giữ trên máy này:"
      + " hãy tải lại trang, đăng nhập lại rồi gửi.",
    stale: "Biểu mẫu đã cũ hoặc bạn không còn quyền gửi nên báo cáo chưa được gửi. Nội dung vẫn được giữ trên máy"
      + " này: hãy tải lại trang rồi gửi lại.",
    large: "Nội dung quá dài nên hệ thống chưa nhận. Nội dung vẫn được giữ trên máy này: hãy rút gọn rồi gửi lại.",
    busy: "Hệ thống đang quá tải nên chưa nhận báo cáo. Nội dung vẫn được giữ trên máy này: hãy gửi lại sau ít phút.",
    server: "Dịch vụ trả lời lỗi nên báo cáo chưa được lưu. Nội dung vẫn được giữ trên máy này: hãy gửi lại sau ít"
      + " phút."
  };

  // nobody signed in (signed out), or someone else: no draft of another user stays on this device
  Object.keys(localStorage).filter(function (k) {
    return k.indexOf(ROOT) === 0 && (!OWNER || k.indexOf(PREFIX) !== 0);
  }).forEach(function (k) { localStorage.removeItem(k); });

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
    return fetch(draft.action, { method: "POST", body: body, credentials: "same-origin",
        headers: { "X-Requested-With": "JavaScript" } }).then(function (response) {
      var outcome = outcomeOf(response);
      if (outcome === "taken") {
        forget(name);
        return show(response);
      }
      draft.pending = false;
      if (outcome === "refused") {
        // told next to the fields on the page the server drew; kept while the user corrects it
        draft.refused = true;
        write(name, draft);
        return show(response);
      }
      write(name, draft);
      tell(KEPT[outcome]);
    }, function () {
      draft.pending = true;
      write(name, draft);
      tell("Chưa có kết nối mạng. Nội dung đã được giữ trên máy này và sẽ tự gửi khi có mạng trở lại.");
    });
  }

  // What became of a sent form: taken (2xx, or the page it led to on this site), refused for the user to correct
  // (another 4xx), or not taken at all.
  function outcomeOf(response) {
    var status = response.status;
    if (status === 401 || status === 499 || (response.redirected && new URL(response.url).origin !== location.origin)) {
      return "signin";
    }
    if (status === 403) { return "stale"; }
    if (status === 413) { return "large"; }
    if (status === 429) { return "busy"; }
    if (status >= 500) { return "server"; }
    return status >= 400 ? "refused" : "taken";
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
      if (!kept.refused) { tell("Đã điền lại nội dung bạn nhập trước đó mà chưa gửi."); }
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
  document.querySelectorAll('form[action="/dang-xuat"]').forEach(function (form) {
    form.addEventListener("submit", function () {
      Object.keys(localStorage).filter(function (k) { return k.indexOf(ROOT) === 0; })
        .forEach(function (k) { localStorage.removeItem(k); });
    });
  });

  window.addEventListener("online", resendPending);
  resendPending();
})();
