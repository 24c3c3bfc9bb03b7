// Injected by `sala serve` only (never into `sala build` output): reloads the
// page after a rebuild, keeping the scroll position, and shows build errors.
(function () {
  "use strict";
  var key = "sala-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () { window.scrollTo(0, +saved); });
  }
  function overlay(errors, title, note, lang) {
    var el = document.getElementById("sala-error-overlay");
    if (!errors.length) { if (el) el.remove(); return; }
    if (!el) {
      el = document.createElement("div");
      el.id = "sala-error-overlay";
      el.setAttribute("role", "alert");
      el.style.cssText = "position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(20,24,32,.94);color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem;";
      document.body.appendChild(el);
    }
    el.textContent = "";
    if (lang) el.setAttribute("lang", lang);
    var h = document.createElement("h2");
    h.textContent = title || "sala: the site could not be rebuilt";
    h.style.cssText = "margin:0 0 1rem;font:700 1.3rem system-ui,sans-serif;color:#ffb4a8";
    el.appendChild(h);
    errors.forEach(function (e) {
      var p = document.createElement("pre");
      p.style.cssText = "white-space:pre-wrap;margin:0 0 1rem;border-left:4px solid #ff6b57;padding-left:1rem";
      p.textContent = e;
      el.appendChild(p);
    });
    var p = document.createElement("p");
    p.textContent = note || "Fix the file and save: this message goes away by itself.";
    el.appendChild(p);
  }
  var version = null;
  function poll() {
    var url = "/__sala/reload" + (version === null ? "" : "?v=" + version);
    fetch(url, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
      if (version !== null && s.version !== version && !s.errors.length) {
        sessionStorage.setItem(key, String(window.scrollY));
        location.reload();
        return;
      }
      version = s.version;
      overlay(s.errors, s.title, s.note, s.lang);
      poll();
    }).catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
