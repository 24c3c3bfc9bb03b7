// Search in the browser, without a server: the reader of the index files
// written by src/search/index.rs. It loads only the dictionary shards,
// posting chunks and page texts a query needs, through a `load(name)`
// function given by the caller (script tags in the browser, files under Node).
// Terms and the query plan come from search-tokenize.js, excerpts from
// search-excerpt.js; search.js loads those first.
// A classic script: works from file://, and loads in Node for the tests.
(function (root) {
  "use strict";
  var tok = root.salaTokenize || (typeof require !== "undefined" && require("./search-tokenize.js"));
  var ex = root.salaExcerpt || (typeof require !== "undefined" && require("./search-excerpt.js"));
  var EXACT = tok.EXACT;
  var wordTerms = tok.wordTerms;
  var plan = tok.plan;
  var matches = ex.matches;
  var excerpt = ex.excerpt;

  // The index format this script reads: the `v` of `meta.js`, written by
  // src/search/index.rs (`search::INDEX_VERSION`). `sala build` warns when a
  // theme's copy of this file says another number.
  var INDEX_VERSION = 5;

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

  // Shard heads, front-coded (shards.rs `front_coded`): a digit for the
  // UTF-16 units shared with the head before, then the rest.
  function unfront(coded) {
    var prev = "";
    return coded.map(function (c) {
      prev = prev.slice(0, VALUE[c.charCodeAt(0)] || 0) + c.slice(1);
      return prev;
    });
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
        // A copy: the loaded file may serve another Index.
        self.meta = m && Object.assign({}, m, { shards: unfront(m.shards || []) });
        return self.meta;
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
              if (e[0] !== g.term && e[0].indexOf(g.prefix) === 0 && e[0].indexOf(EXACT) < 0)
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
  // With `any`, a page needs only one group, and those with the most come
  // first (a query that no page has every word of).
  function Scores(groups, any) {
    this.groups = groups;
    this.any = any;
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
    var any = this.any;
    var out = [];
    this.pages.forEach(function (page) {
      var total = 0;
      var got = 0;
      for (var gi = 0; gi < groups.length; gi++) {
        var has = page.groups[gi] !== undefined;
        if (!has && !groups[gi].optional && !any) return;
        if (has && !groups[gi].optional) got++;
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
      if (got) out.push({ doc: page.doc, score: total, pid: best, got: got, has: page.groups });
    });
    out.sort(function (a, b) { return (any ? b.got - a.got : 0) || b.score - a.score || a.doc - b.doc; });
    return out;
  };

  // The groups whose next chunks may still put a page above `kth` (the
  // score to beat), given `bounds` (per group, the best posting score its
  // lists have not given yet): every group if a page not seen yet may (the
  // sum of the bounds), else those lacked by pages seen for only some
  // groups that pass it already (the risks page for "quản lý rủi ro", its
  // "quản" in a later chunk: not the pages that might pass it, which in
  // Thai, matched on pairs of letters, would cost the first query 7 KB).
  Scores.prototype.needed = function (bounds, kth) {
    var groups = this.groups;
    var any = this.any;
    var unseen = bounds.reduce(function (a, b) { return a + b; }, 0);
    var need = {};
    if (unseen > kth) groups.forEach(function (g, gi) { need[gi] = true; });
    else this.pages.forEach(function (page) {
      var total = 0;
      var lacks = [];
      // (With `any`, what the groups it lacks can still add.)
      var more = 0;
      for (var gi = 0; gi < groups.length; gi++) {
        var has = page.groups[gi] !== undefined;
        if (!has && !groups[gi].optional && bounds[gi]) lacks.push(gi), more += bounds[gi];
        // (No list can still give the group: without `any`, the page is out.)
        else if (!has && !groups[gi].optional && !any) return;
        if (has) total += page.groups[gi] + (page.bonus[gi] || 0);
      }
      if (lacks.length && total + (any ? more : 0) > kth) lacks.forEach(function (gi) { need[gi] = true; });
    });
    return need;
  };

  // Loads further chunks, best first, until the top `limit` pages are known
  // or nothing more can change them.
  function rank(groups, limit, any) {
    var scores = new Scores(groups, any);
    groups.forEach(function (g, gi) {
      g.lists.forEach(function (l) {
        l.group = gi;
        scores.add(gi, l, l.postings);
      });
    });
    function round(n) {
      var ranked = scores.ranked();
      var open = [];
      var bounds = groups.map(function (g) {
        var b = 0;
        g.lists.forEach(function (l) {
          var lb = l.bound();
          // (Lists that only add to the score stay at their first chunk.)
          if (lb > 0 && !l.extra) open.push(l), b = Math.max(b, lb);
        });
        return b;
      });
      // The top `limit` are known when no other page can still pass the
      // last of them: neither one not seen yet nor one seen for some of the
      // words (at its best possible score). Else the next chunks of the
      // lists that could change them; lists that only add to the score
      // (exact forms, pairs) and completions of a word being typed stay at
      // their first chunk, which holds their best postings.
      var need = scores.needed(bounds, ranked.length >= limit ? ranked[limit - 1].score : 0);
      var next = open.filter(function (l) { return need[l.group]; });
      if (!next.length || n >= (ranked.length >= limit ? ENOUGH_ROUNDS : MAX_ROUNDS))
        return Promise.resolve(ranked);
      return Promise.all(next.map(function (l) { return l.more(); })).then(function () {
        next.forEach(function (l) { scores.add(l.group, l, l.postings); });
        return round(n + 1);
      });
    }
    return round(0);
  }

  // The bytes of seven-bit text (src/search/encode.rs `seven_bit`): a
  // character below U+0080 is seven bits; U+0080 + 128k + g is the k-th of
  // ESCAPED and then g; U+0400 + k is the k-th of ESCAPED, last.
  var ESCAPED = [0, 10, 13, 34, 92];
  function unseven(s) {
    var out = new Uint8Array((s.length * 14) >> 3);
    var n = 0, acc = 0, bits = 0;
    function put(g) {
      acc = (acc << 7) | g;
      if ((bits += 7) >= 8) out[n++] = acc >> (bits -= 8), acc &= (1 << bits) - 1;
    }
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) put(c);
      else if (c < 0x300) {
        put(ESCAPED[(c - 0x80) >> 7]);
        put((c - 0x80) & 127);
      } else put(ESCAPED[c - 0x400]);
    }
    return out.subarray(0, n);
  }

  // The page texts, UTF-8 unless `charset` says (windows-874 for Thai);
  // without DecompressionStream or the charset (very old browsers) results
  // still come, with the page title and no excerpt.
  function inflate(z, charset) {
    if (typeof DecompressionStream === "undefined") return Promise.resolve([]);
    // Written straight into the stream: a Blob's stream piped through it
    // took about four times as long (ten texts side by side: 10.3 against
    // 2.7 ms in Chromium, 3 against 2 in Firefox).
    var inflater = new DecompressionStream("deflate-raw");
    var writer = inflater.writable.getWriter();
    writer.write(unseven(z)).catch(function () { /* then the text fails */ });
    writer.close().catch(function () { /* then the text fails */ });
    var body = new Response(inflater.readable);
    var text = charset
      ? body.arrayBuffer().then(function (b) { return new TextDecoder(charset).decode(b); })
      : body.text();
    return text.then(JSON.parse).catch(function () { return []; });
  }

  // ---- Search ----

  // The query words (span indexes) a page has every group of.
  function wordsOf(groups, has) {
    var ok = {};
    groups.forEach(function (g, gi) {
      if (g.word !== undefined && !g.optional) ok[g.word] = ok[g.word] !== false && has[gi] !== undefined;
    });
    return Object.keys(ok).filter(function (w) { return ok[w]; }).map(Number);
  }

  // Results of one language: [{url (from the site root), anchor, title,
  // heading, lang, excerpt, score}], best first. With `any`, the pages with
  // most of the query's words, each result with `words`: the indexes (in
  // tok.spans of the query) of the words it has.
  Index.prototype.search = function (query, limit, any) {
    var self = this;
    var lang = this.lang;
    return this.ready().then(function () {
      var p = plan(query, lang);
      if (!p.groups.length || !self.meta.shards.length) return [];
      return self.lists(p.groups).then(function (groups) {
        for (var i = 0; i < groups.length; i++) if (!groups[i].alts.length && !groups[i].optional && !any) return [];
        return rank(groups, limit, any).then(function (ranked) {
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
                  text: row[2],
                  score: r.score,
                  exact: ranges.length > 0,
                  words: any ? wordsOf(p.groups, r.has) : undefined,
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

  // How common a dictionary entry's term is: the length of its first chunk,
  // then its number of further chunks.
  function weightOf(entry) {
    return entry[1].length + 1e6 * (entry[2] || []).length;
  }

  var api = {
    distance: ex.distance,
    compare: compare,
    shardOf: shardOf,
    weightOf: weightOf,
    spans: tok.spans,
    thaiCells: tok.thaiCells,
    toneKey: tok.toneKey,
    wordTerms: wordTerms,
    escapeHtml: ex.escapeHtml,
    terms: tok.terms,
    pairs: tok.pairs,
    indexTerms: tok.indexTerms,
    plan: plan,
    matches: matches,
    excerpt: excerpt,
    unvlq: unvlq,
    unseven: unseven,
    unfront: unfront,
    Index: Index,
  };
  root.salaSearchCore = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
