// The query rewrites of forgiving search against tests/forgive_vectors.json:
// Telex and VNI decoding, the Kedmanee/English layouts both ways, and the
// edit distance typo correction uses. Run by tests/search_vectors.rs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
require("../../themes/default/static/search-normalize.js");
require("../../themes/default/static/search-stem.js");
const vietnamese = require("../../themes/default/static/search-vietnamese.js");
const forgive = require("../../themes/default/static/search-forgive.js");
const core = require("../../themes/default/static/search-core.js");
const v = JSON.parse(readFileSync(new URL("../forgive_vectors.json", import.meta.url), "utf8"));

test("Telex typed with the input method off is decoded", () => {
  assert.ok(v.telex.length >= 10);
  for (const [typed, meant] of v.telex) assert.equal(vietnamese.decode(typed, "telex"), meant.normalize("NFC"), typed);
});

test("VNI typed with the input method off is decoded", () => {
  assert.ok(v.vni.length >= 10);
  for (const [typed, meant] of v.vni) assert.equal(vietnamese.decode(typed, "vni"), meant.normalize("NFC"), typed);
});

test("Thai typed on the English layout is read as Thai", () => {
  assert.ok(v.latin_as_thai.length >= 10);
  for (const [typed, meant] of v.latin_as_thai) assert.equal(forgive.latinAsThai(typed), meant.normalize("NFC"), typed);
});

test("English typed on the Thai layout is read as English", () => {
  assert.ok(v.thai_as_latin.length >= 10);
  for (const [typed, meant] of v.thai_as_latin) assert.equal(forgive.thaiAsLatin(typed), meant, typed);
});

test("edit distance counts insertions, deletions, replacements and swaps", () => {
  for (const [a, b, d] of v.distance) assert.equal(core.distance(a, b, 2), d, `${a} ${b}`);
});

test("plain words are never rewritten", () => {
  for (const w of ["risks", "policy dialogue", "hop tac", "quan tri", "ประสานงาน"]) {
    assert.equal(vietnamese.decode(w, "vni"), null, w);
  }
  assert.equal(vietnamese.decode("hop tac", "telex"), null);
  assert.deepEqual(forgive.rewrites("ประสานงาน", "th").filter((r) => r.kind !== "layout"), []);
});

test("a word with a typo is tried as its first letters, to be completed", () => {
  const tries = forgive.typoQueries("coordiantion problems").map((t) => t.query);
  assert.ok(tries.includes("problems coordi"), tries.join(" | "));
  assert.deepEqual(forgive.typoQueries("hop tac"), []);
  const partial = forgive.partialQueries("colaborative governance").map((t) => t.query);
  assert.deepEqual(partial, ["governance", "colaborative"]);
});
