// Search in the browser, without a server: the twin of src/search/tokenize.rs
// (checked against tests/search_vectors.json by both sides) and the reader of
// the index files written by src/search/index.rs. It loads only the dictionary
// shards, posting chunks and page texts a query needs, through a `load(name)`
// function given by the caller (script tags in the browser, files under Node).
// A classic script: works from file://, and loads in Node for the tests.
(function (root) {
  "use strict";
  var norm = root.salaNormalize || (typeof require !== "undefined" && require("./search-normalize.js"));
  var stemmer = root.salaStem || (typeof require !== "undefined" && require("./search-stem.js"));

  // ---- Tokenizer: the same spans, cells and terms as the Rust indexer ----

  // The index format this script reads: the `v` of `meta.js`, written by
  // src/search/index.rs (`search::INDEX_VERSION`). `sala build` warns when a
  // theme's copy of this file says another number.
  var INDEX_VERSION = 3;

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

  function stem(folded, lang) {
    return lang === "en" && /^[a-z]+$/.test(folded) ? stemmer.stem(folded) : folded;
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
    var terms = [stem(folded, lang), key !== folded ? EXACT + key : null, folded];
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
      if (prev && onlySpaces(text.slice(prev.end, s.start))) out.push(norm.fold(prev.text) + " " + norm.fold(s.text));
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

  // Endings an English word may still get while it is being typed: the
  // suffixes Snowball English removes or rewrites, and common chains of them.
  var ENDINGS = ("s es ed ing ingly edly ly e y ies ied er ers est " +
    "tional tionally ational ationally ation ations ator ators " +
    "ization izations izer izers ize izes ized izing isation isations ise ises ised ising " +
    "ence ences ency ance ances ancy ent ently ents ant ants " +
    "able ably ability abilities ible ibly ibility " +
    "al als ally alism alist alize alized ality alities " +
    "ful fully fulness ous ously ousness ive ively iveness ivity ivities " +
    "ness less lessly ic ics ical ically icate icity " +
    "ism isms ist ists ity ities ate ates ated ating ative atives " +
    "ion ions ment ments ement ements logy logies ship ships hood").split(" ");

  // The stems of the words an English prefix may be the start of
  // ("transforma" -> "transformational" -> "transform"), when they are
  // shorter than the prefix: the index holds stems, so typing past the end
  // of a stem would otherwise find nothing. Stems that start with the prefix
  // are left to the prefix search.
  function completionStems(prefix) {
    var out = [];
    if (prefix.length < 4 || !/^[a-z]+$/.test(prefix)) return out;
    ENDINGS.forEach(function (end) {
      for (var k = Math.min(end.length - 1, prefix.length - 1); k >= 0; k--) {
        if (prefix.slice(prefix.length - k) !== end.slice(0, k)) continue;
        var t = stemmer.stem(prefix + end.slice(k));
        if (t.length >= 3 && t.indexOf(prefix) !== 0 && prefix.indexOf(t.slice(0, -1)) === 0 && out.indexOf(t) < 0)
          out.push(t);
      }
    });
    return out;
  }

  // Each query word becomes a group of alternatives that must match (a page
  // needs every group); an exact-form term only adds to the score. The last
  // word, unless followed by a space, also matches as a prefix.
  function plan(query, lang) {
    var q = query.normalize("NFC");
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
          groups.push({ term: b, prefix: (last && isLast) || single ? b : null, near: [], bonus: null });
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
          completionStems(folded).forEach(function (t) {
            if (t !== wt[0] && near.indexOf(t) < 0) near.push(t);
          });
        }
        groups.push({
          term: wt[0],
          prefix: last && folded.length >= 2 ? wt[0] : null,
          near: near,
          bonus: wt[1],
        });
      }
    });
    if (lang === "vi") {
      // Words typed side by side rank pages with the phrase first.
      pairs(q).forEach(function (t) {
        groups.push({ term: t, prefix: null, near: [], bonus: null, optional: true });
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

  // ---- Index reading ----

  // A passage id is `doc * PASSAGES + passage` (MAX_PASSAGES in src/search/index.rs).
  var PASSAGES = 64;

  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var VALUE = {};
  for (var d = 0; d < 64; d++) VALUE[DIGITS.charCodeAt(d)] = d;

  function unvlq(s) {
    var out = [];
    var n = 0;
    var shift = 0;
    for (var i = 0; i < s.length; i++) {
      var v = VALUE[s.charCodeAt(i)];
      n += (v & 31) * Math.pow(2, shift);
      if (v & 32) shift += 5;
      else {
        out.push(n);
        n = 0;
        shift = 0;
      }
    }
    return out;
  }

  // A chunk: [passage id, score] pairs.
  function decodeChunk(s) {
    var nums = unvlq(s);
    var out = [];
    var pid = 0;
    for (var i = 0; i + 1 < nums.length; i += 2) {
      pid += nums[i];
      out.push([pid, nums[i + 1]]);
    }
    return out;
  }

  function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  // The shard that holds `term`: the last whose first term is <= it.
  function shardOf(meta, term) {
    var lo = 0;
    var hi = meta.shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (compare(meta.shards[mid], term) <= 0) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  function Index(lang, load) {
    this.lang = lang;
    this.load = load;
    this.meta = null;
    this.decoded = {};
    this.pages = {};
  }

  Index.prototype.ready = function () {
    var self = this;
    if (!this.metaPromise)
      this.metaPromise = this.load(this.lang + "/meta").then(function (m) {
        if (m && m.v !== INDEX_VERSION && typeof console !== "undefined")
          console.warn("sala search: index version " + m.v + ", this script reads " + INDEX_VERSION);
        self.meta = m;
        return m;
      });
    return this.metaPromise;
  };

  Index.prototype.shard = function (k) {
    return this.load(this.lang + "/d/" + k).then(function (entries) {
      return { k: k, entries: entries };
    });
  };

  // A term's posting list, with the chunks still to load: chunk j (from 1)
  // is in pack file packs[j - 1], under the key "j term".
  function List(index, shard, pos, entry, weight) {
    this.index = index;
    this.key = " " + entry[0];
    this.term = entry[0];
    var first = "0" + this.key;
    this.postings = index.decoded[first] || (index.decoded[first] = decodeChunk(entry[1]));
    this.maxes = entry[2] || [];
    this.packs = entry[3] || [];
    this.next = 1;
    this.weight = weight;
  }
  // The highest score a posting not yet loaded can have.
  List.prototype.bound = function () {
    return this.next - 1 < this.maxes.length ? this.maxes[this.next - 1] * this.weight : 0;
  };
  List.prototype.more = function () {
    var self = this;
    var pack = this.packs[this.next - 1];
    var key = this.next++ + this.key;
    var decoded = this.index.decoded;
    if (decoded[key]) {
      self.postings = decoded[key];
      return Promise.resolve(self);
    }
    return this.index.load(this.index.lang + "/p/" + pack).then(function (chunks) {
      self.postings = decoded[key] = decodeChunk(chunks[key] || "");
      return self;
    });
  };

  var PREFIX_WEIGHT = 0.7;
  var MAX_EXPANSIONS = 6;
  // Chunks loaded beyond the first: with enough pages found, and without.
  var ENOUGH_ROUNDS = 2;
  var MAX_ROUNDS = 8;

  // Finds the posting lists of each group: its term, close completions of a
  // word being typed, and the exact-form bonus.
  Index.prototype.lists = function (groups) {
    var self = this;
    var meta = this.meta;
    var wanted = {};
    groups.forEach(function (g) {
      [g.term, g.bonus].concat(g.near).forEach(function (t) {
        if (t) wanted[shardOf(meta, t)] = true;
      });
      if (g.prefix) {
        var k = shardOf(meta, g.prefix);
        wanted[k] = true;
        if (k + 1 < meta.shards.length && meta.shards[k + 1].indexOf(g.prefix) === 0) wanted[k + 1] = true;
      }
    });
    var keys = Object.keys(wanted).map(Number);
    return Promise.all(keys.map(function (k) { return self.shard(k); })).then(function (shards) {
      var byKey = {};
      shards.forEach(function (s) { byKey[s.k] = s.entries; });
      function find(term) {
        var k = shardOf(meta, term);
        var entries = byKey[k] || [];
        for (var i = 0; i < entries.length; i++) if (entries[i][0] === term) return [k, i];
        return null;
      }
      return groups.map(function (g) {
        var alts = [];
        var taken = {};
        function add(k, i, w) {
          var e = byKey[k][i];
          if (taken[e[0]]) return null;
          taken[e[0]] = true;
          var list = new List(self, k, i, e, w);
          alts.push(list);
          return list;
        }
        var hit = find(g.term);
        if (hit) add(hit[0], hit[1], 1);
        g.near.forEach(function (t) {
          var h = find(t);
          if (h) add(h[0], h[1], PREFIX_WEIGHT);
        });
        if (g.prefix) {
          var found = [];
          Object.keys(byKey).forEach(function (k) {
            byKey[k].forEach(function (e, i) {
              if (e[0] !== g.term && e[0].indexOf(g.prefix) === 0 && e[0].charAt(0) !== EXACT)
                found.push([+k, i, e[1].length + 1e6 * (e[2] || []).length]);
            });
          });
          found.sort(function (a, b) { return b[2] - a[2]; });
          found.slice(0, MAX_EXPANSIONS).forEach(function (f) {
            var list = add(f[0], f[1], PREFIX_WEIGHT);
            // Unless it is the only way the word matches.
            if (list && hit) list.extra = true;
          });
        }
        if (g.optional) alts.forEach(function (l) { l.extra = true; });
        var bonus = g.bonus && find(g.bonus);
        if (bonus) {
          bonus = new List(self, bonus[0], bonus[1], byKey[bonus[0]][bonus[1]], 1);
          bonus.extra = true;
        }
        return {
          alts: alts,
          optional: !!g.optional,
          bonus: bonus || null,
          lists: bonus ? alts.concat([bonus]) : alts,
        };
      });
    });
  };

  // Pages (by document number) scored from the postings seen so far: each
  // round of `rank` adds only the chunks it loaded (`add`), then `ranked`
  // lists them. A page has each query group's best score (and its bonus
  // lists'); its passages keep their summed score and matched groups.
  function Scores(groups) {
    this.groups = groups;
    this.pages = new Map();
  }

  Scores.prototype.add = function (gi, l, postings) {
    var g = this.groups[gi];
    var pages = this.pages;
    var isBonus = l === g.bonus;
    var counts = !isBonus && !g.optional;
    for (var i = 0; i < postings.length; i++) {
      var p = postings[i];
      var doc = Math.floor(p[0] / PASSAGES);
      var page = pages.get(doc);
      if (!page) pages.set(doc, (page = { doc: doc, groups: [], bonus: [], passages: new Map() }));
      var s = p[1] * l.weight;
      var slot = isBonus ? page.bonus : page.groups;
      if (!(slot[gi] >= s)) slot[gi] = s;
      var at = page.passages.get(p[0]);
      if (!at) page.passages.set(p[0], (at = { score: 0, groups: new Set(), n: 0 }));
      at.score += s;
      if (counts && !at.groups.has(gi)) {
        at.groups.add(gi);
        at.n += 1;
      }
    }
  };

  Scores.prototype.ranked = function () {
    var groups = this.groups;
    var out = [];
    this.pages.forEach(function (page) {
      var total = 0;
      for (var gi = 0; gi < groups.length; gi++) {
        if (page.groups[gi] === undefined && !groups[gi].optional) return;
        total += (page.groups[gi] || 0) + (page.bonus[gi] || 0);
      }
      // The passage to link to: the one matching most query words, then the
      // best scored, then the first.
      var best = -1;
      var b = null;
      page.passages.forEach(function (a, pid) {
        if (!b || a.n > b.n || (a.n === b.n && (a.score > b.score || (a.score === b.score && pid < best)))) {
          best = pid;
          b = a;
        }
      });
      out.push({ doc: page.doc, score: total, pid: best });
    });
    out.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return out;
  };

  // Loads further chunks, best first, until the top `limit` pages are known
  // or nothing more can change them.
  function rank(groups, limit) {
    var scores = new Scores(groups);
    groups.forEach(function (g, gi) {
      g.lists.forEach(function (l) {
        l.group = gi;
        scores.add(gi, l, l.postings);
      });
    });
    function round(n) {
      var ranked = scores.ranked();
      var threshold = 0;
      var open = [];
      groups.forEach(function (g) {
        var b = 0;
        g.lists.forEach(function (l) {
          var lb = l.bound();
          if (lb > 0) open.push(l);
          b = Math.max(b, lb);
        });
        threshold += b;
      });
      var sure = ranked.filter(function (r) { return r.score >= threshold; }).length;
      if (!open.length || sure >= limit || n >= (ranked.length >= limit ? ENOUGH_ROUNDS : MAX_ROUNDS))
        return Promise.resolve(ranked);
      // Every open list a page needs; lists that only add to the score
      // (exact forms, pairs) and completions of a word being typed stay
      // at their first chunk, which holds their best postings.
      var next = open.filter(function (l) { return !l.extra; });
      if (!next.length) return Promise.resolve(ranked);
      return Promise.all(next.map(function (l) { return l.more(); })).then(function () {
        next.forEach(function (l) { scores.add(l.group, l, l.postings); });
        return round(n + 1);
      });
    }
    return round(0);
  }

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
  // Word starts in text[from, to) by the browser's Thai segmenter, or null
  // without one.
  function thaiWordStarts(text, from, to) {
    if (thaiSegmenter === undefined) {
      try {
        thaiSegmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("th", { granularity: "word" }) : null;
      } catch (e) {
        thaiSegmenter = null;
      }
    }
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

  // The page texts, UTF-8 unless `charset` says (windows-874 for Thai);
  // without DecompressionStream or the charset (very old browsers) results
  // still come, with the page title and no excerpt.
  function inflate(b64, charset) {
    if (typeof DecompressionStream === "undefined") return Promise.resolve([]);
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    var body = new Response(stream);
    var text = charset
      ? body.arrayBuffer().then(function (b) { return new TextDecoder(charset).decode(b); })
      : body.text();
    return text.then(JSON.parse).catch(function () { return []; });
  }

  // ---- Search ----

  // Results of one language: [{url (from the site root), anchor, title,
  // heading, lang, excerpt, score}], best first.
  Index.prototype.search = function (query, limit) {
    var self = this;
    var lang = this.lang;
    return this.ready().then(function () {
      var p = plan(query, lang);
      if (!p.groups.length || !self.meta.shards.length) return [];
      return self.lists(p.groups).then(function (groups) {
        for (var i = 0; i < groups.length; i++) if (!groups[i].alts.length && !groups[i].optional) return [];
        return rank(groups, limit).then(function (ranked) {
          var matched = [];
          groups.forEach(function (g, i) {
            if (g.optional) return;
            g.alts.forEach(function (l) { matched.push(l.term); });
            if (p.groups[i].prefix) matched.push({ prefix: p.groups[i].prefix });
          });
          return Promise.all(ranked.slice(0, limit).map(function (r) {
            var group = self.meta.tg || 1;
            return self.load(lang + "/t/" + Math.floor(r.doc / group)).then(function (pages) {
              var page = pages[r.doc % group];
              var rows = self.pages[r.doc] || (self.pages[r.doc] = inflate(page.z, page.c));
              return rows.then(function (rows) {
                var row = rows[r.pid % PASSAGES] || ["", page.t, ""];
                var ranges = matches(row[2], lang, matched, p.thai);
                return {
                  url: page.u + (row[0] ? "#" + row[0] : ""),
                  title: page.t,
                  heading: row[0] ? row[1] : "",
                  lang: lang,
                  excerpt: excerpt(row[2], ranges, 180),
                  score: r.score,
                  exact: ranges.length > 0,
                };
              });
            });
          })).then(function (results) {
            // Thai bigrams can all occur apart: pages where the query's
            // letters are found together come first.
            if (!p.thai.length) return results;
            return results.filter(function (r) { return r.exact; })
              .concat(results.filter(function (r) { return !r.exact; }));
          });
        });
      });
    });
  };

  // ---- Typos ----

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

  // A word no page has, corrected to the site's own words: the term of its
  // dictionary shard (or a neighbouring one) within one edit for words of 4
  // to 7 letters, two for longer ones, the most frequent first. Null when
  // the word is a term already, too short, or nothing is close.
  Index.prototype.correct = function (word) {
    var self = this;
    var lang = this.lang;
    return this.ready().then(function () {
      var letters = Array.from(word);
      if (letters.length < 4 || !self.meta.shards.length) return null;
      var max = letters.length <= 7 ? 1 : 2;
      var term = wordTerms(word, lang)[0];
      var k = shardOf(self.meta, term);
      var keys = [k - 1, k, k + 1].filter(function (j) { return j >= 0 && j < self.meta.shards.length; });
      return Promise.all(keys.map(function (j) { return self.shard(j); })).then(function (shards) {
        var best = null;
        for (var s = 0; s < shards.length; s++) {
          var entries = shards[s].entries;
          for (var i = 0; i < entries.length; i++) {
            var t = entries[i][0];
            if (t === term) return null;
            if (t.charAt(0) === EXACT || t.indexOf(" ") >= 0) continue;
            var d = distance(term, t, max);
            if (d > max) continue;
            var weight = entries[i][1].length + 1e6 * (entries[i][2] || []).length;
            if (!best || d < best.d || (d === best.d && weight > best.weight)) best = { term: t, d: d, weight: weight };
          }
        }
        return best && best.term;
      });
    });
  };

  var api = {
    distance: distance,
    spans: spans,
    thaiCells: thaiCells,
    toneKey: toneKey,
    wordTerms: wordTerms,
    escapeHtml: escapeHtml,
    terms: terms,
    pairs: pairs,
    indexTerms: indexTerms,
    plan: plan,
    matches: matches,
    excerpt: excerpt,
    completionStems: completionStems,
    unvlq: unvlq,
    Index: Index,
  };
  root.salaSearchCore = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
