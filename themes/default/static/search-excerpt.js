// Excerpts of search results in the browser: where the query matched a
// passage's text, and about 180 characters around the matches, cut at word
// boundaries (in Thai, at word or cluster boundaries), with the matches in
// <mark>; and, read from the results, whether they have a Thai query's
// letters together (which tells search.js a Thai typo from a word), the edit
// `distance` the typo checks share, and whether a result's title is or has
// the whole query or its text the query's words as a phrase (such results
// come first). search.js loads it after search-tokenize.js, before
// search-core.js.
// A classic script: works from file://, and loads in Node for the tests.
(function (root) {
  "use strict";
  var norm = root.salaNormalize || (typeof require !== "undefined" && require("./search-normalize.js"));
  var tok = root.salaTokenize || (typeof require !== "undefined" && require("./search-tokenize.js"));
  var spans = tok.spans;
  var wordTerms = tok.wordTerms;
  var isThaiLetter = tok.isThaiLetter;
  var isThaiMark = tok.isThaiMark;
  var thaiCells = tok.thaiCells;

  // ---- Excerpts ----

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  // Ranges [start, end) of the text that the query matched.
  function matches(text, lang, matched, thai) {
    var ranges = [];
    spans(text).forEach(function (s) {
      if (s.thai) return;
      var t = wordTerms(s.text, lang)[0];
      for (var i = 0; i < matched.length; i++) {
        if (t === matched[i]) {
          ranges.push([s.start, s.end, false]);
          return;
        }
        if (matched[i].prefix && t.indexOf(matched[i].prefix) === 0) {
          ranges.push([s.start, s.end, true]);
          return;
        }
      }
    });
    if (thai.length) {
      // Thai: where the query's letters occur, spaces between them allowed.
      var folded = norm.exact(text);
      thai.forEach(function (q) {
        if (!q) return;
        var pattern = Array.from(q).map(function (c) {
          return c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        }).join("[ \\u00a0]?");
        var re = new RegExp(pattern, "g");
        var m;
        while ((m = re.exec(folded))) {
          // A match ends with the marks of its last letter.
          var end = m.index + m[0].length;
          while (end < folded.length && isThaiMark(folded.charCodeAt(end))) end++;
          ranges.push([m.index, end]);
        }
      });
    }
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    return ranges;
  }

  // ---- Where an excerpt may start and end ----
  // Only for display: matching never depends on these, nor on the browser's
  // own word segmenter, which is used (when there is one) to choose a nicer
  // cut in Thai text, where words are not separated by spaces.

  var MARK = /\p{M}/u;
  var WORDISH = /[\p{L}\p{N}\p{M}]/u;
  // Thai vowels written before their consonant, and the spacing vowels and
  // signs that end a syllable: a cut never falls right after the former or
  // right before the latter.
  var THAI_LEADING = /[\u0e40-\u0e44]/;
  var THAI_FOLLOWING = /[\u0e30\u0e32\u0e33\u0e45\u0e46]/;
  // Left out at the edges of an excerpt.
  var LEAD_TRIM = /[\s\p{Pe}\p{Pf},.;:!?]/u;
  var TAIL_TRIM = /[\s\p{Ps}\p{Pi}]/u;
  // How far a cut may move to reach a word boundary.
  var REACH = 24;

  function isThaiAt(text, i) {
    return i >= 0 && i < text.length && isThaiLetter(text.charCodeAt(i));
  }

  // A cut at `i` keeps every cluster whole: a letter with its marks (and a
  // surrogate pair) stays on one side.
  function canCut(text, i) {
    if (i <= 0 || i >= text.length) return true;
    var code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) return false;
    var c = String.fromCodePoint(text.codePointAt(i));
    return !MARK.test(c) && !THAI_FOLLOWING.test(c) && !THAI_LEADING.test(text.charAt(i - 1));
  }

  // A word boundary: spaces or punctuation on one side (for Thai, a change
  // to or from Thai letters counts too).
  function isBreak(text, i) {
    if (i <= 0 || i >= text.length) return true;
    if (!canCut(text, i)) return false;
    var a = text.charAt(i - 1);
    var b = text.charAt(i);
    return !WORDISH.test(a) || !WORDISH.test(b) || isThaiAt(text, i - 1) !== isThaiAt(text, i);
  }

  var thaiSegmenter;
  function segmenter() {
    if (thaiSegmenter === undefined) {
      try {
        thaiSegmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("th", { granularity: "word" }) : null;
      } catch (e) {
        thaiSegmenter = null;
      }
    }
    return thaiSegmenter;
  }

  // The browser loads its Thai dictionary on the segmenter's first use,
  // 15-25 ms in Chromium. search.js calls this when a reader focuses the
  // search box of a Thai page, so that the first excerpts do not wait.
  function warmThai() {
    var s = segmenter();
    if (s) Array.from(s.segment("การประสานงานระหว่างหน่วยงานของรัฐ"));
  }

  // Word starts in text[from, to) by the browser's Thai segmenter, or null
  // without one.
  function thaiWordStarts(text, from, to) {
    segmenter();
    if (!thaiSegmenter) return null;
    var out = [];
    Array.from(thaiSegmenter.segment(text.slice(from, to))).forEach(function (seg) {
      // The first start is only where the slice begins.
      if (seg.index > 0) out.push(from + seg.index);
    });
    return out;
  }

  // The cut nearest to `i` in direction `dir` (-1 back, +1 on): at spaces or
  // punctuation if some are close; in a Thai run, at a word boundary (by the
  // browser's segmenter) or else at a cluster boundary; never inside a cluster.
  function snap(text, i, dir) {
    var j;
    for (var d = 0; d <= REACH; d++) {
      j = i + dir * d;
      if (j <= 0 || j >= text.length) return Math.max(0, Math.min(text.length, j));
      if (isBreak(text, j)) return j;
    }
    if (isThaiAt(text, i) || isThaiAt(text, i - 1)) {
      var starts = thaiWordStarts(text, Math.max(0, i - REACH), Math.min(text.length, i + REACH));
      if (starts) {
        var best = -1;
        starts.forEach(function (s) {
          if ((s - i) * dir >= 0 && canCut(text, s) && (best < 0 || Math.abs(s - i) < Math.abs(best - i))) best = s;
        });
        if (best >= 0) return best;
      }
    }
    for (j = i; j > 0 && j < text.length && !canCut(text, j); j += dir);
    return j;
  }

  // About `size` characters around the place where matches come closest
  // together, cut at word boundaries, with the matches in <mark>.
  function excerpt(text, ranges, size) {
    var first = ranges.length ? ranges[0][0] : 0;
    var firstEnd = ranges.length ? ranges[0][1] : 0;
    var most = 0;
    for (var i = 0; i < ranges.length; i++) {
      var n = 0;
      for (var j = i; j < ranges.length && ranges[j][0] - ranges[i][0] < 40; j++) n += ranges[j][2] ? 1 : 2;
      if (n > most) {
        most = n;
        first = ranges[i][0];
        firstEnd = ranges[i][1];
      }
    }
    var start = first - Math.floor(size / 3) > 0 ? snap(text, first - Math.floor(size / 3), -1) : 0;
    // Not after an opening bracket or before a closing one or a comma.
    while (start < first && LEAD_TRIM.test(text.charAt(start))) start++;
    var end = start + size < text.length ? snap(text, start + size, -1) : text.length;
    // The first match always shows whole.
    if (end < firstEnd) end = snap(text, firstEnd, 1);
    while (end > firstEnd && TAIL_TRIM.test(text.charAt(end - 1))) end--;
    var out = start > 0 ? "…" : "";
    var at = start;
    ranges.forEach(function (r) {
      if (r[0] < at || r[1] > end) return;
      out += escapeHtml(text.slice(at, r[0])) + "<mark>" + escapeHtml(text.slice(r[0], r[1])) + "</mark>";
      at = r[1];
    });
    out += escapeHtml(text.slice(at, end)) + (end < text.length ? "…" : "");
    return out.replace(/\s+/g, " ");
  }

  // ---- For search.js ----

  // Whether the query has Thai letters, in runs of at most 12 cells.
  function thaiShort(query) {
    var runs = spans(query).filter(function (s) { return s.thai; });
    return runs.length > 0 && runs.every(function (s) { return thaiCells(s.text).length <= 12; });
  }

  // Whether a result has the query's Thai letters together: marked in its
  // excerpt, or in its title or section heading.
  function together(results, query) {
    var runs = spans(query).filter(function (s) { return s.thai; }).map(function (s) {
      return thaiCells(s.text).join("");
    });
    if (!runs.length) return false;
    return results.some(function (r) {
      var marked = (r.excerpt.match(/<mark>[^<]*<\/mark>/g) || []).map(function (m) {
        return thaiCells(m.slice(6, -7)).join("");
      }).join(" ");
      var named = thaiCells(r.title + " " + r.heading).join("");
      return runs.every(function (run) { return marked.indexOf(run) >= 0 || named.indexOf(run) >= 0; });
    });
  }

  // A query word typed with its marks is the word with those marks ("đóng"
  // is not "Đồng"); typed without, any. (`wordTerms` of each.)
  function sameWord(q, w) {
    return q[1] ? q[1] === w[1] : q[0] === w[0];
  }

  // Whether a title has the whole query: each word (the last, being typed,
  // as the start of one; the words of a question around others need not)
  // and, in Thai, its letters together.
  function titleHas(title, query, lang) {
    var words = spans(title).filter(function (s) { return !s.thai; }).map(function (s) {
      return wordTerms(s.text, lang);
    });
    var cells = thaiCells(title).join("");
    var all = spans(query.normalize("NFC"));
    var asked = all.filter(function (s, i) { return s.thai || i === all.length - 1 || !tok.isStop(s.text, lang); });
    return asked.length > 0 && asked.every(function (s, i) {
      if (s.thai) return cells.indexOf(thaiCells(s.text).join("")) >= 0;
      var q = wordTerms(s.text, lang);
      return !q[0] || words.some(function (w) {
        return sameWord(q, w) || (i === asked.length - 1 && w[0] !== q[0] && w[0].indexOf(q[0]) === 0);
      });
    });
  }

  // Whether a title is the query and nothing else but the words a question
  // wraps it in ("What is collaborative governance?", "Quản trị hợp tác là
  // gì", "การอภิบาลแบบร่วมมือคืออะไร"): the page about the term, before the
  // pages whose titles have it among other words.
  function titleIs(title, query, lang) {
    function asked(text) {
      return spans(tok.unasked(text.normalize("NFC"))).filter(function (s) {
        return s.thai || !tok.isStop(s.text, lang);
      }).map(function (s) {
        return s.thai ? [thaiCells(s.text).join("")] : wordTerms(s.text, lang);
      });
    }
    var q = asked(query), t = asked(title);
    return q.length > 0 && q.length === t.length && q.every(function (w, i) { return sameWord(w, t[i]); });
  }

  // Whether a result has the query's words (two or more, not Thai) next to
  // each other and in order, the last as the start of one: in its excerpt,
  // title or section heading. "human resource management" on a page that
  // has the phrase, before pages that have the three words here and there.
  function phraseIn(r, query, lang) {
    function terms(text) {
      return spans(text).filter(function (s) { return !s.thai; }).map(function (s) {
        return wordTerms(s.text, lang)[0] || "";
      });
    }
    var asked = terms(query.normalize("NFC")).filter(Boolean);
    if (asked.length < 2) return false;
    var last = asked.length - 1;
    // (In the excerpt, only where marked words follow each other, apart by
    // spaces or hyphens: "results-based management".)
    var runs = (r.excerpt.match(/<mark>[^<]*<\/mark>(?:[\s\u2010-\u2013-]+<mark>[^<]*<\/mark>)+/g) || []).map(function (m) {
      return m.replace(/<[^>]*>/g, "");
    });
    return runs.concat([r.title, r.heading || ""]).some(function (text) {
      var ts = terms(text);
      for (var i = 0; i + last < ts.length; i++) {
        var k = 0;
        while (k < last && ts[i + k] === asked[k]) k++;
        if (k === last && ts[i + k].indexOf(asked[k]) === 0) return true;
      }
      return false;
    });
  }

  // Edits between two strings (insert, delete, replace, swap two
  // neighbours), stopping early past `max`.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a[i - 1] === b[k - 1] ? 0 : 1;
        var v = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (prev2 && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) v = Math.min(v, prev2[k - 2] + 1);
        row.push(v);
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  var api = { escapeHtml: escapeHtml, distance: distance, titleHas: titleHas, titleIs: titleIs, phraseIn: phraseIn, matches: matches, excerpt: excerpt, warmThai: warmThai, thaiShort: thaiShort, together: together, segmenter: segmenter };
  root.salaExcerpt = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
