// English stemming for search in the browser: Snowball English (Porter2), the
// exact twin of rust-stemmers used by the Rust indexer; checked against the
// shared vectors in tests/search_vectors.json by both sides. With the other
// English-only parts of a query plan (the stems a word being typed may end
// in, the words of a question), so that other languages never load them.
(function (root) {
  "use strict";

  // Whole words handled before anything else (Snowball "exception1").
  var EXCEPTION1 = {
    skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie",
    idly: "idl", gently: "gentl", ugly: "ugli", early: "earli", only: "onli",
    singly: "singl",
    sky: "sky", news: "news", howe: "howe", atlas: "atlas", cosmos: "cosmos",
    bias: "bias", andes: "andes"
  };
  // Words left alone after step 1a (Snowball "exception2").
  var EXCEPTION2 = {
    inning: 1, outing: 1, canning: 1, herring: 1, earring: 1,
    proceed: 1, exceed: 1, succeed: 1
  };
  // Step 2 and step 3 suffixes with their replacements; null = special rule.
  var STEP2 = {
    tional: "tion", enci: "ence", anci: "ance", abli: "able", entli: "ent",
    izer: "ize", ization: "ize", ational: "ate", ation: "ate", ator: "ate",
    alism: "al", aliti: "al", alli: "al", fulness: "ful", ousli: "ous",
    ousness: "ous", iveness: "ive", iviti: "ive", biliti: "ble", bli: "ble",
    ogi: null, fulli: "ful", lessli: "less", li: null
  };
  var STEP3 = {
    tional: "tion", ational: "ate", alize: "al", icate: "ic", iciti: "ic",
    ical: "ic", ful: "", ness: "", ative: null
  };
  var STEP4 = [
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
    "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion"
  ];

  // Letter classes; c is one character, "" (out of the word) is in none.
  // Y (a consonant y, see the prelude) is not a vowel.
  function isVowel(c) { return c !== "" && "aeiouy".indexOf(c) >= 0; }
  // Vowels plus w, x and Y: what may not end a short syllable.
  function isVowelWXY(c) { return c !== "" && "aeiouywxY".indexOf(c) >= 0; }
  // Letters before which a final "li" is deleted in step 2.
  function isValidLi(c) { return c !== "" && "cdeghkmnrt".indexOf(c) >= 0; }

  // The longest key of `table` (object or array) that `w` ends with, or null.
  function longestSuffix(w, table) {
    var keys = Array.isArray(table) ? table : Object.keys(table);
    var best = null;
    for (var i = 0; i < keys.length; i++) {
      var s = keys[i];
      if (s.length <= w.length && w.slice(w.length - s.length) === s &&
          (best === null || s.length > best.length)) best = s;
    }
    return best;
  }

  // A short syllable ends at position i: non-vowel, vowel, non-vowel other
  // than w, x or Y; or, at the start of the word, vowel then non-vowel.
  function shortSyllableAt(w, i) {
    if (i >= 3 && !isVowelWXY(w.charAt(i - 1)) && isVowel(w.charAt(i - 2)) &&
        !isVowel(w.charAt(i - 3))) return true;
    return i === 2 && !isVowel(w.charAt(1)) && isVowel(w.charAt(0));
  }

  // Index just past the first non-vowel that follows a vowel, from `from`.
  function regionStart(w, from) {
    for (var i = from; i < w.length; i++) {
      if (isVowel(w.charAt(i))) {
        for (var j = i + 1; j < w.length; j++) {
          if (!isVowel(w.charAt(j))) return j + 1;
        }
        return w.length;
      }
    }
    return w.length;
  }

  function hasVowel(w, end) {
    for (var i = 0; i < end; i++) if (isVowel(w.charAt(i))) return true;
    return false;
  }

  function stemWord(word) {
    if (EXCEPTION1.hasOwnProperty(word)) return EXCEPTION1[word];
    if (word.length < 3) return word;

    // Prelude: drop a leading apostrophe; y at the start or after a vowel
    // becomes Y (a consonant).
    var w = word.charAt(0) === "'" ? word.slice(1) : word;
    var yFound = false;
    if (w.charAt(0) === "y") { w = "Y" + w.slice(1); yFound = true; }
    for (var k = 1; k < w.length; k++) {
      if (w.charAt(k) === "y" && isVowel(w.charAt(k - 1))) {
        w = w.slice(0, k) + "Y" + w.slice(k + 1);
        yFound = true;
      }
    }

    // Regions R1 and R2 (fixed positions, not moved by later edits).
    var prefix = /^(gener|commun|arsen)/.exec(w);
    var p1 = prefix ? prefix[0].length : regionStart(w, 0);
    var p2 = regionStart(w, p1);

    var s, start;
    // Step 1a: possessive apostrophes, then plural endings.
    s = longestSuffix(w, ["'", "'s", "'s'"]);
    if (s) w = w.slice(0, w.length - s.length);
    s = longestSuffix(w, ["sses", "ied", "ies", "s", "ss", "us"]);
    if (s === "sses") {
      w = w.slice(0, -2);
    } else if (s === "ied" || s === "ies") {
      w = w.slice(0, -3) + (w.length - 3 >= 2 ? "i" : "ie");
    } else if (s === "s") {
      // Delete s if a vowel occurs before the letter just before it.
      if (w.length >= 2 && hasVowel(w, w.length - 2)) w = w.slice(0, -1);
    }

    if (!EXCEPTION2.hasOwnProperty(w)) {
      // Step 1b: eed(ly) -> ee in R1; ed(ly), ing(ly) removed after a vowel,
      // then tidy the end: at/bl/iz + e, undouble, or + e on short words.
      s = longestSuffix(w, ["ed", "eed", "ing", "edly", "eedly", "ingly"]);
      start = s ? w.length - s.length : 0;
      if (s === "eed" || s === "eedly") {
        if (p1 <= start) w = w.slice(0, start) + "ee";
      } else if (s && hasVowel(w, start)) {
        w = w.slice(0, start);
        var end = w.slice(-2);
        if (end === "at" || end === "bl" || end === "iz") {
          w += "e";
        } else if (/^(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(end)) {
          w = w.slice(0, -1);
        } else if (w.length === p1 && shortSyllableAt(w, w.length)) {
          w += "e";
        }
      }

      // Step 1c: final y or Y after a non-vowel (not the first letter) -> i.
      var n = w.length;
      if (n >= 3 && (w.charAt(n - 1) === "y" || w.charAt(n - 1) === "Y") &&
          !isVowel(w.charAt(n - 2))) {
        w = w.slice(0, -1) + "i";
      }

      // Step 2: suffixes in R1 mapped to their shorter forms.
      s = longestSuffix(w, STEP2);
      start = s ? w.length - s.length : 0;
      if (s && p1 <= start) {
        if (s === "ogi") {
          if (w.charAt(start - 1) === "l") w = w.slice(0, start) + "og";
        } else if (s === "li") {
          if (start > 0 && isValidLi(w.charAt(start - 1))) w = w.slice(0, start);
        } else {
          w = w.slice(0, start) + STEP2[s];
        }
      }

      // Step 3: more suffixes in R1; ative only in R2.
      s = longestSuffix(w, STEP3);
      start = s ? w.length - s.length : 0;
      if (s && p1 <= start) {
        if (s === "ative") {
          if (p2 <= start) w = w.slice(0, start);
        } else {
          w = w.slice(0, start) + STEP3[s];
        }
      }

      // Step 4: suffixes deleted in R2; ion only after s or t.
      s = longestSuffix(w, STEP4);
      start = s ? w.length - s.length : 0;
      if (s && p2 <= start) {
        if (s !== "ion") w = w.slice(0, start);
        else if (start > 0 && /[st]/.test(w.charAt(start - 1))) w = w.slice(0, start);
      }

      // Step 5: final e in R2, or in R1 unless after a short syllable;
      // final l in R2 after another l.
      n = w.length;
      var last = w.charAt(n - 1);
      if (n > 0 && last === "e") {
        if (p2 <= n - 1 || (p1 <= n - 1 && !shortSyllableAt(w, n - 1))) {
          w = w.slice(0, -1);
        }
      } else if (n > 0 && last === "l") {
        if (p2 <= n - 1 && w.charAt(n - 2) === "l") w = w.slice(0, -1);
      }
    }

    // Postlude: Y back to y.
    return yFound ? w.replace(/Y/g, "y") : w;
  }

  // The Rust stemmer counts characters, not UTF-16 units: stand each astral
  // character in for one unit (a lone surrogate, never a real letter) and put
  // it back afterwards. Only letters matter; such characters never move.
  function stem(word) {
    var astral = [];
    var w = word.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, function (c) {
      astral.push(c);
      return "\uDBFF";
    });
    var out = stemWord(w);
    if (!astral.length) return out;
    return out.replace(/\uDBFF/g, function (c) {
      return astral.length ? astral.shift() : c;
    });
  }

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
        var t = stem(prefix + end.slice(k));
        if (t.length >= 3 && t.indexOf(prefix) !== 0 && prefix.indexOf(t.slice(0, -1)) === 0 && out.indexOf(t) < 0)
          out.push(t);
      }
    });
    return out;
  }

  // The words a question wraps a query in, left out of a query that has
  // others (search-tokenize.js `isStop`).
  var STOP = " a an the and or of to in on at for by with from as is are was be been do does did how what why when where which who whom i we you my our your can could should would will about into this that these those it its there ";

  var api = { stem: stem, completionStems: completionStems, STOP: STOP, ENDINGS: ENDINGS };
  root.salaStem = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
