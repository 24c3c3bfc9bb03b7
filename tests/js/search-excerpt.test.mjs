// Excerpts of search results, under Node (run by tests/search_vectors.rs):
// cut at word boundaries in Vietnamese and English, and in Thai at word or
// at least cluster boundaries, so no vowel or tone mark is ever left at an
// edge (the bug: "…ันทึกสรุป"), with and without the browser's Intl.Segmenter.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../themes/default/static");

// The search code in a fresh context, optionally without Intl.Segmenter, in
// the order search.js loads it (each file reads those before it).
function core({ segmenter }) {
  const context = vm.createContext({ atob, Blob, Response });
  if (!segmenter) vm.runInContext("delete Intl.Segmenter", context);
  for (const f of ["search-normalize.js", "search-stem.js", "search-tokenize.js", "search-excerpt.js", "search-core.js"])
    vm.runInContext(fs.readFileSync(path.join(dir, f), "utf8"), context, { filename: f });
  return context.salaSearchCore;
}

// search-excerpt.js and the files it reads, in a fresh context.
function excerptCode() {
  const context = vm.createContext({});
  for (const f of ["search-normalize.js", "search-stem.js", "search-tokenize.js", "search-excerpt.js"])
    vm.runInContext(fs.readFileSync(path.join(dir, f), "utf8"), context, { filename: f });
  return context.salaExcerpt;
}

const THAI =
  "การประชุมครั้งนี้มีวัตถุประสงค์เพื่อบันทึกสรุปผลการดำเนินงานของคณะทำงานทั้งหมดและการประสานงานระหว่างหน่วยงานต่างๆ " +
  "ที่เกี่ยวข้องกับการจัดการความรู้ในภูมิภาคอาเซียนเพื่อให้การทำงานร่วมกันมีประสิทธิภาพมากยิ่งขึ้นและสามารถแลกเปลี่ยนข้อมูลได้อย่างรวดเร็ว " +
  "โดยผู้มีส่วนได้ส่วนเสียทุกฝ่ายได้ร่วมแสดงความคิดเห็นและเสนอแนะแนวทางการแก้ไขข้อขัดแย้งที่อาจเกิดขึ้นในอนาคต";
const EN =
  "Managing risks is about transformational leadership and the coordination of many stakeholders across different agencies, " +
  "which requires careful management of expectations, regular communication (between all parties) and a shared plan of change.";
const VI =
  "Hợp tác đa bên đòi hỏi sự đồng thuận giữa các cơ quan, sự phối hợp thường xuyên và một kế hoạch chung được tất cả các bên " +
  "tham gia xây dựng, theo dõi và điều chỉnh khi hoàn cảnh thay đổi trong suốt quá trình thực hiện.";

