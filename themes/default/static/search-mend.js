// What a query that found nothing as typed (or Thai letters found only
// apart) may have meant, tried in order: Telex or VNI decoded, the site's own
// words (typos), the other keyboard layout, letters to complete, then the
// pages with most of the words. Loaded with search-forgive.js, and only for
// such a query, so that the search box on every page stays small; search.js
// calls `window.salaMend(q)` with the query's state `q`: {typed, options,
// which, limit, short, hasThai, asTyped, inFull, thaiApart, search, index}.
// Two more steps load from here, for the few queries that need them:
// `salaMend.most` (pages with all but one word) and `salaMend.titleSlip`;
// and what only they need: the word of the results nearest a Thai typo, and
// the words a correction found, to show the reader.
(function () {
  "use strict";
  var MAX_TRIES = 14;

  // A word no page has, corrected to the site's own words in `index`: the
  // term of its dictionary shard (or one of the two on each side: shards are
  // cut at 2 KB) within one edit for words of 4 to 7 letters, two for longer
  // ones, the most frequent first. English terms are stems, so a slip in an
  // ending ("fundng", two edits from `fund`) is also tried as the words one
  // edit away whose stem is a term ("funding"), and that word is returned.
  // A Vietnamese syllable of three letters typed with its marks ("tcá" for
  // tác) has marks enough to tell one edit among the words with marks
  // (their forms with the tone last, decomposed; the most frequent first).
  // Of Vietnamese words as close ("gắc": gắn, gắt), the one of the three
  // most frequent that stands beside a word typed next to it on the pages
  // (`around`: the words before and after; "gay gắc": gắt).
  // Null when the word is a term already, too short, or nothing is close.
  function correct(index, word, around) {
    var c = window.salaSearchCore;
    var EXACT = window.salaTokenize.EXACT;
    function marked(t) { return t.slice(t.indexOf(EXACT) + 1).normalize("NFD"); }
    return index.ready().then(function () {
      var letters = Array.from(word);
      var terms = c.wordTerms(word, index.lang);
      var key = letters.length === 3 && index.lang === "vi" && terms[1] ? marked(terms[1]) : null;
      if (!index.meta.shards.length) return null;
      // (Two letters, or three with no marks to tell: only by the words around.)
      if (letters.length < 4 && !key) return index.lang === "vi" && around && around[0] && around[1] ? pairedShort(index, c, terms, around) : null;
      var max = letters.length <= 7 ? 1 : 2;
      var term = terms[0];
      var k = c.shardOf(index.meta, term);
      var keys = [k - 2, k - 1, k, k + 1, k + 2].filter(function (j) { return j >= 0 && j < index.meta.shards.length; });
      return Promise.all(keys.map(function (j) { return index.shard(j); })).then(function (shards) {
        // The words within reach, [{term, d (edits), weight}].
        var close = [];
        var weights = new Map();
        for (var s = 0; s < shards.length; s++) {
          var entries = shards[s].entries;
          for (var i = 0; i < entries.length; i++) {
            var t = entries[i][0];
            // (Three letters with marks: a term only in those marks.)
            if (key ? t === terms[1] : t === term) return null;
            var weight = c.weightOf(entries[i]);
            if (key && t.indexOf(EXACT) >= 0) {
              var e = c.distance(key, marked(t), 1);
              if (e <= 1) close.push({ term: t.slice(0, t.indexOf(EXACT)), d: e, weight: weight });
            }
            if (key || t.indexOf(EXACT) >= 0 || t.indexOf(" ") >= 0) continue;
            weights.set(t, weight);
            var d = c.distance(term, t, max);
            if (d > max) continue;
            close.push({ term: t, d: d, weight: weight });
          }
        }
        // The nearest, the most frequent first (the first found of those as
        // frequent).
        var least = Math.min.apply(null, close.map(function (x) { return x.d; }));
        var nearest = close.filter(function (x) { return x.d === least; }).sort(function (x, y) { return y.weight - x.weight; });
        if (nearest.length) return beside(index, c, nearest, around || []);
        return stemmedEdit(word.toLowerCase(), index.lang, weights, c) || endedEdit(word.toLowerCase(), index.lang, max, weights, c);
      });
    });
  }

  // Of the words `nearest` (as near as each other, the most frequent
  // first): in Vietnamese, of the first three, the first that forms a pair
  // term with a word of `around`, as the pages write them side by side (a
  // dictionary shard for each pair); else the first.
  function beside(index, c, nearest, around) {
    var term = function (w) { return c.wordTerms(w, "vi")[0]; };
    var before = around[0] && term(around[0]);
    var after = around[1] && term(around[1]);
    if (index.lang !== "vi" || nearest.length < 2 || !(before || after)) return nearest[0].term;
    var tries = nearest.slice(0, 3);
    var pairs = [];
    tries.forEach(function (x) {
      if (before) pairs.push(before + " " + term(x.term));
      if (after) pairs.push(term(x.term) + " " + after);
    });
    return Promise.all(pairs.map(function (p) {
      return window.salaForgive.weight(index, c, p);
    })).then(function (found) {
      var per = pairs.length / tries.length;
      for (var i = 0; i < tries.length; i++) if (found.slice(i * per, i * per + per).some(Boolean)) return tries[i].term;
      return nearest[0].term;
    });
  }

  // A Vietnamese syllable too short to correct on its own ("bề", where the
  // pages have bền), between two words typed: of the second words of the
  // pairs the pages have after the word before (pairs are terms, next to
  // each other in the dictionary) one edit from it, folded, the most
  // frequent of the five most frequent that also makes a pair with the word
  // after ("kết quả bề vững": quả bền, bền vững; not the commoner "quả để",
  // since no page has "để vững"). `terms`: the syllable's (search-core
  // `wordTerms`). Null when the syllable is a term already (with its marks,
  // where typed with marks: "be" is one, "bề" is not), or nothing fits.
  function pairedShort(index, c, terms, around) {
    var term = terms[0];
    var first = c.wordTerms(around[0], "vi")[0];
    var after = c.wordTerms(around[1], "vi")[0];
    if (!term || !first || !after) return null;
    var prefix = first + " ";
    var own = c.shardOf(index.meta, term);
    var k = c.shardOf(index.meta, prefix + term);
    var keys = [own, k - 1, k, k + 1].filter(function (j, at, all) {
      return j >= 0 && j < index.meta.shards.length && all.indexOf(j) === at;
    });
    return Promise.all(keys.map(function (j) { return index.shard(j); })).then(function (shards) {
      var typed = terms[1] || term;
      if (shards[0].entries.some(function (e) { return e[0] === typed; })) return null;
      var close = [];
      shards.forEach(function (s) {
        s.entries.forEach(function (e) {
          var second = e[0].indexOf(prefix) === 0 ? e[0].slice(prefix.length) : "";
          if (!second || second.indexOf(" ") >= 0 || c.distance(term, second, 1) > 1) return;
          if (!close.some(function (x) { return x.term === second; })) close.push({ term: second, weight: c.weightOf(e) });
        });
      });
      var tries = close.sort(function (x, y) { return y.weight - x.weight; }).slice(0, 5);
      return Promise.all(tries.map(function (x) { return window.salaForgive.weight(index, c, x.term + " " + after); })).then(function (found) {
        var i = found.findIndex(Boolean);
        return i < 0 ? null : tries[i].term;
      });
    });
  }

  // The word one edit from `word` (a to z) whose English stem is among the
  // terms `weights` holds, the most frequent; null if none.
  function stemmedEdit(word, lang, weights, c) {
    if (lang !== "en" || !/^[a-z]+$/.test(word)) return null;
    var best = null;
    function consider(w) {
      var weight = weights.get(c.wordTerms(w, lang)[0]);
      if (weight !== undefined && (!best || weight > best.weight)) best = { word: w, weight: weight };
    }
    for (var i = 0; i <= word.length; i++) {
      if (i < word.length) consider(word.slice(0, i) + word.slice(i + 1));
      if (i + 1 < word.length) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      for (var a = 97; a <= 122; a++) {
        var ch = String.fromCharCode(a);
        consider(word.slice(0, i) + ch + word.slice(i));
        if (i < word.length && ch !== word[i]) consider(word.slice(0, i) + ch + word.slice(i + 1));
      }
    }
    return best && best.word;
  }

  // A long English word with two slips, one of them in its ending
  // ("acountabilty"): a term with an English ending ("account" + "ability")
  // within `max` edits of it whose stem is that term, the most frequent;
  // that word is returned. Null if none.
  function endedEdit(word, lang, max, weights, c) {
    var st = window.salaStem;
    if (lang !== "en" || !/^[a-z]+$/.test(word) || word.length < 8 || !st) return null;
    var best = null;
    weights.forEach(function (weight, t) {
      if (t.length < 4 || !/^[a-z]+$/.test(t)) return;
      [""].concat(st.ENDINGS).forEach(function (end) {
        var w = t + end;
        if (Math.abs(w.length - word.length) > max || (best && weight <= best.weight && best.d === 1)) return;
        var d = c.distance(word, w, max);
        if (d > max || st.stem(w) !== t) return;
        if (!best || d < best.d || (d === best.d && weight > best.weight)) best = { word: w, d: d, weight: weight };
      });
    });
    return best && best.word;
  }

  // The last resort for words that no page has together (not Thai, whose
  // words are not cut by spaces): the pages with most of them, those with
  // the most first; the line below the box names the words of the first.
  function mostWords(typed) {
    return typed.trim().split(/\s+/).length < 2 ? [] : [{ query: typed, kind: "partial", any: true }];
  }
  function wordsIn(typed, result) {
    var spans = window.salaSearchCore.spans(typed.normalize("NFC"));
    return result.words.map(function (i) { return spans[i].text; }).join(" ");
  }

  // One word of a query of two to four typed on the other layout
  // ("พันธกิจของ ฟแแหท" is พันธกิจของ accsm): each word so converted alone.
  function layoutWords(typed, f) {
    var words = typed.trim().split(/\s+/);
    if (words.length < 2 || words.length > 4) return [];
    var out = [];
    words.forEach(function (w, i) {
      var other = /[\u0e01-\u0e4e]/.test(w) ? f.thaiAsLatin(w) : f.latinAsThai(w);
      if (other) out.push({ query: words.slice(0, i).concat([other], words.slice(i + 1)).join(" "), kind: "layout" });
    });
    return out;
  }

  // Vietnamese syllables typed without spaces ("ruiro", "hòagiải"): a word
  // of Latin letters cut into syllables (search-vietnamese.js SYLLABLE: a first
  // consonant, a vowel group, a last consonant), the longest first, each way
  // it can be cut, up to three.
  function syllableTries(typed) {
    var words = typed.normalize("NFC").trim().split(/\s+/);
    var out = [];
    if (!window.salaVietnamese) return out;
    words.forEach(function (w, i) {
      var folded = window.salaNormalize.fold(w);
      if (folded.length < 4 || folded.length !== w.length || !/^[a-z]+$/.test(folded)) return;
      (function cut(at, got) {
        if (out.length >= 3) return;
        if (at === w.length) {
          if (got.length > 1) out.push({ query: words.slice(0, i).concat(got, words.slice(i + 1)).join(" "), kind: "typo", lang: "vi" });
          return;
        }
        for (var n = Math.min(7, w.length - at); n >= 1; n--)
          if (window.salaVietnamese.SYLLABLE.test(folded.slice(at, at + n))) cut(at + n, got.concat([w.slice(at, at + n)]));
      })(0, []);
    });
    return out;
  }

  // The word of the results' titles, headings and excerpts (or `whole`
  // passages) nearest to the Thai query `typed` (a run of Thai letters):
  // within one edit for 4 to 7 letters with their marks, two for longer
  // ones (search-excerpt.js `distance`) and at most `most` edits if given,
  // the commonest first, or `keep` where it is one of them. Words as the
  // browser's segmenter cuts them, and runs of them (a compound is often
  // cut in several); null without a segmenter.
  function closestThai(results, typed, keep, most) {
    var distance = window.salaExcerpt.distance;
    var q = typed.trim();
    var THAI = /^[\u0e01-\u0e4e]+$/;
    var s = THAI.test(q) && window.salaExcerpt.segmenter();
    var thaiCells = window.salaTokenize.thaiCells;
    var want = s ? thaiCells(q) : [];
    if (want.length < 4) return null;
    var max = Math.min(most || 2, want.length > 7 ? 2 : 1);
    // Runs of words no longer than the query and two edits.
    var longest = q.length + 2 * max;
    // Each word's distance, measured once, and how often the results have
    // it. A run's cells are its words' (each word cut once); a run with too
    // many or too few cells for the query is not measured.
    var dist = {};
    var seen = {};
    var cellsOf = {};
    results.forEach(function (r) {
      var text = [r.title, r.heading, r.whole || r.excerpt.replace(/<\/?mark>/g, "")].join(" ");
      var words = Array.from(s.segment(text)).map(function (g) { return g.segment; });
      var cells = words.map(function (g) {
        return THAI.test(g) ? cellsOf[g] || (cellsOf[g] = thaiCells(g)) : null;
      });
      for (var i = 0; i < words.length; i++) {
        for (var k = i, w = "", n = 0; k < words.length && cells[k] && w.length + words[k].length <= longest; k++) {
          w += words[k];
          n += cells[k].length;
          if (n > want.length + max) break;
          if (!(w in dist)) dist[w] = w === q || Math.abs(n - want.length) > max ? max + 1 : distance([].concat.apply([], cells.slice(i, k + 1)), want, max);
          if (dist[w] <= max) seen[w] = (seen[w] || 0) + 1;
        }
      }
    });
    // A correction the results have as a word is kept.
    if (keep && seen[keep]) return keep;
    // At the same distance, a word the query holds (its start, most often)
    // comes after the others: any page with a word also has its start; then
    // the word nearest the query's length (a whole word, not its start).
    var held = function (w) { return q.indexOf(w) >= 0 ? 1 : 0; };
    var off = function (w) { return Math.abs(thaiCells(w).length - want.length); };
    var words = Object.keys(seen).sort(function (a, b) {
      return dist[a] - dist[b] || held(a) - held(b) || off(a) - off(b) || seen[b] - seen[a] || (a < b ? -1 : 1);
    });
    return words[0] || null;
  }

  // What to tell the reader was searched: for a typo, the word the results
  // found in its place (the first marked word that starts like it).
  function shown(t, found) {
    if (t.kind !== "typo" || !(t.prefix || t.parts)) return t.query;
    var marks = [];
    found.forEach(function (r) {
      (r.excerpt.match(/<mark>([^<]+)<\/mark>/g) || []).forEach(function (m) {
        marks.push(m.replace(/<\/?mark>/g, ""));
      });
    });
    // (Each corrected word of a query that had several.)
    return (t.parts || [t]).reduce(function (q, p) {
      var word = marks.filter(function (m) {
        return window.salaNormalize.fold(m).indexOf(window.salaNormalize.fold(p.prefix)) === 0;
      })[0];
      return word ? q.replace(p.prefix, word.toLowerCase()) : q;
    }, t.query);
  }

  window.salaMend = function (q) {
    var typed = q.typed, options = q.options, which = q.which, limit = q.limit;
    var short = q.short, hasThai = q.hasThai, asTyped = q.asTyped, inFull = q.inFull, thaiApart = q.thaiApart;
    var search = q.search;
    var ex = window.salaExcerpt;
    var f = window.salaForgive;
    var c = window.salaSearchCore;
    return f.corrections(typed, which, q.index, c, correct).then(function (fixed) {
      // Decodings first (Telex, VNI), then the site's own words, then
      // the other keyboard layout (nearly any Latin text maps to Thai
      // letters, so it waits until the dictionary had its say).
      var rewrites = f.rewrites(typed, options.lang || null);
      var layout = rewrites.filter(function (r) { return r.kind === "layout"; });
      var decoded = rewrites.filter(function (r) { return r.kind !== "layout"; });
      var tries = decoded
        .concat(fixed, layout, layoutWords(typed, f), options.lang === "en" || options.lang === "th" ? [] : syllableTries(typed), f.typoQueries(typed), f.thaiTypoQueries(typed), hasThai ? f.partialQueries(typed) : mostWords(typed))
        .filter(function (t) { return !thaiApart || t.thai; })
        .slice(0, MAX_TRIES);
      // A corrected Thai run is taken where its letters stand together
      // on a page (its pairs can all occur apart): checked on the first
      // three results, so a wrong guess costs three excerpts.
      // What to show if no run is found together: the query as typed,
      // else the first correction found apart (searched only then).
      var apart = asTyped ? inFull : null;
      var splitApart = false;
      // Thai letters found only apart: the word nearest to the query
      // in those results, where a page has it together.
      function viaResults(r, tried) {
        // (In the excerpts first, else in the whole passages: segmenting
        // those costs a warm query about a millisecond more.)
        var word = closestThai(r.results, typed, tried, short ? 0 : 1) ||
          closestThai(r.results.map(function (x) { return { title: x.title, heading: x.heading, excerpt: "", whole: x.text }; }), typed, tried, short ? 0 : 1);
        return !word || word === tried ? r : search(word, { lang: options.lang, limit: limit }).then(function (found) {
          return found.length && ex.together(found.slice(0, 3), word) ? { results: found, typed: typed, used: word, kind: "typo" } : r;
        });
      }
      return (function next(k) {
        if (k >= tries.length) return apart ? Promise.resolve(apart()).then(viaResults) : { results: [], typed: typed };
        var t = tries[k];
        var lang = t.lang === undefined ? options.lang : t.lang || undefined;
        // (A longer run on all its results: a page may have it later.)
        var first = t.thai ? search(t.query, { lang: lang, limit: short ? Math.min(3, limit) : limit, few: short }) : Promise.resolve(null);
        return first.then(function (few) {
          // Words typed together that no page has both of: the pages
          // with one of them (the longer first), as for words apart.
          if (few && !few.length && t.split)
            tries.push.apply(tries, f.partialQueries(t.query).sort(function (a, b) { return b.query.length - a.query.length; }));
          if (few && !few.length) return next(k + 1);
          if (few && !ex.together(few, t.query)) {
            // Thai words typed together, split where no page has the
            // pair across them, before a correction found apart.
            // (A layout slip corrected besides counts only where together.)
            if (!t.fixed && (!apart || (t.split && !asTyped && !splitApart))) {
              splitApart = !!t.split;
              apart = function () {
                return search(t.query, { lang: lang, limit: limit }).then(function (found) {
                  return { results: found, typed: typed, used: shown(t, found), kind: t.kind };
                });
              };
            }
            return next(k + 1);
          }
          return search(t.query, { lang: lang, limit: limit, any: t.any }).then(function (found) {
            // Thai from the other layout with a slip besides ("86i4kr", Shift
            // missed on ณ): its Thai corrections next.
            if (!found.length && t.kind === "layout" && !t.fixed && /[\u0e01-\u0e4e]/.test(t.query))
              return f.corrections(t.query, ["th"], q.index, c, correct).then(function (more) {
                tries.splice.apply(tries, [k + 1, 0].concat(more.slice(0, 3).map(function (m) {
                  m.kind = "layout";
                  m.fixed = true;
                  m.lang = "th";
                  return m;
                })));
                return next(k + 1);
              });
            if (!found.length) return next(k + 1);
            var r = { results: found, typed: typed, used: t.any ? wordsIn(typed, found[0]) : shown(t, found), kind: t.kind };
            // A longer run found apart as typed: taken only where the
            // results have the correction as words, else the next one.
            if (hasThai && t.kind === "typo" && asTyped && !short)
              return closestThai(found, typed, t.query, 1) === t.query ? r : next(k + 1);
            // A Thai correction may be found only apart, or inside a
            // longer word: the whole word the results have, if another.
            // So may a part of a run split where no page has its letters
            // together: the word nearest the run in its results, rather
            // than a part cut inside a word (ข้ารชการ: ข้าราชการ, not ชการ).
            return hasThai && (t.kind === "typo" || t.kind === "partial") ? viaResults(r, t.kind === "typo" ? t.query : null) : r;
          });
        });
      })(0);
    });
  };
  // The pages with all but one word of `r`'s query, when fewer than MOST
  // have every word (search.js counts, `want` more to show): best first,
  // the query without each word in turn, each reading the texts of its
  // first few results; the line below the box names what was searched.
  window.salaMend.most = function (r, options, search, want) {
    var words = (r.used || r.typed).trim().split(/\s+/);
    return Promise.all(words.map(function (w, i) {
      var q = words.slice(0, i).concat(words.slice(i + 1)).join(" ");
      return search(q, { lang: options.lang, limit: want + r.results.length, few: true }).then(function (found) {
        return found.map(function (x) { x.q = q; return x; });
      });
    })).then(function (lists) {
      var seen = {};
      r.results.forEach(function (x) { seen[x.url.split("#")[0]] = true; });
      var more = [].concat.apply([], lists).sort(function (a, b) { return b.score - a.score; }).filter(function (x) {
        var u = x.url.split("#")[0];
        return !seen[u] && (seen[u] = true);
      }).slice(0, want);
      if (!more.length) return r;
      return { results: r.results.concat(more), typed: r.typed, used: r.used, kind: r.kind, also: r.used ? null : more[0].q };
    });
  };

  // A longer Thai run found only apart on the pages, as words typed
  // together, as a rule; but a title or heading one edit from it is that
  // title typed with a slip, taken where a page has it together. Looked for
  // in the results `exact`, then in the eight pages with most of the run: a
  // slip leaves letters that the title's own page lacks (เทคนค for
  // เทคนิค), so that page is seldom among the pages with all of them. Else
  // `asTyped`.
  window.salaMend.titleSlip = function (exact, typed, options, search, asTyped) {
    var ex = window.salaExcerpt;
    if (!/^[\u0e01-\u0e4e]+$/.test(typed.trim())) return Promise.resolve(asTyped);
    function near(results) {
      var named = results.map(function (r) { return { title: r.title, heading: r.heading, excerpt: "" }; });
      return closestThai(named, typed, null, 1);
    }
    var inExact = near(exact);
    var nearest = inExact ? Promise.resolve(inExact) : search(typed, { lang: options.lang, limit: 8, any: true }).then(function (most) {
      var seen = {};
      exact.forEach(function (r) { seen[r.url] = true; });
      return near(most.filter(function (r) { return !seen[r.url]; }));
    });
    return nearest.then(function (title) {
      return !title ? asTyped : search(title, options).then(function (found) {
        return found.length && ex.together(found.slice(0, 3), title) ? { results: found, typed: typed, used: title, kind: "typo" } : asTyped;
      });
    });
  };
})();
