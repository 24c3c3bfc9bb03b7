// The search tokenizer in the browser: the twin of src/search/tokenize.rs
// (checked against tests/search_vectors.json by both sides), and the query
// plan made of its terms. search.js loads it after search-normalize.js,
// before search-excerpt.js and search-core.js (search-stem.js, for English
// queries, may come at any time before the first one).
// A classic script: works from file://, and loads in Node for the tests.
(function (root) {
  "use strict";
  var norm = root.salaNormalize || (typeof require !== "undefined" && require("./search-normalize.js"));
  // English stems only: the browser loads search-stem.js when a query
  // searches English (search.js), so a Thai or Vietnamese query goes without.
  function stemmer() {
    var s = root.salaStem || (typeof require !== "undefined" && require("./search-stem.js"));
    if (!s) throw new Error("search-stem.js is not loaded");
    return s;
  }

  // ---- Tokenizer: the same spans, cells and terms as the Rust indexer ----

  // Between the term and the exact form in exact-form terms (`hop=hơp̣`).
  var EXACT = "=";
  var WORD = /[\p{Alphabetic}\p{N}\u0300-\u036f]/u;
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

  function isThaiLetter(n) {
    return ((n >= 0x0e01 && n <= 0x0e3a) || (n >= 0x0e40 && n <= 0x0e4e)) && n !== 0x0e2f && n !== 0x0e46;
  }
  function isThaiMark(n) {
    return n === 0x0e31 || (n >= 0x0e34 && n <= 0x0e3a) || (n >= 0x0e47 && n <= 0x0e4e);
  }
  function isSpace(n) {
    return n === 0x20 || n === 0x09 || n === 0x0a || n === 0x0d || n === 0xa0;
  }
  function isWordChar(ch, n) {
    return !isThaiLetter(n) && WORD.test(ch);
  }

  // Words and Thai runs (Thai parts separated only by spaces are one run),
  // with their UTF-16 offsets in the text.
  function spans(text) {
    var out = [];
    var chars = Array.from(text);
    var offs = [];
    var o = 0;
    for (var k = 0; k < chars.length; k++) {
      offs.push(o);
      o += chars[k].length;
    }
    offs.push(o);
    var i = 0;
    while (i < chars.length) {
      var n = chars[i].codePointAt(0);
      var j;
      if (isThaiLetter(n)) {
        var end = i + 1;
        j = i + 1;
        while (j < chars.length) {
          var m = chars[j].codePointAt(0);
          if (isThaiLetter(m)) end = ++j;
          else if (isSpace(m)) j++;
          else break;
        }
        out.push({ thai: true, text: text.slice(offs[i], offs[end]), start: offs[i], end: offs[end] });
        i = end;
      } else if (isWordChar(chars[i], n)) {
        j = i + 1;
        while (j < chars.length && isWordChar(chars[j], chars[j].codePointAt(0))) j++;
        out.push({ thai: false, text: text.slice(offs[i], offs[j]), start: offs[i], end: offs[j] });
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  // A Thai run as cells: each letter with the marks above or below it.
  function thaiCells(run) {
    var cells = [];
    Array.from(run.normalize("NFC")).forEach(function (c) {
      var n = c.codePointAt(0);
      if (isSpace(n)) return;
      if (cells.length && isThaiMark(n)) cells[cells.length - 1] += c;
      else cells.push(c);
    });
    return cells;
  }

  // Overlapping bigrams of a run's cells (a lone cell stands for itself).
  function thaiTerms(cells) {
    if (cells.length === 1) return cells;
    var out = [];
    for (var i = 0; i + 1 < cells.length; i++) out.push(cells[i] + cells[i + 1]);
    return out;
  }

  // Vietnamese tone marks moved to the end: `hoà` and `hòa` give one key.
  function toneKey(exactWord) {
    var d = exactWord.normalize("NFD");
    var tones = (d.match(TONES) || []).join("");
    return (d.replace(TONES, "") + tones).normalize("NFC");
  }

  // English words stemmed; in Vietnamese, a final y that is a syllable's
  // only vowel read as i (lý and lí, kỹ and kĩ: one word spelled two ways).
  var I_FOR_Y = /^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/;
  function stem(folded, lang) {
    if (lang === "vi") return I_FOR_Y.test(folded) ? folded.slice(0, -1) + "i" : folded;
    return lang === "en" && /^[a-z]+$/.test(folded) ? stemmer().stem(folded) : folded;
  }

  // [term, exact term or null, folded word] of one word (callers only read
  // it). Remembered per language: excerpts look up every word of every
  // result's passage on each query, and normalizing them again was a third
  // of a warm query.
  var wordMemo = {};
  var WORD_MEMO_MAX = 50000;
  function wordTerms(word, lang) {
    var memo = wordMemo[lang] || (wordMemo[lang] = new Map());
    var hit = memo.get(word);
    if (hit) return hit;
    var folded = norm.fold(word);
    var key = toneKey(norm.exact(word));
    var term = stem(folded, lang);
    // After its term (`hop=hơp̣` beside `hop`): one dictionary shard for both.
    var terms = [term, key !== folded ? term + EXACT + key : null, folded];
    if (memo.size >= WORD_MEMO_MAX) memo.clear();
    memo.set(word, terms);
    return terms;
  }

  // Words and Thai terms of a text, in order (`indexTerms` adds the pairs).
  function terms(text, lang) {
    var out = [];
    spans(text).forEach(function (s) {
      if (s.thai) {
        out.push.apply(out, thaiTerms(thaiCells(s.text)));
      } else {
        var t = wordTerms(s.text, lang);
        if (!t[0]) return; // combining marks alone: no term
        out.push(t[0]);
        if (t[1]) out.push(t[1]);
      }
    });
    return out;
  }

  function onlySpaces(s) {
    for (var i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
    return true;
  }

  // Vietnamese: two words separated only by spaces also make a pair term.
  function pairs(text) {
    var out = [];
    var prev = null;
    spans(text).forEach(function (s) {
      if (s.thai || !norm.fold(s.text)) {
        prev = null;
        return;
      }
      if (prev && onlySpaces(text.slice(prev.end, s.start))) out.push(wordTerms(prev.text, "vi")[0] + " " + wordTerms(s.text, "vi")[0]);
      prev = s;
    });
    return out;
  }

  // The terms a page's text gives in the index of `lang` (the Rust `index_terms`).
  function indexTerms(text, lang) {
    var out = terms(text, lang);
    return lang === "vi" ? out.concat(pairs(text)) : out;
  }

  // ---- Query plan ----

  // The words a question wraps a query in ("how do I", "là gì"). A query
  // that has other words is searched without them (nor the Vietnamese
  // pairs they are in): "how do I hire a process manager" finds the page on
  // hiring one, which never says "how" or "do", and "là gì", rare on the
  // pages, does not outweigh the words asked about. Vietnamese only with its
  // marks: typed without them, "de" may be "đề" (vấn đề) as well as "để".
  // (English's are in search-stem.js, loaded for English only.)
  var STOP_VI = " là gì nào thế sao như của và các những cho với trong để có được bị về một này đó khi ở đâu ai bao nhiêu tại làm hay hoặc ";
  function isStop(word, lang) {
    // "IT skills", "WHO": a word in capitals is a name.
    if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return false;
    var list = lang === "vi" ? STOP_VI : lang === "en" ? stemmer().STOP : "";
    return list.indexOf(" " + norm.exact(word) + " ") >= 0;
  }

  // The query without the Thai words of a question around it ("ACCSM
  // คืออะไร", "ความเสี่ยงคืออะไร", "วิธีรับมือ…"), when it has more (Thai
  // runs its letters together, so these are cut from a run's ends).
  var THAI_ASKED_END = /(คืออะไร|หมายถึงอะไร|มีอะไรบ้าง|อะไรบ้าง|ทำอย่างไร|ได้อย่างไร|อย่างไร|ยังไง|หรือไม่)$/;
  var THAI_ASKED_START = /^(วิธี(?!การ)|อะไรคือ|ทำอย่างไร)/;
  function unasked(query) {
    var rest = query.split(/(\s+)/).map(function (w) {
      if (!/[\u0e01-\u0e4e]/.test(w)) return w;
      var s = w.replace(THAI_ASKED_END, "").replace(THAI_ASKED_START, "");
      return s === w || thaiCells(s).length >= 2 ? s : "";
    }).join("").trim().replace(/\s+/g, " ");
    return rest && rest !== query.trim() ? rest + (/\s$/.test(query) ? " " : "") : query;
  }

  // Each query word becomes a group of alternatives that must match (a page
  // needs every group; the words of a question around others are left out); an
  // exact-form term only adds to the score. The last word, unless followed
  // by a space, also matches as a prefix.
  function plan(query, lang) {
    var q = unasked(query.normalize("NFC"));
    var typing = !/\s$/.test(q);
    var list = spans(q);
    var groups = [];
    var thai = [];
    list.forEach(function (s, idx) {
      var last = typing && idx === list.length - 1;
      if (s.thai) {
        var cells = thaiCells(s.text);
        thai.push(cells.join(""));
        // Every other bigram, and the last, covers every cell: half the
        // lists to load; the excerpt check then puts pages where the letters
        // stand together first.
        var bigrams = thaiTerms(cells);
        var single = cells.length === 1;
        bigrams.forEach(function (b, i) {
          var isLast = i === bigrams.length - 1;
          if (i % 2 && !isLast) return;
          groups.push({ term: b, prefix: (last && isLast) || single ? b : null, near: [], bonus: null, word: idx });
        });
      } else {
        var wt = wordTerms(s.text, lang);
        var folded = wt[2];
        // Combining marks alone fold to nothing: no term (the index has none).
        if (!wt[0]) return;
        var near = [];
        if (last && lang === "en" && folded !== wt[0]) {
          // A word cut while typing ("managi") still finds its stem ("manag").
          for (var l = Math.max(3, folded.length - 3); l < folded.length; l++) near.push(folded.slice(0, l));
        }
        if (last && lang === "en") {
          stemmer().completionStems(folded).forEach(function (t) {
            if (t !== wt[0] && near.indexOf(t) < 0) near.push(t);
          });
        }
        groups.push({
          term: wt[0],
          prefix: last && folded.length >= 2 ? wt[0] : null,
          near: near,
          bonus: wt[1],
          stop: isStop(s.text, lang) ? folded : null,
          word: idx,
        });
      }
    });
    var left = {};
    if (groups.some(function (g) { return !g.stop; })) {
      groups.forEach(function (g) { if (g.stop) left[g.stop] = true; });
      groups = groups.filter(function (g) { return !g.stop; });
    }
    groups.forEach(function (g) { delete g.stop; });
    if (lang === "vi") {
      // Words typed side by side rank pages with the phrase first.
      pairs(q).forEach(function (t) {
        var two = t.split(" ");
        if (!left[two[0]] && !left[two[1]]) groups.push({ term: t, prefix: null, near: [], bonus: null, optional: true });
      });
    }
    var seen = {};
    groups = groups.filter(function (g) {
      var k = g.term + "\u0000" + (g.prefix || "");
      if (seen[k]) return false;
      seen[k] = true;
      return true;
    });
    return { groups: groups, thai: thai };
  }

  var api = {
    EXACT: EXACT,
    isThaiLetter: isThaiLetter,
    isThaiMark: isThaiMark,
    spans: spans,
    thaiCells: thaiCells,
    toneKey: toneKey,
    wordTerms: wordTerms,
    isStop: isStop,
    unasked: unasked,
    terms: terms,
    pairs: pairs,
    indexTerms: indexTerms,
    plan: plan,
  };
  root.salaTokenize = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
