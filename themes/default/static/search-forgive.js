// What a query may have meant when it finds nothing as typed: Vietnamese
// typed with the input method off (Telex `quanr trij`, VNI `qua3n tri5`),
// Thai typed on the English layout and the reverse (Kedmanee, shifted keys
// included), a typo in a word (its first letters, completed from the
// site's own words), a letter too many or missing in a Thai word, and a
// query one of whose words no page has. A query that finds pages as typed
// is never rewritten, and this file loads only when one finds nothing.
// Pure functions, shared by the browser and the Node tests
// (tests/forgive_vectors.json).
(function (root) {
  "use strict";

  // ---- Vietnamese typed with the input method off ----

  var TONES = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };
  var VNI_TONES = { 1: "\u0301", 2: "\u0300", 3: "\u0309", 4: "\u0303", 5: "\u0323" };
  var VOWELS = "aăâeêioôơuưy";
  var HAT = { a: "â", e: "ê", o: "ô" };
  var HORN = { o: "ơ", u: "ư" };

  function isVowel(c) { return VOWELS.indexOf(c) >= 0; }

  // Puts a tone mark on the syllable's main vowel: a vowel with a hat or
  // horn first (ơ of ươ), else the second of two vowels before a final
  // consonant (toán), else the first of two at the end (hòa, mùa), else the
  // only one. The search folds tone placement anyway (hoà = hòa).
  function placeTone(word, mark) {
    var v = [];
    for (var i = 0; i < word.length; i++) if (isVowel(word[i])) v.push(i);
    // qu and gi: the u and i belong to the consonant.
    if (v.length > 1 && /^(qu|gi)/.test(word) && v[0] === 1) v.shift();
    if (!v.length) return null;
    var at = -1;
    for (var k = v.length - 1; k >= 0; k--) if ("ăâêôơư".indexOf(word[v[k]]) >= 0) { at = v[k]; break; }
    if (at < 0) {
      var last = v[v.length - 1];
      var final = last < word.length - 1;
      if (v.length === 1) at = v[0];
      else if (v.length === 2) at = final ? v[1] : v[0];
      else at = v[1];
    }
    return (word.slice(0, at + 1) + mark + word.slice(at + 1)).normalize("NFC");
  }

  function telexWord(w) {
    var lower = w.toLowerCase();
    if (!/^[a-z]+$/.test(lower)) return null;
    var tone = null;
    // A tone key at the end of the word, after a vowel.
    var last = lower[lower.length - 1];
    if (TONES[last] && /[aeiouy]/.test(lower.slice(0, -1))) {
      tone = TONES[last];
      lower = lower.slice(0, -1);
    }
    // A horn typed after the final consonant ("hopw" is hơp).
    var horn = /[^aeiouyw]w$/.test(lower);
    if (horn) lower = lower.slice(0, -1);
    var out = lower
      .replace(/dd/g, "đ")
      .replace(/aa/g, "â").replace(/ee/g, "ê").replace(/oo/g, "ô")
      .replace(/aw/g, "ă").replace(/uow/g, "ươ").replace(/ow/g, "ơ").replace(/uw/g, "ư")
      .replace(/w/g, "ư");
    if (horn) {
      if (/uo/.test(out)) out = out.replace(/uo(?!.*uo)/, "ươ");
      else out = out.replace(/([ou])(?!.*[ou])/, function (c) { return HORN[c]; });
    }
    if (tone) out = placeTone(out, tone);
    return out && out !== w.toLowerCase() ? out : null;
  }

  function vniWord(w) {
    var lower = w.toLowerCase();
    if (!/^[a-z]+[a-z0-9]*$/.test(lower) || !/[1-9]/.test(lower)) return null;
    var tone = null;
    var marks = [];
    var letters = "";
    for (var i = 0; i < lower.length; i++) {
      var c = lower[i];
      if (c >= "1" && c <= "5") tone = VNI_TONES[c];
      else if (c >= "6" && c <= "9") marks.push(c);
      else if (c === "0") return null;
      else letters += c;
    }
    marks.forEach(function (d) {
      if (d === "9") letters = letters.replace("d", "đ");
      else if (d === "6") letters = letters.replace(/([aeo])(?!.*[aeo])/, function (c) { return HAT[c]; });
      else if (d === "8") letters = letters.replace(/a(?!.*a)/, "ă");
      else if (d === "7") {
        if (/uo/.test(letters)) letters = letters.replace(/uo(?!.*uo)/, "ươ");
        else letters = letters.replace(/([ou])(?!.*[ou])/, function (c) { return HORN[c]; });
      }
    });
    if (tone) letters = placeTone(letters, tone);
    return letters;
  }

  // Each word decoded where it holds keys of the scheme; null when no word did.
  function decodeVietnamese(query, scheme) {
    var changed = false;
    var out = query.split(/(\s+)/).map(function (w) {
      if (/^\s*$/.test(w)) return w;
      var d = scheme === "telex" ? telexWord(w) : vniWord(w);
      if (d) { changed = true; return d; }
      return w;
    }).join("");
    return changed ? out : null;
  }

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
    if (latin && (!lang || lang === "vi")) {
      var telex = decodeVietnamese(q, "telex");
      if (telex) out.push({ query: telex, kind: "telex", lang: "vi" });
      var vni = decodeVietnamese(q, "vni");
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
        out.push({ query: query.replace(run, shorter), kind: "typo", word: run });
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

  var api = {
    decodeVietnamese: decodeVietnamese,
    latinAsThai: latinAsThai,
    thaiAsLatin: thaiAsLatin,
    rewrites: rewrites,
    typoQueries: typoQueries,
    thaiTypoQueries: thaiTypoQueries,
    partialQueries: partialQueries,
  };
  root.salaForgive = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
