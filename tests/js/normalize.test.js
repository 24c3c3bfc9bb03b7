// The browser's search normalization against the shared vectors (the Rust side
// checks the same file in tests/search_vectors.rs).
const { test } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const fs = require("node:fs");
const norm = require(path.join(__dirname, "../../themes/default/static/search-normalize.js"));
const vectors = JSON.parse(fs.readFileSync(path.join(__dirname, "../search_vectors.json"), "utf8"));

for (const v of vectors.normalize) {
  test(`${v.lang}: ${JSON.stringify(v.input)}`, () => {
    assert.equal(norm.exact(v.input), v.exact);
    assert.equal(norm.fold(v.input), v.fold);
  });
}
