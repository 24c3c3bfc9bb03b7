// The search box on every page, the full search page and the public API
// `window.sala.search(query, { lang, limit })`. Index files are classic
// scripts added on demand (no fetch, no modules, no workers), so search works
// over HTTP from any path and from file:// alike. The search code itself
// (search-normalize.js, search-stem.js, search-core.js) loads on first use.
(function () {
  "use strict";
  var me = document.currentScript;
  var rootUrl = new URL(me.getAttribute("data-root") || "./", location.href);
  var rootRel = me.getAttribute("data-root") || "";
  var langs = (me.getAttribute("data-langs") || document.documentElement.lang).split(",");

  // ---- Loading index files and the search code ----

  var cache = {};
  var waiting = {};
  window.salaSearchData = function (name, payload) {
    cache[name] = payload;
  };

  function addScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.async = true;
      s.onload = function () {
        s.remove();
        resolve();
      };
      s.onerror = function () {
        s.remove();
        reject(new Error("cannot load " + src));
      };
      document.head.appendChild(s);
    });
  }

  function load(name) {
    if (Object.prototype.hasOwnProperty.call(cache, name)) return Promise.resolve(cache[name]);
    if (!waiting[name])
      waiting[name] = addScript(new URL("search/" + name + ".js", rootUrl).href).then(function () {
        if (!Object.prototype.hasOwnProperty.call(cache, name)) throw new Error("search index file is empty: " + name);
        return cache[name];
      });
    return waiting[name];
  }

  var coreReady = null;
  function core() {
    if (!coreReady) {
      var assets = new URL("assets/", rootUrl);
      coreReady = Promise.all([
        addScript(new URL("search-normalize.js", assets).href),
        addScript(new URL("search-stem.js", assets).href),
      ]).then(function () {
        return addScript(new URL("search-core.js", assets).href);
      }).then(function () {
        return window.salaSearchCore;
      });
    }
    return coreReady;
  }

  var indexes = {};

  // The public API: results best first, `url` relative to the current page.
  function search(query, options) {
    options = options || {};
    var limit = options.limit || 10;
    var which = options.lang ? [options.lang] : langs;
    return core().then(function (c) {
      return Promise.all(which.map(function (l) {
        if (!indexes[l]) indexes[l] = new c.Index(l, load);
        return indexes[l].search(String(query || ""), limit);
      }));
    }).then(function (lists) {
      var all = [].concat.apply([], lists);
      all.sort(function (a, b) { return b.score - a.score; });
      return all.slice(0, limit).map(function (r) {
        return { url: rootRel + r.url, title: r.title, lang: r.lang, excerpt: r.excerpt, heading: r.heading };
      });
    });
  }
  window.sala = window.sala || {};
  window.sala.search = search;

  // ---- Shared by the box and the page ----

  function text(el, name) {
    return (el && el.getAttribute("data-" + name)) || "";
  }
  function countText(el, n) {
    var form = new Intl.PluralRules(document.documentElement.lang).select(n);
    var t = text(el, "count-" + form) || text(el, "count-other");
    return t.replace(/\d+/, String(n));
  }

  function resultHtml(r, strings) {
    var lang = r.lang !== document.documentElement.lang ? ' lang="' + r.lang + '"' : "";
    var escapeHtml = window.salaSearchCore.escapeHtml;
    var section = r.heading ? '<span class="result-section">' + escapeHtml(text(strings, "in").replace("{heading}", r.heading)) + "</span>" : "";
    return '<a href="' + escapeHtml(r.url) + '"' + lang + ' tabindex="-1"><span class="result-title">' + escapeHtml(r.title) + "</span>" + section +
      '<span class="result-excerpt">' + r.excerpt + "</span></a>";
  }
  // A failure (an index file that does not load) in the page's language;
  // the details go to the console.
  function failed(el, err) {
    if (window.console) console.error("sala search:", err);
    return text(el, "error");
  }

  // ---- The search box: a combobox with a listbox of results ----

  function box(form) {
    var input = form.querySelector("input[type=search]");
    var popup = form.querySelector(".search-popup");
    var list = form.querySelector("[role=listbox]");
    var status = form.querySelector(".search-status");
    var live = form.querySelector("[aria-live]");
    var scope = form.querySelector(".search-scope");
    var all = form.querySelector("input[name=all]");
    var allLangs = false;
    var active = -1;
    var seq = 0;
    var timer = null;

    function options() {
      return list.querySelectorAll("[role=option]");
    }
    function open(yes) {
      popup.hidden = !yes;
      input.setAttribute("aria-expanded", yes ? "true" : "false");
      if (!yes) setActive(-1);
    }
    function setActive(i) {
      var opts = options();
      active = i;
      for (var k = 0; k < opts.length; k++) opts[k].setAttribute("aria-selected", k === i ? "true" : "false");
      if (i >= 0 && opts[i]) {
        input.setAttribute("aria-activedescendant", opts[i].id);
        opts[i].scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    }
    function run() {
      var q = input.value.trim();
      var mine = ++seq;
      if (!q) {
        list.innerHTML = "";
        open(false);
        return;
      }
      status.textContent = text(form, "loading");
      open(true);
      search(input.value, { lang: allLangs ? undefined : document.documentElement.lang, limit: 8 }).then(function (results) {
        if (mine !== seq) return;
        list.innerHTML = results.map(function (r, i) {
          return '<li role="option" id="sala-option-' + i + '" aria-selected="false">' + resultHtml(r, form) + "</li>";
        }).join("");
        setActive(-1);
        var msg = results.length ? countText(form, results.length) : text(form, "none");
        status.textContent = results.length ? "" : msg;
        live.textContent = msg;
      }, function (err) {
        if (mine !== seq) return;
        status.textContent = failed(form, err);
        live.textContent = status.textContent;
      });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 60);
    });
    input.addEventListener("focus", function () {
      if (input.value.trim() && list.children.length) open(true);
    });
    input.addEventListener("keydown", function (e) {
      var n = options().length;
      if (e.key === "ArrowDown" && n) {
        e.preventDefault();
        open(true);
        setActive(active + 1 < n ? active + 1 : 0);
      } else if (e.key === "ArrowUp" && n) {
        e.preventDefault();
        setActive(active > 0 ? active - 1 : n - 1);
      } else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        var a = options()[active].querySelector("a");
        location.href = a.href;
      } else if (e.key === "Escape") {
        if (!popup.hidden) {
          e.preventDefault();
          open(false);
        } else input.value = "";
      }
    });
    form.addEventListener("focusout", function (e) {
      if (!form.contains(e.relatedTarget)) open(false);
    });
    if (scope) {
      scope.addEventListener("click", function () {
        allLangs = !allLangs;
        scope.textContent = text(form, allLangs ? "this" : "all");
        scope.setAttribute("aria-pressed", allLangs ? "true" : "false");
        // Enter then opens the search page with the same choice.
        if (all) all.disabled = !allLangs;
        run();
        input.focus();
      });
    }
    // "/" focuses the box from anywhere but a text field.
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      if (t && (t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName))) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  // ---- The search page: the query in the URL (?q=…&all=1), and results
  // as the reader types, like the header box ----

  function page(results) {
    var params = new URLSearchParams(location.search);
    var form = document.getElementById("sala-search-form");
    var status = document.getElementById("sala-search-status");
    var asked = 0;
    function run(q, all) {
      var mine = ++asked;
      if (!q.trim()) {
        results.innerHTML = "";
        status.textContent = "";
        return;
      }
      if (!results.children.length) status.textContent = text(results, "loading");
      search(q, { lang: all ? undefined : document.documentElement.lang, limit: 50 }).then(function (found) {
        if (mine !== asked) return; // a later query is on its way
        results.innerHTML = found.map(function (r) {
          return "<li>" + resultHtml(r, results).replace(' tabindex="-1"', "") + "</li>";
        }).join("");
        status.textContent = found.length ? countText(results, found.length) : text(results, "none");
      }, function (err) {
        if (mine === asked) status.textContent = failed(results, err);
      });
    }
    var q = params.get("q") || "";
    var all = params.get("all") === "1";
    if (form) {
      form.elements.q.value = q;
      if (form.elements.all) form.elements.all.checked = all;
      form.elements.q.focus();
      var timer = null;
      var again = function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var query = form.elements.q.value;
          var every = !!(form.elements.all && form.elements.all.checked);
          run(query, every);
          // The address follows, so the page can be shared or reloaded; a
          // browser that refuses it for file:// addresses keeps the old one.
          try {
            var next = new URLSearchParams();
            if (query.trim()) next.set("q", query);
            if (every) next.set("all", "1");
            var search = next.toString();
            history.replaceState(null, "", location.pathname + (search ? "?" + search : ""));
          } catch (e) { /* file:// in some browsers */ }
        }, 120);
      };
      form.elements.q.addEventListener("input", again);
      if (form.elements.all) form.elements.all.addEventListener("change", again);
    }
    run(q, all);
  }

  function init() {
    var forms = document.querySelectorAll("form.search-box");
    for (var i = 0; i < forms.length; i++) box(forms[i]);
    var results = document.getElementById("sala-search-results");
    if (results) page(results);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
