// The browser's search code against the shared vectors (the Rust side checks
// the same file in tests/search_vectors.rs): normalization, index terms and
// English stems must come out identical on both sides.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const fs = require("node:fs");
const dir = path.join(__dirname, "../../themes/default/static");
const norm = require(path.join(dir, "search-normalize.js"));
const stem = require(path.join(dir, "search-stem.js"));
const core = require(path.join(dir, "search-core.js"));
const vectors = JSON.parse(fs.readFileSync(path.join(__dirname, "../search_vectors.json"), "utf8"));

for (const v of vectors.normalize) {
  test(`normalize ${v.lang}: ${JSON.stringify(v.input)}`, () => {
    assert.equal(norm.exact(v.input), v.exact);
    assert.equal(norm.fold(v.input), v.fold);
  });
}

for (const v of vectors.terms) {
  test(`terms ${v.lang}: ${JSON.stringify(v.input)}`, () => {
    assert.deepEqual(core.indexTerms(v.input, v.lang), v.terms);
  });
}

test(`English stems (${vectors.stem.length} words)`, () => {
  for (const v of vectors.stem) assert.equal(stem.stem(v.word), v.stem, v.word);
});

for (const v of vectors.prefixes) {
  test(`a word being typed past its stem: ${v.typed} finds ${v.stem} (${v.word})`, () => {
    assert.equal(stem.stem(v.word), v.stem);
    const groups = core.plan(v.typed, "en").groups;
    const last = groups[groups.length - 1];
    assert.ok([last.term].concat(last.near).includes(v.stem), JSON.stringify(last));
    // Typed as a whole word (a space after it), it is no prefix any more.
    assert.deepEqual(core.plan(v.typed + " ", "en").groups[0].near, []);
  });
}

test(`seven-bit text reads back to the indexer's bytes (${vectors.seven_bit.length} cases)`, () => {
  for (const v of vectors.seven_bit) assert.deepEqual([...core.unseven(v.text)], v.bytes, JSON.stringify(v.text));
});

test("front-coded shard heads read back to the indexer's heads", () => {
  assert.deepEqual(core.unfront(vectors.front_coded.coded), vectors.front_coded.heads);
});

test("the words a question wraps a query in are left out, unless the query has nothing else", () => {
  const terms = (q, lang) => core.plan(q, lang).groups.filter((g) => !g.optional).map((g) => g.term);
  assert.deepEqual(terms("how do I hire a process manager", "en"), ["hire", "process", "manag"]);
  assert.deepEqual(terms("what is", "en"), ["what", "is"]);
  assert.deepEqual(terms("IT skills", "en"), ["it", "skill"], "a word in capitals is a name");
  // Vietnamese: with its marks only ("de" may be "đề"), and no pair across a word left out.
  assert.deepEqual(terms("quản lý rủi ro là gì", "vi"), ["quan", "li", "rui", "ro"]);
  assert.deepEqual(terms("van de", "vi"), ["van", "de"]);
  const pairs = core.plan("rủi ro là gì", "vi").groups.filter((g) => g.optional).map((g) => g.term);
  assert.deepEqual(pairs, ["rui ro"]);
});

test("Thai words of a question around a query are left out, when it has more", () => {
  const tok = require(path.join(dir, "search-tokenize.js"));
  assert.equal(tok.unasked("ACCSM คืออะไร"), "ACCSM");
  assert.equal(tok.unasked("ความเสี่ยงคืออะไร"), "ความเสี่ยง");
  assert.equal(tok.unasked("การบริหารความเสี่ยงทำอย่างไร"), "การบริหารความเสี่ยง");
  assert.equal(tok.unasked("วิธีรับมือผู้เข้าร่วม"), "รับมือผู้เข้าร่วม");
  // Nothing else to search, or a word that only starts like one: as typed.
  assert.equal(tok.unasked("คืออะไร"), "คืออะไร");
  assert.equal(tok.unasked("วิธีการบริหาร"), "วิธีการบริหาร");
  assert.equal(tok.unasked("ประสานงาน"), "ประสานงาน");
});