// The excerpt's text without marks and ellipses, and where it was cut.
function pieces(html) {
  const plain = html.replace(/<\/?mark>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"');
  return { plain, lead: plain.startsWith("…"), tail: plain.endsWith("…"), body: plain.replace(/^…/, "").replace(/…$/, "") };
}

const MARK = /^\p{M}/u;
const THAI_FOLLOWING = /^[\u0e30\u0e32\u0e33\u0e45\u0e46]/;

for (const segmenter of [true, false]) {
  const c = core({ segmenter });
  const how = segmenter ? "with Intl.Segmenter" : "without Intl.Segmenter";

  test(`Thai excerpts never start or end inside a cluster (${how})`, () => {
    for (const q of ["ประสานงาน", "ผู้มีส่วนได้ส่วนเสีย", "การแก้ไขข้อขัดแย้ง", "ความรู้"]) {
      const ranges = c.matches(THAI, "th", [], [q]);
      assert.ok(ranges.length, q);
      for (let size = 30; size <= 200; size += 3) {
        const html = c.excerpt(THAI, ranges, size);
        const { lead, tail, body } = pieces(html);
        assert.ok(html.includes(`<mark>${q}</mark>`), `${q} ${size}: ${html}`);
        const at = THAI.indexOf(body);
        assert.ok(at >= 0, `the excerpt is a piece of the text: ${html}`);
        assert.equal(lead, at > 0);
        const end = at + body.length;
        assert.equal(tail, end < THAI.length);
        assert.doesNotMatch(body, MARK, `starts with a mark: ${html}`);
        assert.doesNotMatch(body, THAI_FOLLOWING, `starts with a following vowel: ${html}`);
        assert.doesNotMatch(THAI.slice(end), MARK, `a mark cut off at the end: ${html}`);
        assert.doesNotMatch(THAI.slice(end), THAI_FOLLOWING, `a vowel cut off at the end: ${html}`);
        assert.doesNotMatch(THAI.charAt(at - 1), /[\u0e40-\u0e44]/, `a leading vowel cut off: ${html}`);
      }
    }
  });

  test(`Vietnamese and English excerpts cut between words (${how})`, () => {
    for (const [text, lang, terms] of [[EN, "en", ["transform"]], [EN, "en", ["manag"]], [VI, "vi", ["dong", "thuan"]], [VI, "vi", ["hoan", "canh"]]]) {
      const ranges = c.matches(text, lang, terms, []);
      assert.ok(ranges.length, terms.join(" "));
      for (let size = 30; size <= 200; size += 3) {
        const html = c.excerpt(text, ranges, size);
        const { lead, tail, body } = pieces(html);
        assert.match(html, /<mark>/);
        const at = text.indexOf(body);
        assert.ok(at >= 0, html);
        assert.equal(lead, at > 0);
        const end = at + body.length;
        assert.equal(tail, end < text.length);
        if (at > 0) assert.match(text.charAt(at - 1), /[\s\p{P}]/u, `cut inside a word at the start: ${html}`);
        if (end < text.length) assert.match(text.charAt(end), /[\s\p{P}]/u, `cut inside a word at the end: ${html}`);
      }
    }
  });
}

test("matches are marked, Thai matches with the marks of their last letter", () => {
  const c = core({ segmenter: true });
  const en = c.excerpt(EN, c.matches(EN, "en", ["transform", "coordin"], []), 180);
  assert.match(en, /<mark>transformational<\/mark> leadership and the <mark>coordination<\/mark>/);
  // "ก" alone is found in "กับ": its mark stays inside the <mark>.
  const th = "งานที่เกี่ยวข้องกับการ";
  const ranges = c.matches(th, "th", [], ["เกี่ยวข"]);
  assert.equal(th.slice(ranges[0][0], ranges[0][1]), "เกี่ยวข้");
  // Text is escaped.
  assert.equal(c.excerpt("a <b> & c", c.matches("a <b> & c", "en", ["b"], []), 50), "a &lt;<mark>b</mark>&gt; &amp; c");
});

test("a title has the whole query: every word (the one being typed as a start), Thai letters together", () => {
  const has = excerptCode().titleHas;
  assert.equal(has("Process managers, facilitators and mediators", "process manager", "en"), true);
  assert.equal(has("Process managers, facilitators and mediators", "mediators proc", "en"), true);
  assert.equal(has("Hiring and choosing a process manager", "process managers roles", "en"), false);
  assert.equal(has("Hiring and choosing a process manager", "proc manager", "en"), false, "only the last word as a start");
  assert.equal(has("Người quản lý quy trình, người hỗ trợ", "nguoi quan ly quy trinh", "vi"), true);
  assert.equal(has("Quản lý rủi ro", "quan ly thay doi", "vi"), false);
  assert.equal(has("ผู้บริหารกระบวนการ วิทยากรกระบวนการ และผู้ไกล่เกลี่ย", "ผู้บริหารกระบวนการ", "th"), true);
  assert.equal(has("กระบวนการความร่วมมือดำเนินไปอย่างไร", "ผู้บริหารกระบวนการ", "th"), false);
  // The letters together, not only all of them somewhere in the title.
  assert.equal(has("การบริหารผู้เข้าร่วมในกระบวนการ", "ผู้บริหาร", "th"), false);
  assert.equal(has("Anything", "", "en"), false);
  // Typed with its marks, a word is the word with those marks; without, any.
  assert.equal(has("Đồng phân tích dữ kiện", "đóng", "vi"), false);
  assert.equal(has("Đồng phân tích dữ kiện", "đồng", "vi"), true);
  assert.equal(has("Đồng phân tích dữ kiện", "dong", "vi"), true);
  assert.equal(has("Đồng phân tích dữ kiện", "đồng phân tí", "vi"), true, "the last word as a start");
});

test("a title is the query: the term's own page, question words around it aside", () => {
  const is = excerptCode().titleIs;
  assert.equal(is("What is collaborative governance?", "collaborative governance", "en"), true);
  assert.equal(is("The collaborative governance model: ten components", "collaborative governance", "en"), false);
  assert.equal(is("Quản trị hợp tác là gì", "quản trị hợp tác", "vi"), true);
  assert.equal(is("Mô hình quản trị hợp tác: mười thành phần", "quản trị hợp tác", "vi"), false);
  assert.equal(is("การอภิบาลแบบร่วมมือคืออะไร", "การอภิบาลแบบร่วมมือ", "th"), true);
  assert.equal(is("รูปแบบการอภิบาลแบบร่วมมือ: องค์ประกอบสิบประการ", "การอภิบาลแบบร่วมมือ", "th"), false);
  assert.equal(is("Policy dialogue", "policy dialogues", "en"), true, "as terms");
  assert.equal(is("What is it?", "what is", "en"), false, "nothing asked");
  assert.equal(is("Quản trị hợp tác là gì", "quan tri hop tac", "vi"), true);
  assert.equal(is("Quản trị hợp tác là gì", "quản trí hợp tác", "vi"), false, "other marks");
});

test("a result has the query's words as a phrase: next to each other, in order, the last as a start", () => {
  const phraseIn = excerptCode().phraseIn;
  const r = (excerpt, title = "Capacity building", heading = "") => ({ excerpt, title, heading });
  const text = "It covers <mark>human</mark> <mark>resource</mark> <mark>management</mark> and development.";
  assert.equal(phraseIn(r(text), "human resource management", "en"), true);
  assert.equal(phraseIn(r(text), "human resources manag", "en"), true, "stems, and the last word as typed so far");
  assert.equal(phraseIn(r("<mark>Resource</mark> mobilisation needs <mark>human</mark> skills and <mark>management</mark>."), "human resource management", "en"), false);
  assert.equal(phraseIn(r(text), "management resource human", "en"), false, "in order");
  assert.equal(phraseIn(r("no match here", "Human resource management"), "human resource management", "en"), true, "the title counts");
  assert.equal(phraseIn(r("Kế hoạch về <mark>quản</mark> <mark>lý</mark> <mark>nhân</mark> <mark>sự</mark>."), "quan ly nhan su", "vi"), true);
  assert.equal(phraseIn(r(text), "management", "en"), false, "one word is no phrase");
  assert.equal(phraseIn(r("Pilots of <mark>results</mark>-<mark>based</mark> <mark>management</mark>."), "results-based management", "en"), true, "a hyphen joins a phrase");
});
