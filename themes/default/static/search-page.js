// The full search page (search/index.html): the query in the URL
// (?q=…&all=1, and &exact=1 to search exactly what was typed), results as
// the reader types, and what was searched instead with one click to search
// what was typed. Only that page loads it, before search.js, which calls
// it with what the two share (`ui`).
(function () {
  "use strict";
  window.salaSearchPage = function (results, ui) {
    var params = new URLSearchParams(location.search);
    var form = document.getElementById("sala-search-form");
    var status = document.getElementById("sala-search-status");
    var note = document.getElementById("sala-search-notice");
    var asked = 0;
    function run(q, all, exact) {
      var mine = ++asked;
      if (note) note.innerHTML = "";
      if (!q.trim()) {
        results.innerHTML = "";
        status.textContent = "";
        return;
      }
      if (!results.children.length) status.textContent = ui.text(results, "loading");
      var opts = { lang: all ? undefined : document.documentElement.lang, limit: 50 };
      var asked_ = exact
        ? ui.search(q, opts).then(function (found) { return { results: found, typed: q }; })
        : ui.forgiving(q, opts);
      asked_.then(function (r) {
        if (mine !== asked) return; // a later query is on its way
        var found = r.results;
        results.innerHTML = found.map(function (x) {
          return "<li>" + ui.resultHtml(x, results).replace(' tabindex="-1"', "") + "</li>";
        }).join("");
        status.textContent = found.length ? ui.countText(results, found.length) : ui.text(results, "none");
        if (note && r.used) {
          // What was searched instead, and one click to search exactly what was typed.
          var esc = window.salaSearchCore.escapeHtml;
          var again = new URLSearchParams();
          again.set("q", r.typed);
          if (all) again.set("all", "1");
          again.set("exact", "1");
          note.innerHTML = esc(ui.notice(results, r)) + ' <a href="?' + esc(again.toString()) + '">' +
            esc(ui.text(results, "instead").replace("{query}", r.typed)) + "</a>";
        } else if (note && r.also) note.textContent = ui.notice(results, r);
      }, function (err) {
        if (mine === asked) status.textContent = ui.failed(results, err);
      });
    }
    var q = params.get("q") || "";
    var all = params.get("all") === "1";
    var exact = params.get("exact") === "1";
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
          run(query, every, false);
          // The address follows, so the page can be shared or reloaded; a
          // browser that refuses it for file:// addresses keeps the old one.
          try {
            var next = new URLSearchParams();
            if (query.trim()) next.set("q", query);
            if (every) next.set("all", "1");
            var search_ = next.toString();
            history.replaceState(null, "", location.pathname + (search_ ? "?" + search_ : ""));
          } catch (e) { /* file:// in some browsers */ }
        }, 120);
      };
      form.elements.q.addEventListener("input", again);
      if (form.elements.all) form.elements.all.addEventListener("change", again);
    }
    run(q, all, exact);
  };
})();
