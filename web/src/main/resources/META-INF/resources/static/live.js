// The live figures' connection: a visible sign while it is lost and being retried (htmx's SSE extension retries).
(function () {
  var lost = null;
  function sign() { return document.getElementById('live-lost'); }
  document.body.addEventListener('htmx:sseError', function () {
    if (lost === null) {
      // a planned reconnect (a refreshed sign-in) takes a moment: say nothing unless it lasts
      lost = setTimeout(function () { var s = sign(); if (s) { s.hidden = false; } }, 2500);
    }
  });
  // the print button (no inline handler: the Content-Security-Policy allows no inline script)
  document.body.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) { window.print(); }
  });
  document.body.addEventListener('htmx:sseOpen', function () {
    clearTimeout(lost);
    lost = null;
    var s = sign();
    if (s) { s.hidden = true; }
  });
})();
