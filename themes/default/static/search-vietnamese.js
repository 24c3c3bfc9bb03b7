// Vietnamese typed with the input method off, decoded: Telex (`quanr trij`)
// and VNI (`qua3n tri5`) keys read as the letters and tone marks they
// stand for, and the shape of a Vietnamese syllable (`SYLLABLE`), which
// search-mend.js also uses to cut letters typed together into syllables.
// Loaded with search-forgive.js, only for a query that finds nothing as
// typed; pure functions, checked under Node against
// tests/forgive_vectors.json.
(function (root) {
  "use strict";

  var TONES = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };
  var VNI_TONES = { 1: "\u0301", 2: "\u0300", 3: "\u0309", 4: "\u0303", 5: "\u0323" };
  var VOWELS = "aăâeêioôơuưy";
  var HAT = { a: "â", e: "ê", o: "ô" };
  var HORN = { o: "ơ", u: "ư" };

  // Puts a tone mark on the syllable's main vowel: a vowel with a hat or
  // horn first (ơ of ươ), else the second of two vowels before a final
  // consonant (toán), else the first of two at the end (hòa, mùa), else the
  // only one. The search folds tone placement anyway (hoà = hòa).
  function placeTone(word, mark) {
    var v = [];
    for (var i = 0; i < word.length; i++) if (VOWELS.indexOf(word[i]) >= 0) v.push(i);
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

  // A Vietnamese syllable, its marks removed: a first consonant, one of the
  // vowel groups the language has, a last consonant.
  var SYLLABLE = new RegExp("^(ngh|ng|nh|ch|tr|th|kh|ph|gh|gi|qu|[bcdghklmnprstvx])?(uye|uya|uyu|ieu|yeu|oai|oay|oeo|uoi|uou|uay|" +
    "ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|ya|[aeiouy])(ng|nh|ch|[cmnpt])?$");
  // Telex letters (no tone) as Vietnamese; a horn typed after the final
  // consonant counts ("hopw" is hơp).
  function telexLetters(lower) {
    var horn = /[^aeiouyw]w$/.test(lower);
    if (horn) lower = lower.slice(0, -1);
    var out = lower.replace(/dd/g, "đ").replace(/aa/g, "â").replace(/ee/g, "ê").replace(/oo/g, "ô")
      .replace(/aw/g, "ă").replace(/uow/g, "ươ").replace(/ow/g, "ơ").replace(/uw/g, "ư").replace(/w/g, "ư");
    return horn ? horned(out) : out;
  }
  // The horn on the last o or u (on both of "uo": ươ).
  function horned(s) { return /uo/.test(s) ? s.replace(/uo(?!.*uo)/, "ươ") : s.replace(/([ou])(?!.*[ou])/, function (c) { return HORN[c]; }); }
  function telexWord(w) {
    var lower = w.toLowerCase();
    if (!/^[a-z]+$/.test(lower)) return null;
    // A tone key inside the syllable, as Unikey takes it ("quarn",
    // "nguwfowi"), where what is left is a syllable ("asean" is none); else
    // at the end of the word, after a vowel. The last one counts.
    var key = null;
    var first = lower.search(/[aeiouy]/);
    var inside = first < 0 ? lower : lower.slice(0, first) + lower.slice(first).replace(/[sfrxj]/g, function (k) { key = k; return ""; });
    var out = key && telexLetters(inside);
    if (!out || !SYLLABLE.test(out.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d"))) {
      key = TONES[lower.slice(-1)] && /[aeiouy]/.test(lower.slice(0, -1)) ? lower.slice(-1) : null;
      out = telexLetters(key ? lower.slice(0, -1) : lower);
    }
    if (key) out = placeTone(out, TONES[key]);
    return out && out !== w.toLowerCase() ? out : null;
  }

  var VNI_MARK = { 6: HAT, 7: HORN, 8: { a: "ă" }, 9: { d: "đ" } };
  function vniWord(w) {
    var lower = w.toLowerCase();
    if (!/^[a-z]+[a-z0-9]*$/.test(lower) || !/[1-9]/.test(lower)) return null;
    var tone = null;
    var marks = [];
    var letters = "";
    for (var i = 0; i < lower.length; i++) {
      var c = lower[i];
      var at = letters.slice(-1);
      if (c >= "1" && c <= "5") tone = VNI_TONES[c];
      // A mark right after the letter it changes changes that one ("cu71u"
      // is cứu, not cuứ); else (typed at the end) the last it can change.
      else if (VNI_MARK[c] && lower[i - 1] === at && VNI_MARK[c][at])
        letters = c === "7" && /uo$/.test(letters) ? letters.slice(0, -2) + "ươ" : letters.slice(0, -1) + VNI_MARK[c][at];
      else if (c >= "6" && c <= "9") marks.push(c);
      else if (c === "0") return null;
      else letters += c;
    }
    marks.forEach(function (d) {
      if (d === "9") letters = letters.replace("d", "đ");
      else if (d === "6") letters = letters.replace(/([aeo])(?!.*[aeo])/, function (c) { return HAT[c]; });
      else if (d === "8") letters = letters.replace(/a(?!.*a)/, "ă");
      else if (d === "7") letters = horned(letters);
    });
    if (tone) letters = placeTone(letters, tone);
    return letters;
  }

  // Each word decoded where it holds keys of the scheme; null when no word did.
  function decodeVietnamese(query, scheme) {
    var changed = false;
    // (Words between spaces and punctuation: "ru3i ro," is a word and a comma.)
    var out = query.split(/([\s,;.:!?()"\u201c\u201d\u2018\u2019\u2026]+)/).map(function (w) {
      if (/^[\s,;.:!?()"\u201c\u201d\u2018\u2019\u2026]*$/.test(w)) return w;
      var d = scheme === "telex" ? telexWord(w) : vniWord(w);
      if (d) { changed = true; return d; }
      return w;
    }).join("");
    return changed ? out : null;
  }

  var api = { decode: decodeVietnamese, SYLLABLE: SYLLABLE };
  root.salaVietnamese = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
