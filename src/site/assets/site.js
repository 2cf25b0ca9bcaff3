// Chapar: small enhancements only (the site works without them). Under 10 KB by rule.
(function () {
  'use strict';
  var d = document, h = d.documentElement, KEY = 'chapar-fs';
  var STEPS = [0.875, 1, 1.125, 1.25, 1.375, 1.5];
  function current() {
    var v = parseFloat(getComputedStyle(h).getPropertyValue('--fs'));
    return STEPS.indexOf(v) >= 0 ? v : 1;
  }
  function setFs(v) {
    h.style.setProperty('--fs', String(v));
    try {
      if (v === 1) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, String(v));
    } catch (e) { /* private mode: not remembered */ }
    var b = d.querySelectorAll('[data-fs]');
    for (var i = 0; i < b.length; i++) {
      var dir = b[i].getAttribute('data-fs');
      b[i].setAttribute('aria-disabled', String((dir === 'up' && v === STEPS[STEPS.length - 1]) || (dir === 'down' && v === STEPS[0]) || (dir === 'reset' && v === 1)));
    }
  }
  function copy(btn) {
    var input = d.getElementById(btn.getAttribute('data-copy'));
    var hint = d.getElementById(btn.getAttribute('data-hint'));
    if (!input) return;
    var done = function () { if (hint) hint.textContent = btn.getAttribute('data-done') || ''; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () { input.select(); });
    } else {
      input.select();
      try { if (d.execCommand('copy')) done(); } catch (e) { /* leave it selected */ }
    }
  }
  d.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target.closest('button') : null;
    if (!t) return;
    var fs = t.getAttribute('data-fs');
    if (fs) {
      var i = STEPS.indexOf(current());
      setFs(fs === 'reset' ? 1 : STEPS[Math.max(0, Math.min(STEPS.length - 1, i + (fs === 'up' ? 1 : -1)))]);
    } else if (t.hasAttribute('data-copy')) copy(t);
    else if (t.hasAttribute('data-print')) window.print();
  });
  if (d.querySelector('[data-fs]')) setFs(current());
  var tools = d.querySelectorAll('[data-js]');
  for (var j = 0; j < tools.length; j++) tools[j].hidden = false;
  // View beacon: counting never makes a cached page dynamic.
  var v = d.querySelector('[data-views]');
  if (v && window.fetch) {
    fetch('/api/v1/articles/' + v.getAttribute('data-views') + '/views', { method: 'POST', keepalive: true, credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) {
        if (j && typeof j.views === 'number') v.textContent = new Intl.NumberFormat(v.getAttribute('data-locale') || undefined).format(j.views);
      })
      .catch(function () {});
  }
})();
