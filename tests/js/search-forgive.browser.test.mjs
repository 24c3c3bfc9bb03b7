// Real Chromium or Firefox (SALA_BROWSER, see browsers.mjs) searches the bundled
// knowledge base as readers type when they slip: typos, Telex and VNI with
// the input method off, the other keyboard layout, readers' words for a
// term, questions, and the pages with most of the words. From file:// and
// over HTTP under a sub-path; run by tests/browser.rs with search.browser.test.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch, open as openIn } from "./browsers.mjs";

const bases = { file: process.env.SALA_FILE_BASE, http: process.env.SALA_HTTP_BASE };
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
const open = (base, path) => openIn(browser, base, path);

for (const [kind, base] of Object.entries(bases)) {
  test(`${kind}: search forgives typos, Telex, VNI, the other keyboard layout and readers' words`, async () => {
    const { page, outside, failed, errors } = await open(base, "en/index.html");
    // [typed, language searched, what the right page's address holds, rewrite kind]
    const cases = [
      ["coordiantion problems", "en", "coordination-problems-and-strategies", "typo"],
      ["stakehodlers mapping", "en", "collaborative-governance-model", "typo"],
      ["quanr trij hopwj tacs", "vi", "collaborative-governance", "telex"],
      ["lanhx ddaoj", "vi", "leadership", "telex"],
      ["ru3i ro", "vi", "risks", "vni"],
      ["qua3n tri5", "vi", "collaborative-governance", "vni"],
      ["xitlko'ko", "th", "coordination", "layout"],
      ["แนนพกรืฟะรนื", "en", "coordination", "layout"],
      ["HRD", "en", "capacity-building", "alias"],
      ["chinh phu so", "vi", "c-e-government", null],
      ["digital government", "en", "c-e-government", null],
      // A Thai alias's pages come before pages where its letters only stand apart.
      ["คนกลาง", "th", "process-managers", null],
      ["การบริการสาธารณะ", "th", "e-service-delivery", null],
      // A reader's name for a term, typed whole, before pages that only have
      // its words here and there.
      ["quản lý nhân sự", "vi", "b-capacity-building", null],
      ["personnel management", "en", "b-capacity-building", null],
      // A slip in an English ending: two edits from the stem, one from the word.
      ["fundng modalities", "en", "accsm-work-plan/funding", "typo"],
      // Two words mistyped; Telex tone keys typed inside the syllable.
      ["recomendations unrealistc", "en", "handbook/risks", "typo"],
      ["quarn lys hieeju suaast", "vi", "performance-management-viet-nam", "telex"],
      // One word of the query typed on the other layout.
      ["พันธกิจของ ฟแแหท", "th", "accsm-work-plan", "layout"],
      // The other layout with a slip besides (Shift missed on ณ).
      ["86i4kr", "th", "d-quality-management", "layout"],
      // A reader's word for a term inside a rewrite: the term's pages too.
      ["pha1t trie63n d9o65i ngu4 la4nh d9a5o", "vi", "i-leadership-development", "vni"],
      // Vietnamese syllables typed without spaces.
      ["ruiro", "vi", "handbook/risks", "typo"],
      ["hòagiải", "vi", "process-managers", "typo"],
      // A syllable of three letters typed with its marks, two letters
      // swapped: corrected among the words with marks.
      ["quản trị hợp tcá", "vi", "collaborative-governance", "typo"],
      // Two words as close (gắn and gắt for "gắc", càng and others for
      // "càn"): the one the pages write beside the word typed next to it.
      ["Bất đồng ngày càn gay gắc", "vi", "handbook/risks", "typo"],
      // Two slips in a long English word, one in its ending (the index
      // holds the stem "account").
      ["acountabilty", "en", "accountability-and-transparency", "typo"],
    ];
    for (const [typed, lang, where, kind] of cases) {
      const r = await page.evaluate(([q, l]) => window.sala.searchForgiving(q, { lang: l, limit: 3 }), [typed, lang]);
      assert.ok(r.results.some((x) => x.url.includes(where)), `${typed}: ${JSON.stringify(r.results.map((x) => x.url))}`);
      if (kind) assert.equal(r.kind, kind, typed);
    }
    const slips = await page.evaluate(() => Promise.all(["gay gắc", "gắc bó", "gắc"].map((q) => window.sala.searchForgiving(q, { lang: "vi", limit: 3 }))));
    assert.deepEqual(slips.map((r) => r.used), ["gay gắt", "gắn bó", "gắn"]);
    // A syllable too short to correct alone, between two words: the one
    // that the pages pair with both ("quả để" is commoner, "để vững" absent).
    const short = await page.evaluate(() => Promise.all(["giải pháp bề vững", "kết quả bề vững"].map((q) => window.sala.searchForgiving(q, { lang: "vi", limit: 3 }))));
    assert.deepEqual(short.map((r) => [r.used, r.kind]), [["giải pháp bền vững", "typo"], ["kết quả bền vững", "typo"]]);
    assert.ok(short.every((r) => r.results.some((x) => x.url.includes("collaborative-governance"))), JSON.stringify(short.map((r) => r.results.map((x) => x.url))));
    // A question: its words around the words asked about are left out;
    // words that no page has together: the pages with most of them.
    for (const [typed, lang, where] of [
      ["how do I hire a process manager", "en", "handbook/hiring-a-process-manager"],
      ["quản lý rủi ro là gì", "vi", "handbook/risks"],
      ["làm thế nào để thuê người quản lý quy trình", "vi", "handbook/hiring-a-process-manager"],
      ["ACCSM คืออะไร", "th", "accsm-work-plan"],
      ["ความเสี่ยงคืออะไร", "th", "handbook/risks"],
    ]) {
      const r = await page.evaluate(([q, l]) => window.sala.searchForgiving(q, { lang: l, limit: 3 }), [typed, lang]);
      assert.ok(r.results[0]?.url.includes(where), `${typed}: ${JSON.stringify(r.results.map((x) => x.url))}`);
      assert.equal(r.used, undefined, typed);
      assert.equal(r.typed, typed, "what was typed, to search it exactly");
    }
    const most = await page.evaluate(() => window.sala.searchForgiving("how can we improve coordination between agencies", { lang: "en", limit: 5 }));
    assert.equal(most.kind, "partial");
    assert.equal(most.used, "improve coordination agencies", "the words of the first result, in the order typed");
    const counts = most.results.map((x) => x.words.length);
    assert.equal(counts.length, 5);
    assert.equal(counts[0], 3);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), "the pages with more of the words first");
    // The reader is shown real words: the word as the pages have it, and
    // the words around an alias as typed, marks and all.
    const shown = await page.evaluate(() => Promise.all([
      window.sala.searchForgiving("fundng modalities", { lang: "en", limit: 3 }),
      window.sala.searchForgiving("quản lý nhân sự bậc trung", { lang: "vi", limit: 3 }),
      window.sala.searchForgiving("recomendations unrealistc", { lang: "en", limit: 3 }),
    ]));
    assert.equal(shown[0].used, "funding modalities");
    assert.equal(shown[2].used, "recommendations unrealistic");
    // A hyphen joins a phrase: among the eight results of the search box,
    // the page that says "results-based management" comes before those
    // that have the three words apart.
    const rbm = await page.evaluate(() => window.sala.searchForgiving("RBM", { lang: "en", limit: 8 }));
    assert.ok(rbm.results.slice(0, 3).some((x) => x.url.includes("performance-management-viet-nam")), JSON.stringify(rbm.results.map((x) => x.url)));
    // The page whose title is the term (a question around it aside) first,
    // before pages whose titles have the term among other words; in Thai
    // also for a reader's word for the term.
    // (The Thai words as typed are on the sources page, which comes first.)
    for (const [q, lang, at] of [["collaborative governance", "en", 0], ["quản trị hợp tác", "vi", 0], ["การกำกับดูแลแบบร่วมมือ", "th", 1]]) {
      const r = await page.evaluate(([q, lang]) => window.sala.searchForgiving(q, { lang, limit: 8 }), [q, lang]);
      assert.match(r.results[at].url, /best-practices\/collaborative-governance\/index\.html/, q + " " + JSON.stringify(r.results.map((x) => x.url)));
    }
    // A reader's Thai word for a term, whose letters stand only apart on the
    // pages, is read as the term, not corrected as a typo (กระบวนกร, not
    // กระบวนการ).
    const kr = await page.evaluate(() => window.sala.searchForgiving("กระบวนกร", { lang: "th", limit: 8 }));
    assert.equal(kr.kind, "alias", JSON.stringify(kr));
    assert.match(kr.results[0].url, /handbook\/process-managers\//, JSON.stringify(kr.results.map((x) => x.url)));
    // Either spelling of a final i/y (lí, lý) is one word: found as typed.
    const li = await page.evaluate(() => window.sala.searchForgiving("quản lí rủi ro", { lang: "vi", limit: 3 }));
    assert.equal(li.used, undefined, JSON.stringify(li));
    assert.match(li.results[0].url, /handbook\/risks\//, JSON.stringify(li.results.map((x) => x.url)));
    const liAlias = await page.evaluate(() => window.sala.searchForgiving("quản lí nhân sự", { lang: "vi", limit: 8 }));
    assert.equal(liAlias.also, "quản lý nguồn nhân lực", JSON.stringify(liAlias));
    // Latin letters that are no Thai typed on the wrong layout find nothing.
    const none = await page.evaluate(() => window.sala.searchForgiving("blorp", { lang: "en", limit: 3 }));
    assert.deepEqual(none.results, [], JSON.stringify(none));
    // A word in capitals is a name, never "corrected" into another word.
    const ngo = await page.evaluate(() => window.sala.searchForgiving("NGOs", { lang: "en", limit: 3 }));
    assert.equal(ngo.used, undefined, JSON.stringify(ngo));
    assert.equal(shown[1].also, "quản lý nguồn nhân lực bậc trung");
    // A query that finds pages as typed is never rewritten.
    const plain = await page.evaluate(() => window.sala.searchForgiving("risks", { lang: "en", limit: 3 }));
    assert.equal(plain.used, undefined);
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  test(`${kind}: when few pages have every word, the pages with all but one follow them`, async () => {
    const { page, outside, failed, errors } = await open(base, "en/search/index.html?q=" + encodeURIComponent("mediation roles"));
    await page.waitForFunction(() => /Also showing pages for “mediation”/.test(document.querySelector("#sala-search-notice")?.textContent || ""), null, { timeout: 20_000 });
    const shown = await page.$$eval("#sala-search-results .result-title", (els) => els.map((e) => e.textContent));
    const every = await page.evaluate(() => window.sala.search("mediation roles", { lang: "en", limit: 8 }));
    const r = await page.evaluate(() => window.sala.searchForgiving("mediation roles", { lang: "en", limit: 8 }));
    // The pages with both words first, as search finds them, then up to five in all.
    assert.ok(every.length > 0 && every.length < 5, JSON.stringify(every.map((x) => x.url)));
    assert.deepEqual(r.results.slice(0, every.length).map((x) => x.url), every.map((x) => x.url));
    assert.ok(r.results.length > every.length && r.results.length <= 5, JSON.stringify(r.results.map((x) => x.url)));
    const added = r.results.slice(every.length);
    assert.ok(added.some((x) => x.url.includes("handbook/process-managers")), JSON.stringify(added.map((x) => x.url)));
    assert.equal(new Set(r.results.map((x) => x.url.split("#")[0])).size, r.results.length, "each page once");
    assert.equal(r.used, undefined, "not rewritten");
    assert.equal(r.also, "mediation");
    assert.deepEqual(shown, r.results.map((x) => x.title));
    // That step loads search-mend.js alone, not the rewrites (10.7 KB).
    assert.deepEqual(await page.evaluate(() => [typeof window.salaMend, typeof window.salaForgive, typeof window.salaVietnamese]), ["function", "undefined", "undefined"]);
    // An English typo loads the rewrites, but not the Vietnamese decoding.
    const fixed = await page.evaluate(() => window.sala.searchForgiving("coordiantion", { lang: "en", limit: 3 }));
    assert.equal(fixed.kind, "typo");
    assert.deepEqual(await page.evaluate(() => [typeof window.salaForgive, typeof window.salaVietnamese]), ["object", "undefined"]);
    // A query that enough pages match as typed gets nothing added.
    const enough = await page.evaluate(() => Promise.all([
      window.sala.search("coordination problems", { lang: "en", limit: 8 }),
      window.sala.searchForgiving("coordination problems", { lang: "en", limit: 8 }),
    ]));
    assert.ok(enough[0].length >= 5);
    assert.deepEqual(enough[1].results.map((x) => x.url), enough[0].map((x) => x.url));
    assert.equal(enough[1].also, null);
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  test(`${kind}: Thai typos: a mark forgotten, doubled or misplaced, a letter missing, doubled, mistyped or spelt by its sound, a last letter wrong`, async () => {
    const { page, outside, failed, errors } = await open(base, "th/index.html");
    // [typed, what the right page's address holds, the run searched instead]
    const cases = [
      ["ผู้ไกล่เกลีย", "process-managers", "ผู้ไกล่เกลี่ย"],
      ["ผู้มีส่วนไดส่วนเสีย", "collaborative-governance-model", "ผู้มีส่วนได้ส่วนเสีย"],
      ["การบริหารผลการปฏิบัตงาน", "performance-management-viet-nam", "การบริหารผลการปฏิบัติงาน"],
      ["การเสวนาเชิงนโยบย", "policy-dialogue", null],
      ["ประสานงาร", "coordination", "ประสานงาน"],
      ["ความเสี่ยงง", "handbook/risks", "ความเสี่ยง"],
      // A vowel mark typed twice; a letter for one that sounds alike; a
      // vowel typed twice; the key beside the right one.
      ["ฉันทามติิ", "glossary", "ฉันทามติ"],
      ["การประเมิณ", "collaborative-governance-model", "การประเมิน"],
      ["ประสาานงาน", "coordination", "ประสานงาน"],
      ["ตัวชี้วัก", "priority-areas", "ตัวชี้วัด"],
      // Two edits in a word of eight cells (ฒ for ต, the ์ left out): its
      // letter pairs all stand in วัฒนธรรม, so no one-edit guess helps;
      // the word is the nearest in the passages the query found apart.
      ["โลกาภิวัฒน", "h-change-management", "โลกาภิวัตน์"],
      // A vowel mark typed on the letter after the right one.
      ["ผู้บรหิารกระบวนการ", "process-manager", "ผู้บริหารกระบวนการ"],
      // A compound the segmenter cuts in five: still read as one word.
      ["การจัดการความรุ้", "f-learning-organisation", "การจัดการความรู้"],
      // A letter dropped leaves the end of the word (ธศาสตร์): the whole word
      // the results have is searched instead.
      ["ยุธศาสตร์", "strategic-management", "ยุทธศาสตร์"],
      // A title typed whole with one mark dropped, its letters apart on
      // many pages: the results' title one edit from it.
      ["คู่มือการบริหารกระบวนการความร่วมมอ", "handbook", "คู่มือการบริหารกระบวนการความร่วมมือ"],
      ["การจ้างและการเลือกผู้บรหารกระบวนการ", "hiring-a-process-manager", "การจ้างและการเลือกผู้บริหารกระบวนการ"],
      // A title with one mark dropped, whose slip leaves letters its own
      // page lacks (เทคนค): that page is not among the pages with all of
      // them, but among those with most of them. Found on many pages, on
      // two, and (ขด) on several.
      ["เทคนคการประสานงานในภารกิจของรัฐมนตรี", "coordination-techniques", "เทคนิคการประสานงานในภารกิจของรัฐมนตรี"],
      ["การบริหารผลการปฏิบัติงานภาครัฐของเวยดนาม", "performance-management-viet-nam", "การบริหารผลการปฏิบัติงานภาครัฐของเวียดนาม"],
      ["การเสริมสร้างขดความสามารถเชิงสถาบัน", "institutional-capacity", "การเสริมสร้างขีดความสามารถเชิงสถาบัน"],
      // A letter missing where the letters still stand together (รช), so
      // the run is split where they stop (ข้าร ชการ): the word nearest the
      // run in the pages found, not a part cut inside a word (ชการ).
      ["ข้ารชการ", "questions-for-officials", "ข้าราชการ"],
      ["ความขัดเย้ง", "conflict-resolution", "ความขัดแย้ง"],
      // Corrections that leave every pair of letters on some page: the word
      // nearest to the query in the pages found with the letters apart.
      ["ความเสี่ยน", "handbook/risks", "ความเสี่ยง"],
      ["ธรรมาภิบาร", "good-governance", "ธรรมาภิบาล"],
      ["ปรสานงาน", "coordination", "ประสานงาน"],
      // A longer run with one mark dropped, whose letters one or two pages
      // have apart: the correction the results have as words.
      ["การตั้งชื่อกระบวนการความร่วมมอ", "naming-collaborative-processes", "การตั้งชื่อกระบวนการความร่วมมือ"],
      ["ทรัพยากรและขีดความสามารถที่จำเปน", "resources", "ทรัพยากรและขีดความสามารถที่จำเป็น"],
    ];
    for (const [typed, where, used] of cases) {
      const r = await page.evaluate((q) => window.sala.searchForgiving(q, { lang: "th", limit: 10 }), typed);
      const top = r.results.slice(0, 3).map((x) => x.url);
      assert.ok(top.some((u) => u.includes(where)), `${typed}: ${JSON.stringify(top)}`);
      assert.equal(r.kind, "typo", typed);
      if (used) assert.equal(r.used, used, typed);
    }
    // The pages with most of a run's words are the same, whatever the
    // number asked for: a page found in the first chunks for some words,
    // with more to come from the others' further chunks, is read to the end.
    const most = await page.evaluate(() => Promise.all([8, 10].map((limit) =>
      window.sala.search("การบริหารผลการปฏิบัติงานภาครัฐของเวยดนาม", { lang: "th", limit, any: true }))));
    assert.deepEqual(most[0].map((x) => x.url), most[1].slice(0, 8).map((x) => x.url));
    assert.ok(most[0].some((x) => x.url.includes("performance-management-viet-nam")), JSON.stringify(most[0].map((x) => x.url)));
    // Asked for three results, where the letters found apart are not read
    // again in full: still an answer (the nearest word is looked for in
    // those three only).
    for (const [typed] of cases.slice(-3)) {
      const r = await page.evaluate((q) => window.sala.searchForgiving(q, { lang: "th", limit: 3 }), typed);
      assert.ok(r.results.length > 0, typed);
    }
    // Thai found together as typed is never rewritten, nor are words typed
    // together that stand apart on the pages.
    for (const typed of ["ประสานงาน", "ผู้ไกล่เกลี่ย", "ความเสี่ยงผู้ไกล่เกลี่ย", "ยุทธศาสตร์ความเสี่ยง", "การประเมินนโยบายสาธารณะ"]) {
      const r = await page.evaluate((q) => window.sala.searchForgiving(q, { lang: "th", limit: 10 }), typed);
      assert.ok(r.results.length > 0, typed);
      assert.equal(r.used, undefined, typed);
    }
    // Words typed together that no passage has both of, and whose junction
    // no page has: the pages with one of them, said so, never a "correction"
    // that cuts a letter off one of the words.
    for (const [typed, word] of [["การจัดการความรู้ผู้บริหารกระบวนการ", "ผู้บริหารกระบวนการ"], ["ภาวะผู้นำข้าราชการ", null]]) {
      const r = await page.evaluate((q) => window.sala.searchForgiving(q, { lang: "th", limit: 10 }), typed);
      assert.equal(r.kind, "partial", `${typed}: ${r.used}`);
      assert.ok(r.results.length > 0 && typed.includes(r.used), `${typed}: ${r.used}`);
      if (word) assert.equal(r.used, word);
    }
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });
}

// Every reader's word the site declares (glossary `search:` words and
// terminology `avoid:` variants, as the build wrote them to alias.js) finds
// what its term finds: the term's first page in the top three, or, where the
// word itself is on pages (ฉัน), among the results after those.
test("file: every reader's word for a term finds the term's first page", async () => {
  const { page, outside, failed, errors } = await open(bases.file, "en/index.html");
  const root = fileURLToPath(bases.file);
  let checked = 0;
  for (const lang of ["en", "vi", "th"]) {
    let rows = [];
    new Function("salaSearchData", fs.readFileSync(path.join(root, "search", lang, "alias.js"), "utf8"))((_, r) => { rows = r; });
    await page.goto(bases.file + lang + "/index.html");
    for (const [term, ...words] of rows) {
      const first = await page.evaluate(([q, lang]) => window.sala.search(q, { lang, limit: 8 }).then((r) => r.slice(0, 1).map((x) => x.url.split("#")[0])), [term, lang]);
      if (!first.length) continue; // (A country no page of this language names.)
      for (const word of words) {
        const [typed, r] = await page.evaluate(([q, lang]) => Promise.all([window.sala.search(q, { lang, limit: 8 }), window.sala.searchForgiving(q, { lang, limit: 8 })]), [word, lang]);
        const got = r.results.slice(0, typed.length ? 8 : 3).map((x) => x.url.split("#")[0]);
        assert.ok(got.includes(first[0]), `${lang} ${word} (for ${term}): ${JSON.stringify(got)}, want ${first[0]}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 300, `only ${checked} words checked`);
  assert.deepEqual([outside, failed, errors], [[], [], []]);
  await page.close();
});
