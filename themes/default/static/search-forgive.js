// What a query may have meant when it finds nothing as typed: Vietnamese
// typed with the input method off (Telex `quanr trij`, VNI `qua3n tri5`,
// decoded by search-vietnamese.js, which loads with this file when
// Vietnamese is searched), Thai typed on the English layout and the reverse
// (Kedmanee, shifted keys included), a typo in a word (its first letters, completed from the
// site's own words), a Thai typo (corrected from the index's pairs of
// letters), and a query one of whose words no page has. It loads only for a
// query that finds nothing as typed. The rewrites are pure functions, shared
// by the browser and the Node tests (tests/forgive_vectors.json); the
// corrections read the index through search-core.js.
(function (root) {
  "use strict";

  // ---- Thai and English keyboard layouts (Kedmanee) ----

  var LATIN = "1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./" +
    "!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?";
  var THAI = "ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ" +
    "+๑๒๓๔ู฿๕๖๗๘๙๐\"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ";
  var toThai = {};
  var toLatin = {};
  (function () {
    var t = Array.from(THAI);
    for (var i = 0; i < LATIN.length; i++) {
      toThai[LATIN[i]] = t[i];
      if (!(t[i] in toLatin)) toLatin[t[i]] = LATIN[i];
    }
  })();
  var THAI_LETTER = /[\u0e01-\u0e4f]/;

  // Whether two Thai letters are on one key (with and without Shift) or on
  // keys side by side in a row of the Kedmanee layout: a slip of the finger.
  var ROWS = [12, 25, 36, 46];
  function rowOf(i) {
    for (var r = 0; i % 46 >= ROWS[r]; r++);
    return r;
  }
  function besideKeys(a, b) {
    var i = THAI.indexOf(a), j = THAI.indexOf(b);
    if (i < 0 || j < 0 || a === b) return false;
    if (i % 46 === j % 46) return true;
    return Math.abs(i - j) === 1 && (i < 46) === (j < 46) && rowOf(i) === rowOf(j);
  }

  // Letters that sound alike and are written one for another (ใ for ไ, ณ
  // for น, ศ or ษ for ส, ...): a slip of spelling rather than of a finger.
  var ALIKE = ["ใไ", "นณ", "ลฬร", "สศษซ", "ทธฑฒ", "ตฏ", "ดฎ", "พภ", "ยญ", "ขฃ", "คฅฆ", "ชฌ", "ถฐ"];
  function alike(a, b) {
    return a !== b && ALIKE.some(function (g) { return g.indexOf(a) >= 0 && g.indexOf(b) >= 0; });
  }

  // Latin keys read as Thai: only a query of which every character is a key
  // and the result is mostly Thai letters.
  function latinAsThai(query) {
    if (!/[a-z;',.\[\]]/i.test(query)) return null;
    var out = "";
    var thai = 0;
    for (var i = 0; i < query.length; i++) {
      var c = query[i];
      if (c === " ") { out += " "; continue; }
      var t = toThai[c];
      if (!t) return null;
      if (THAI_LETTER.test(t)) thai++;
      out += t;
    }
    return thai >= Math.max(2, query.replace(/\s/g, "").length * 0.6) ? out : null;
  }

  function thaiAsLatin(query) {
    if (!THAI_LETTER.test(query)) return null;
    var out = "";
    for (var ch of query) {
      if (ch === " ") { out += " "; continue; }
      var l = toLatin[ch];
      if (!l) return null;
      out += l;
    }
    return /[a-z]{3}/i.test(out) ? out.toLowerCase() : null;
  }

  // ---- The list of what to try, in order ----

  // `lang`: the language searched (null: all). Returns [{query, kind, lang}]:
  // kind names the rewrite; lang, when set, the language to search it in.
  function rewrites(query, lang) {
    var out = [];
    var q = query.trim();
    if (!q) return out;
    var latin = !THAI_LETTER.test(q);
    // (search-vietnamese.js loads only when Vietnamese is searched.)
    if (latin && (!lang || lang === "vi") && root.salaVietnamese) {
      var decode = root.salaVietnamese.decode;
      var telex = decode(q, "telex");
      if (telex) out.push({ query: telex, kind: "telex", lang: "vi" });
      var vni = decode(q, "vni");
      if (vni) out.push({ query: vni, kind: "vni", lang: "vi" });
    }
    var asThai = latin && latinAsThai(q);
    if (asThai) out.push({ query: asThai, kind: "layout", lang: "th" });
    var asLatin = !latin && thaiAsLatin(q);
    if (asLatin) out.push({ query: asLatin, kind: "layout", lang: lang === "th" ? null : lang });
    return out;
  }

  // A word with a typo, as the start of the word it probably is: the query
  // with that word cut to its first letters and put last, where the search
  // completes a word being typed. Latin words of five letters and more.
  function typoQueries(query) {
    var words = query.trim().split(/\s+/);
    var out = [];
    words.forEach(function (w, i) {
      if (THAI_LETTER.test(w) || w.length < 5) return;
      var others = words.slice(0, i).concat(words.slice(i + 1));
      [Math.ceil(w.length * 0.75), Math.ceil(w.length * 0.5), 4].forEach(function (n) {
        var cut = w.slice(0, Math.max(4, n));
        var q = others.concat([cut]).join(" ");
        if (cut.length < w.length && out.every(function (o) { return o.query !== q; }))
          out.push({ query: q, kind: "typo", word: w, prefix: cut });
      });
    });
    return out;
  }

  // A Thai word with a letter too many, missing or mistyped: the word
  // without each of its letters in turn (the search matches letter pairs,
  // so one wrong letter spoils two of them).
  function thaiTypoQueries(query) {
    var out = [];
    var runs = query.match(/[\u0e01-\u0e4f]+/g) || [];
    runs.forEach(function (run) {
      var cells = Array.from(run);
      if (cells.length < 4 || cells.length > 24) return;
      for (var i = 0; i < cells.length; i++) {
        var shorter = cells.slice(0, i).concat(cells.slice(i + 1)).join("");
        out.push({ query: query.replace(run, shorter), kind: "typo", word: run, thai: true });
      }
    });
    return out;
  }

  // The query without one of its words, each in turn (two words and more).
  function partialQueries(query) {
    var words = query.trim().split(/\s+/);
    if (words.length < 2) return [];
    return words.map(function (w, i) {
      return { query: words.slice(0, i).concat(words.slice(i + 1)).join(" "), kind: "partial", word: w };
    });
  }

  // ---- Thai typos ----
  // Thai is indexed as pairs of cells (a letter with its marks), so the
  // site's Thai vocabulary is the dictionary's pairs: a typo shows where the
  // query's cells stop occurring together on any page. These read an index
  // of search-core.js (`index`), with `core` that module.

  // The weight of `term` (core.weightOf), 0 when no page has it.
  function weight(index, core, term) {
    return index.ready().then(function () {
      if (!index.meta.shards.length) return 0;
      return index.shard(core.shardOf(index.meta, term)).then(function (s) {
        var e = s.entries.filter(function (x) { return x[0] === term; })[0];
        return e ? core.weightOf(e) : 0;
      });
    });
  }

  // The cells that follow `cell` on the site's pages, [cell, weight of the
  // pair], from the pairs that start with it (at most four shards of about
  // 2 KB: a common first letter such as า or เ has more than two hold). The
  // shards' heads tell which hold such pairs, so they load side by side.
  // With `bases`, only the shards of those four that may hold a pair whose
  // second cell is one of these letters (the others are not read).
  var FOLLOWER_SHARDS = 4;
  function followers(index, core, cell, bases) {
    return index.ready().then(function () {
      var heads = index.meta.shards;
      var first = core.shardOf(index.meta, cell);
      var shards = [];
      for (var j = first; j < heads.length && j < first + FOLLOWER_SHARDS && (j === first || heads[j].indexOf(cell) === 0); j++)
        if (!bases || bases.some(function (b) {
          var from = core.shardOf(index.meta, cell + b);
          return j === from || (j > from && heads[j].indexOf(cell + b) === 0);
        })) shards.push(index.shard(j));
      return Promise.all(shards).then(function (all) {
        var out = [];
        all.forEach(function (s) {
          s.entries.forEach(function (e) {
            if (e[0].indexOf(cell) !== 0) return;
            var cells = core.thaiCells(e[0]);
            if (cells.length === 2 && cells[0] === cell) out.push([cells[1], core.weightOf(e)]);
          });
        });
        return out;
      });
    });
  }

  function baseOf(cell) { return Array.from(cell)[0]; }

  // A Thai run whose letters no page has together, corrected by one edit of
  // one cell (a letter with its marks) where the letters stop occurring
  // together (the first pair of cells no page has, else the rarest pair) or
  // at the end: other marks on the same letter, marks moved to the letter
  // beside, a cell deleted, two swapped, one inserted or replaced. Every new
  // pair must be on some page. Marks first, then the slips of a finger or
  // of spelling (see `edit` below), then the rest; the commonest of each
  // rank first. Resolves to at most `max` runs, [] for a run of fewer than
  // 4 letters. The caller checks which of them a page has together.
  function correctThai(index, core, run, max) {
    var cells = core.thaiCells(run);
    var n = cells.length;
    if (Array.from(cells.join("")).length < 4 || n < 3) return Promise.resolve([]);
    var pairs = [];
    for (var i = 0; i + 1 < n; i++) pairs.push(cells[i] + cells[i + 1]);
    function heaviest(x, y) { return y[1] - x[1]; }
    function w(term) { return weight(index, core, term); }
    return Promise.all(pairs.map(w)).then(function (weights) {
      var at = weights.indexOf(0);
      if (at < 0) at = weights.indexOf(Math.min.apply(null, weights));
      // Marks are tried on the cells around that pair and the last two.
      var near = [at - 1, at, at + 1, at + 2, n - 2, n - 1].filter(function (i, k, all) {
        return i >= 1 && i < n && all.indexOf(i) === k;
      });
      // What follows the cells before those (their pairs' shards are
      // mostly loaded already by the query): all of it where other letters
      // are tried (after the cells of that pair and the last but one, see
      // `others` below), else only the same letters with other marks.
      var firsts = near.map(function (i) { return cells[i - 1]; }).concat([cells[at], cells[n - 2]])
        .filter(function (c, k, all) { return all.indexOf(c) === k; });
      var whole = [cells[at], at > 0 ? cells[at - 1] : null, at + 1 !== n - 1 ? cells[n - 2] : null];
      return Promise.all(firsts.map(function (c) {
        var bases = whole.indexOf(c) >= 0 ? null : near.filter(function (i) { return cells[i - 1] === c; }).map(function (i) { return baseOf(cells[i]); });
        return followers(index, core, c, bases);
      })).then(function (lists) {
        var follows = {};
        firsts.forEach(function (c, k) { follows[c] = lists[k].sort(heaviest); });
        // The five commonest followers of `before` other than `cell`'s
        // letter, and those on a key beside it or sounding like it.
        function others(before, cell) {
          var c = baseOf(cell);
          var rest = follows[before].filter(function (x) { return baseOf(x[0]) !== c; });
          return rest.filter(function (x, k) {
            return k < 5 || besideKeys(baseOf(x[0]), c) || alike(baseOf(x[0]), c);
          });
        }
        // Each edit: cells [i, j) replaced, its rank (0 marks; 1 swaps, a
        // letter typed twice or beside a key next to it, a letter typed on
        // the key beside the right one or one that sounds alike; 2 the rest;
        // 3 the last letter dropped, which leaves the start of a word that
        // any page with the word has), how many marks it changes, the weight
        // of a new pair already known (a follower's) and the new pairs still
        // to look up.
        var edits = [];
        function edit(i, j, cellsIn, rank, known, check, gap) {
          edits.push({ cells: cells.slice(0, i).concat(cellsIn, cells.slice(j)), rank: rank, gap: gap || 0, known: known, check: check, near: Math.min(Math.abs(i - at), n - 1 - i) });
        }
        near.forEach(function (i) {
          follows[cells[i - 1]].forEach(function (x) {
            if (x[0] === cells[i] || baseOf(x[0]) !== baseOf(cells[i])) return;
            // One mark added, dropped or changed is rank 0; more, rank 2
            // (the marks follow the cell's letter).
            var gap = core.distance(cells[i].slice(1), x[0].slice(1), 2);
            edit(i, i + 1, [x[0]], gap > 1 ? 2 : 0, x[1], i + 1 < n ? [x[0] + cells[i + 1]] : [], gap);
          });
          // Marks typed on the letter beside the right one (บรหิาร for
          // บริหาร), moved onto a neighbour without marks, in the pair where
          // the letters stop occurring together; three look-ups each, so
          // tried after the single-cell edits there.
          if (i !== at && i !== at + 1) return;
          [i - 1, i + 1].forEach(function (j) {
            if (j < 0 || j >= n || cells[i].length < 2 || cells[j].length > 1) return;
            var from = Math.min(i, j);
            var pair = j < i ? [cells[j] + cells[i].slice(1), baseOf(cells[i])] : [baseOf(cells[i]), cells[j] + cells[i].slice(1)];
            var around = (from > 0 ? [cells[from - 1] + pair[0]] : []).concat([pair[0] + pair[1]], from + 2 < n ? [pair[1] + cells[from + 2]] : []);
            edit(from, from + 2, pair, 1, Infinity, around);
            edits[edits.length - 1].near += 2;
          });
        });
        var a = at;
        var b = at + 1;
        var prev = a > 0 ? cells[a - 1] : null;
        var next = b + 1 < n ? cells[b + 1] : null;
        // Deleting cell i: rank 1 where its letter doubles or sits beside
        // the letter before or after it (the last cell: only where it
        // doubles the one before; else rank 3). Replacing it with `x`: rank
        // 1 where the two keys are side by side or the letters sound alike.
        function slip(i) {
          var c = baseOf(cells[i]);
          if (i === n - 1) return cells[i - 1] && baseOf(cells[i - 1]) === c ? 1 : 3;
          return [cells[i - 1], cells[i + 1]].some(function (o) {
            return o && (baseOf(o) === c || besideKeys(baseOf(o), c));
          }) ? 1 : 2;
        }
        function beside(i, x) {
          var c = baseOf(cells[i]);
          var y = baseOf(x);
          return besideKeys(c, y) || alike(c, y) ? 1 : 2;
        }
        // At an end, a deletion's weight is that of the pair kept next to it.
        edit(b, b + 1, [], slip(b), next ? Infinity : weights[a - 1] || 0, next ? [cells[a] + next] : []);
        edit(a, a + 1, [], slip(a), prev ? Infinity : weights[b] || 0, prev ? [prev + cells[b]] : []);
        edit(a, b + 1, [cells[b], cells[a]], 1, Infinity,
          [cells[b] + cells[a]].concat(prev ? [prev + cells[b]] : [], next ? [cells[a] + next] : []));
        others(cells[a], cells[b]).forEach(function (x) {
          edit(b, b + 1, [x[0]], beside(b, x[0]), x[1], next ? [x[0] + next] : []);
          edit(b, b, [x[0]], 2, x[1], [x[0] + cells[b]]);
        });
        if (prev) others(prev, cells[a]).forEach(function (x) {
          edit(a, a + 1, [x[0]], beside(a, x[0]), x[1], [x[0] + cells[b]]);
        });
        if (b !== n - 1) {
          edit(n - 1, n, [], slip(n - 1), weights[n - 3] || 0, []);
          others(cells[n - 2], cells[n - 1]).forEach(function (x) {
            edit(n - 1, n, [x[0]], beside(n - 1, x[0]), x[1], []);
          });
        }
        // An edit's weight is that of its rarest new pair. At most 36
        // look-ups, each in a dictionary shard of about 2 KB, for the edits
        // nearest where the letters stop occurring together, or the end,
        // first.
        edits.sort(function (x, y) { return x.near - y.near; });
        // An edit that leaves a pair no page has cannot be the fix.
        var missing = {};
        weights.forEach(function (wt, i) { if (!wt) missing[pairs[i]] = true; });
        function keepsMissing(out) {
          for (var i = 0; i + 1 < out.length; i++) if (missing[out[i] + out[i + 1]]) return true;
          return false;
        }
        // The edits checked, in that order, within 36 look-ups; their pairs
        // are looked up side by side (one wave of shards, where one edit at
        // a time took a round trip each: 10 or more for a typo at the end).
        var seen = {};
        seen[cells.join("")] = true;
        var chosen = [];
        for (var k = 0, budget = 36; k < edits.length && budget > 0; k++) {
          var e = edits[k];
          e.text = e.cells.join("");
          if (seen[e.text] || !e.text || keepsMissing(e.cells)) continue;
          seen[e.text] = true;
          chosen.push(e);
          budget -= e.check.length;
        }
        return Promise.all(chosen.map(function (e) { return Promise.all(e.check.map(w)); })).then(function (all) {
          var found = [];
          chosen.forEach(function (e, k) {
            var least = Math.min.apply(null, [e.known].concat(all[k]));
            if (least > 0 && least < Infinity) found.push({ text: e.text, rank: e.rank, gap: e.gap, weight: least });
          });
          // The nearest and commonest of each rank first, then the rest.
          found.sort(function (x, y) { return x.rank - y.rank || x.gap - y.gap || y.weight - x.weight; });
          var heads = found.filter(function (f, k) { return f.rank < 3 && (!k || found[k - 1].rank !== f.rank); });
          // One pair no page has, two cells or more from each end: maybe
          // words typed together whose junction no page has; last, apart.
          var one = weights.filter(function (x) { return !x; }).length === 1 && at > 0 && at < n - 2;
          return heads.concat(found.filter(function (f) { return heads.indexOf(f) < 0; })).slice(0, max).map(function (f) { return f.text; })
            .concat(one ? [cells.slice(0, at + 1).join("") + " " + cells.slice(at + 1).join("")] : []);
        });
      });
    });
  }

  // Each Latin word of the query that no page has, corrected to the site's
  // words in the languages searched, and each Thai run, corrected where its
  // letters stop occurring together on the site's pages (up to six
  // corrections a run, from the Thai index when it is searched):
  // [{query, kind: "typo", word, prefix}].
  // `index(l)`: the index of language l, read through search-core.js `c`;
  // `correct(index, word, around)`: a Latin word's correction or null, given
  // the words typed before and after it (search-mend.js).
  function corrections(typed, which, index, c, correct) {
    // (Not a word in capitals, a name: "NGOs" is no typo of "ongoing".)
    var all = typed.trim().split(/\s+/);
    var latin = Promise.all(all.map(function (w, at) {
      if (!/^[\p{L}\p{M}'-]+$/u.test(w) || /[\u0e00-\u0e7f]/.test(w) || /^\p{Lu}{2,}s?$/u.test(w)) return null;
      return Promise.all(which.map(function (l) {
        return correct(index(l), w, [all[at - 1], all[at + 1]]).catch(function () { return null; });
      })).then(function (found) {
        var term = found.filter(Boolean)[0];
        return term ? { query: typed.replace(w, term), kind: "typo", word: w, prefix: term } : null;
      });
    }));
    var thaiLangs = which.indexOf("th") >= 0 ? ["th"] : which;
    var runs = c.spans(typed).filter(function (s) { return s.thai; });
    var thai = Promise.all(runs.map(function (s) {
      return Promise.all(thaiLangs.map(function (l) {
        return correctThai(index(l), c, s.text, 6).catch(function () { return []; });
      })).then(function (lists) {
        var seen = {};
        return [].concat.apply([], lists).filter(function (run) {
          return !seen[run] && (seen[run] = true);
        }).map(function (run) {
          return { query: typed.slice(0, s.start) + run + typed.slice(s.end), kind: "typo", word: s.text, thai: true, split: run.indexOf(" ") > 0 };
        });
      });
    }));
    return Promise.all([latin, thai]).then(function (both) {
      var fixes = both[0].filter(Boolean);
      // Two words mistyped or more: all of them corrected, first.
      var all = fixes.reduce(function (q, f) { return q.replace(f.word, f.prefix); }, typed);
      if (fixes.length > 1) fixes.unshift({ query: all, kind: "typo", word: typed, parts: fixes.slice() });
      return fixes.concat([].concat.apply([], both[1]));
    });
  }

  var api = {
    latinAsThai: latinAsThai, thaiAsLatin: thaiAsLatin, rewrites: rewrites,
    typoQueries: typoQueries, thaiTypoQueries: thaiTypoQueries, partialQueries: partialQueries,
    correctThai: correctThai, corrections: corrections, weight: weight,
  };
  root.salaForgive = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
