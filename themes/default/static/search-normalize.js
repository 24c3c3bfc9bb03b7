// Search normalization for the browser: the exact twin of src/search/normalize.rs,
// checked against tests/search_vectors.json by both sides. A classic script
// (works from file://); also loadable by Node for the tests.
(function (root) {
  "use strict";
  function asciiDigits(s) {
    return s.replace(/[\u0E50-\u0E59]/g, function (c) {
      return String.fromCharCode(48 + c.charCodeAt(0) - 0x0e50);
    });
  }
  // NFC and lowercase: the text as typed, only unified.
  function exact(text) {
    return asciiDigits(text.normalize("NFC").toLowerCase());
  }
  // Decomposed, lowercase, Latin combining marks removed, đ -> d, Thai digits
  // -> ASCII. Thai vowel and tone marks are outside U+0300-U+036F: kept.
  function fold(text) {
    var s = text.normalize("NFD").toLowerCase().replace(/[\u0300-\u036f]/g, "");
    return asciiDigits(s.replace(/đ/g, "d")).normalize("NFC");
  }
  var api = { exact: exact, fold: fold };
  root.salaNormalize = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
