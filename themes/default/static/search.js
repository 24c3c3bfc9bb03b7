// The search box on every page, the public API
// `window.sala.search(query, { lang, limit })`, and what the full search page
// (search-page.js) shares with the box. Index files are classic
// scripts added on demand (no fetch, no modules, no workers), so search works
// over HTTP from any path and from file:// alike. The search code itself
// (search-normalize.js, search-tokenize.js, search-excerpt.js,
// search-core.js, and search-stem.js for English) loads on first use; the
// rewrites of a query that finds nothing (search-forgive.js, search-mend.js,
// and search-vietnamese.js in Vietnamese) only for such a query.
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

  // `ordered`: run in the order added (the scripts still download side by
  // side), for scripts that read what the ones before them define.
  function addScript(src, ordered) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.async = !ordered;
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
  var stemReady = null;
  // The search code for a query in the languages `which`: the English
  // stemmer (5 KB) only when English is among them.
  function core(which) {
    var assets = new URL("assets/", rootUrl);
    if (!coreReady) {
      // Each file reads those before it, as listed.
      var files = ["search-normalize.js", "search-tokenize.js", "search-excerpt.js", "search-core.js"];
      coreReady = Promise.all(files.map(function (f) {
        return addScript(new URL(f, assets).href, true);
      })).then(function () {
        return window.salaSearchCore;
      });
    }
    if (which.indexOf("en") < 0) return coreReady;
    if (!stemReady) stemReady = addScript(new URL("search-stem.js", assets).href);
    return Promise.all([coreReady, stemReady]).then(function (both) {
      return both[0];
    });
  }

  var indexes = {};
  // The index of language `l`, read through search-core.js `c`.
  function indexOf(c, l) {
    if (!indexes[l]) indexes[l] = new c.Index(l, load);
    return indexes[l];
  }

  // The search code and each language's meta.js, side by side: what a
  // query needs before any dictionary shard. Also on a search box's focus,
  // hidden by typing. With Thai, the segmenter too (15-25 ms to start, once),
  // in a task of its own: it runs while the index files are on their way.
  var thaiWarmed = false;
  function warm(which) {
    which.forEach(function (l) {
      load(l + "/meta").catch(function () { /* reported by the query itself */ });
    });
    var ready = core(which);
    if (!thaiWarmed && which.indexOf("th") >= 0) {
      thaiWarmed = true;
      ready.then(function () { setTimeout(window.salaExcerpt.warmThai, 0); });
    }
    return ready;
  }

  // The public API: results best first, `url` relative to the current page.
  // The order below reorders the first READ results at least, whatever the
  // limit, so that a smaller limit gives the first of a larger one (the
  // search box asks for 8). Probes that look at a few results pass `few`.
  var READ = 8;
  function search(query, options) {
    options = options || {};
    var limit = options.limit || 10;
    var reads = options.few ? limit : Math.max(limit, READ);
    var which = options.lang ? [options.lang] : langs;
    return warm(which).then(function (c) {
      return Promise.all(which.map(function (l) {
        return indexOf(c, l).search(String(query || ""), reads, !!options.any);
      }));
    }).then(function (lists) {
      // Best first, and a page whose title is the query (but for question
      // words) first, then those whose title has the whole query before those
      // that have it only in their text (BM25 weighs a title as six words),
      // then those that have the words as a phrase before those that have
      // them apart (BM25 does not see where the words stand).
      var ex = window.salaExcerpt;
      var spans = options.any && window.salaSearchCore.spans(String(query || "").normalize("NFC"));
      var all = [].concat.apply([], lists).map(function (r) {
        // (With `any`, the words the result has.)
        var q = spans ? r.words.map(function (i) { return spans[i].text; }).join(" ") : String(query || "");
        r.titled = ex.titleIs(r.title, q, r.lang) ? 3 : ex.titleHas(r.title, q, r.lang) ? 2 : ex.phraseIn(r, q, r.lang) ? 1 : 0;
        return r;
      });
      all.sort(function (a, b) { return (options.any ? b.words.length - a.words.length : 0) || b.titled - a.titled || b.score - a.score; });
      return all.slice(0, limit).map(function (r) {
        var out = { url: rootRel + r.url, title: r.title, lang: r.lang, excerpt: r.excerpt, heading: r.heading, text: r.text, score: r.score };
        if (options.any) out.words = r.words;
        return out;
      });
    });
  }
  // Search as typed first. When that finds nothing, what the query may have
  // meant: Telex or VNI typed with the input method off, the other keyboard
  // layout, a word readers use for a term (glossary `search:` words and
  // avoided variants), a typo (corrected to the site's own terms, else the
  // word's first letters to complete), then the pages with most of the
  // words. Pages that a word readers use finds are added below those that
  // match as typed. Resolves to {results, typed, used, kind, also}: `used`
  // is the query searched instead of `typed` (kind: telex, vni, layout,
  // alias, typo, partial). The rewrites load only when a query finds
  // nothing as typed, and search-mend.js alone when it finds too little
  // (fewer than MOST pages, a long Thai run only apart): a query that finds
  // its pages fetches nothing more.
  var loaded = {};
  function script(f) {
    return loaded[f] || (loaded[f] = addScript(new URL(f, new URL("assets/", rootUrl)).href));
  }
  // The order rewrites are tried in, and the steps after a search that
  // found too little (search-mend.js): the pages with all but one word, a
  // Thai title typed with a slip.
  function mendOnly() {
    return script("search-mend.js").then(function () { return window.salaMend; });
  }
  // With the rewrites themselves (search-forgive.js, and
  // search-vietnamese.js when Vietnamese is among the languages `which`),
  // side by side.
  function mendLib(which) {
    var files = ["search-forgive.js", "search-mend.js"];
    if (which.indexOf("vi") >= 0) files.push("search-vietnamese.js");
    return Promise.all(files.map(script)).then(function () {
      return window.salaMend;
    });
  }

  // Aliases (search/<lang>/alias.js, rows [term, folded alias, ...]) as
  // [[alias, term]], each alias word as `fold` has it, the longest alias
  // first, so that it wins.
  function aliasPairs(rows, fold) {
    var out = [];
    rows.forEach(function (r) {
      for (var i = 1; i < r.length; i++) out.push([r[i].split(" ").map(fold).join(" "), r[0]]);
    });
    return out.sort(function (a, b) { return b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
  }
  // The query with its first alias (on word boundaries) read as the term,
  // its other words as typed.
  function withAlias(query, aliases, fold) {
    var words = query.trim().split(/\s+/);
    var f = " " + words.map(fold).join(" ") + " ";
    for (var i = 0; i < aliases.length; i++) {
      var at = f.indexOf(" " + aliases[i][0] + " ");
      if (at < 0) continue;
      var before = f.slice(0, at).split(" ").length - 1;
      var after = before + aliases[i][0].split(" ").length;
      return words.slice(0, before).concat([aliases[i][1]], words.slice(after)).join(" ");
    }
    return null;
  }

  // The pages found for `q`, then the pages `more` found for the alias
  // query `aliased` that they do not have, before the pages where the words
  // of `q` only stand apart (Thai letters, or two words or more not found as
  // a phrase): {results, also}, `also` naming the alias query when it adds
  // a page.
  function withAliasPages(found, q, more, aliased, limit) {
    var ex = window.salaExcerpt;
    var hasThai = /[\u0e01-\u0e4e]/.test(q);
    var wordy = q.trim().split(/\s+/).length > 1;
    var apart = !more.length ? [] : found.filter(function (r) {
      return hasThai ? !ex.together([r], q) : wordy && !ex.phraseIn(r, q, r.lang);
    });
    var seen = {};
    function unseen(r) {
      var page = r.url.split("#")[0];
      return !seen[page] && (seen[page] = true);
    }
    var first = found.filter(function (r) { return apart.indexOf(r) < 0; }).filter(unseen);
    var added = more.filter(unseen);
    var adds = added.some(function (r) {
      return !found.some(function (f) { return f.url.split("#")[0] === r.url.split("#")[0]; });
    });
    return { results: first.concat(added, apart.filter(unseen)).slice(0, limit), also: adds ? aliased : null };
  }

  // Fewer than MOST pages have every word (of the query as typed or as
  // corrected, two words or more): the pages with all but one follow, from
  // search-mend.js, which loads only then.
  var MOST = 5;
  function withMost(r, options) {
    var want = Math.min(MOST, options.limit || 10) - r.results.length;
    var words = (r.used || r.typed).trim().split(/\s+/).length;
    if (want <= 0 || words < 2 || r.also || r.kind === "partial" || !r.results.length) return r;
    return mendOnly().then(function (mend) { return mend.most(r, options, search, want); }, function () { return r; });
  }

  function forgiving(query, options) {
    options = options || {};
    var typed = String(query || "");
    var limit = options.limit || 10;
    var which = options.lang ? [options.lang] : langs;
    // The aliases load beside the search code and meta.js, not after them.
    var aliasLists = Promise.all(which.map(function (l) {
      return load(l + "/alias").catch(function () { return []; });
    }));
    var shown = typed;
    return warm(which).then(function () {
      // (Searched without the Thai words of a question around it.)
      typed = window.salaTokenize.unasked(typed);
      // (Folded, and a Vietnamese final i or y read alike: "quản lí".)
      var fold = function (w) { return window.salaTokenize.wordTerms(w, "vi")[0]; };
      return aliasLists.then(function (lists) {
        var aliases = aliasPairs([].concat.apply([], lists), fold);
        var aliased = withAlias(typed, aliases, fold);
        // A short Thai query is read for three results first: where its
        // letters stand apart on all three, it is taken for a typo, and the
        // excerpts of seven more results would be read for nothing.
        var ex = window.salaExcerpt;
        var short = ex.thaiShort(typed);
        var hasThai = /[\u0e01-\u0e4e]/.test(typed); // Thai letters and marks, not digits
        var probed = false;
        var exactFirst = short && limit > 3
          ? search(typed, { lang: options.lang, limit: 3, few: true }).then(function (few) {
            probed = few.length > 0 && !ex.together(few, typed);
            return probed ? few : search(typed, options);
          })
          : search(typed, options);
        return Promise.all([exactFirst, aliased ? search(aliased, options) : []]).then(function (two) {
          var exact = two[0];
          function plusAliased(found) {
            var m = withAliasPages(found, typed, two[1], aliased, limit);
            return { results: m.results, typed: typed, also: m.also };
          }
          var asTyped = exact.length ? plusAliased(exact) : null;
          // The query as typed, with all its results.
          function inFull() {
            return probed ? search(typed, options).then(plusAliased) : asTyped;
          }
          // Thai letters match as typed only where they stand together on a
          // page: in a query of a word or two (up to 12 letters with their
          // marks), pairs of them found only apart leave a typo to correct.
          // Longer runs are mostly words typed together that stand apart on
          // the pages, and trying corrections would cost them 100 KB more
          // (unless two pages at most have the letters, even apart).
          var lettersApart = asTyped && hasThai && !ex.together(exact, typed);
          var thaiApart = lettersApart && (short || exact.length < 3);
          // A longer run found apart on many pages is words typed together,
          // as a rule; but a title or heading of the results one edit from it
          // is that title typed with a slip, taken where a page has it together.
          // (search-mend.js, loaded only then: the title found, else `orElse`.)
          function titleSlip(orElse) {
            return mendOnly().then(function (mend) { return mend.titleSlip(exact, typed, options, search, orElse); }, function () { return orElse; });
          }
          if (lettersApart && !thaiApart && !short) return titleSlip(asTyped);
          if (asTyped && !thaiApart) return asTyped;
          // (A reader's word for a term, its Thai letters found only apart
          // as typed, is that term, not a typo: กระบวนกร.)
          if ((!asTyped || thaiApart) && two[1].length) return { results: two[1], typed: typed, used: aliased, kind: "alias" };
          // A longer run found on a page or two, or on none, may be a title
          // typed with a slip: that is tried before the rewrites.
          var slip = hasThai && !short && (thaiApart || !asTyped) ? titleSlip(null) : Promise.resolve(null);
          return slip.then(function (fixed) {
            // A theme copied from an older sala has no rewrites: nothing found.
            return fixed || mendLib(which).catch(function () { return null; }).then(function (mend) {
              if (!mend) return asTyped ? inFull() : { results: [], typed: typed };
              return mend({
                typed: typed, options: options, which: which, limit: limit, short: short, hasThai: hasThai,
                asTyped: asTyped, inFull: inFull, thaiApart: thaiApart, search: search,
                index: function (l) { return indexOf(window.salaSearchCore, l); },
              }).then(function (r) {
                // A rewrite (Telex, VNI, a typo, a layout) holding a reader's
                // word for a term: the term's pages too, as when typed so.
                var again = r.used && r.kind !== "partial" && withAlias(r.used, aliases, fold);
                return !again ? r : search(again, options).then(function (more) {
                  var m = withAliasPages(r.results, r.used, more, again, limit);
                  return { results: m.results, typed: r.typed, used: r.used, kind: r.kind, also: m.also };
                });
              });
            });
          });
        });
      });
    }).then(function (r) {
      return withMost(r, options);
    }).then(function (r) {
      r.typed = shown;
      return r;
    });
  }

  window.sala = window.sala || {};
  window.sala.search = search;
  window.sala.searchForgiving = forgiving;

  // The line that says what was searched instead, from the element's
  // data-showing / data-partial / data-also strings ("{query}" in them).
  function notice(el, r) {
    if (r.used) return text(el, r.kind === "partial" ? "partial" : "showing").replace("{query}", r.used);
    if (r.also) return text(el, "also").replace("{query}", r.also);
    return "";
  }

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
      forgiving(input.value, { lang: allLangs ? undefined : document.documentElement.lang, limit: 8 }).then(function (r) {
        if (mine !== seq) return;
        var results = r.results;
        list.innerHTML = results.map(function (r, i) {
          return '<li role="option" id="sala-option-' + i + '" aria-selected="false">' + resultHtml(r, form) + "</li>";
        }).join("");
        setActive(-1);
        var msg = results.length ? countText(form, results.length) : text(form, "none");
        var said = notice(form, r);
        status.textContent = results.length ? said : msg;
        live.textContent = said ? said + " " + msg : msg;
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
      warm(allLangs ? langs : [document.documentElement.lang]).catch(function () { /* shown when searching */ });
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

  function init() {
    var forms = document.querySelectorAll("form.search-box");
    for (var i = 0; i < forms.length; i++) box(forms[i]);
    var results = document.getElementById("sala-search-results");
    if (results && window.salaSearchPage)
      window.salaSearchPage(results, {
        search: search, forgiving: forgiving, text: text, countText: countText,
        resultHtml: resultHtml, notice: notice, failed: failed,
      });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
