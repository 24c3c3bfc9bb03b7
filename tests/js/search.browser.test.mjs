// Real Chromium or Firefox (SALA_BROWSER, see browsers.mjs) searches the bundled
// knowledge base from file:// and over HTTP under a sub-path: Thai without
// spaces, Vietnamese without diacritics, English stems, the search box
// (keyboard, listbox, messages), the search page with ?q=, and nothing
// requested outside the site.
// Run by tests/browser.rs, which builds the site and passes its two base URLs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open as openIn } from "./browsers.mjs";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const bases = { file: process.env.SALA_FILE_BASE, http: process.env.SALA_HTTP_BASE };
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
const open = (base, path) => openIn(browser, base, path);

// Results as paths from the site root (anchors kept), resolved in the page.
async function search(page, query, options) {
  return page.evaluate(async ([q, o]) => {
    const found = await window.sala.search(q, o);
    const root = new URL(document.querySelector("script[data-root]").dataset.root, location.href).href;
    return found.map((r) => ({ ...r, path: new URL(r.url, location.href).href.slice(root.length) }));
  }, [query, options]);
}
// Until the box's results have stopped changing for 250 ms: while a query
// is typed, each pause shows the results so far, and a key pressed on them
// would act on a list about to be replaced.
async function settled(page) {
  let last = null;
  for (let quiet = 0; quiet < 250; quiet += 50) {
    const now = await page.evaluate(() => document.querySelector("#sala-listbox").innerHTML);
    if (now !== last) quiet = -50;
    last = now;
    await new Promise((r) => setTimeout(r, 50));
  }
}
const paths = (results) => results.map((r) => r.path);
const pages = (results) => results.map((r) => r.path.split("#")[0]);

for (const [kind, base] of Object.entries(bases)) {
  test(`${kind}: Thai typed without spaces finds the pages that contain it`, async () => {
    const { page, outside, failed, errors } = await open(base, "th/index.html");
    const coord = await search(page, "ประสานงาน", { lang: "th", limit: 10 });
    assert.ok(pages(coord).includes("th/best-practices/coordination-techniques/index.html"), paths(coord).join("\n"));
    assert.ok(coord.every((r) => r.lang === "th"));
    assert.match(coord[0].excerpt, /<mark>ประสานงาน<\/mark>/);
    // A stray space changes nothing.
    assert.deepEqual(paths(await search(page, "ประสาน งาน", { lang: "th", limit: 10 })), paths(coord));
    const stake = await search(page, "ผู้มีส่วนได้ส่วนเสีย", { lang: "th", limit: 10 });
    assert.ok(paths(stake).includes("th/best-practices/collaborative-governance-model/index.html#stakeholder-mapping"), paths(stake).join("\n"));
    assert.ok(stake.every((r) => r.excerpt.includes("<mark>ผู้มีส่วนได้ส่วนเสีย</mark>")), "Thai marks kept in excerpts");
    const conflict = await search(page, "การแก้ไขข้อขัดแย้ง", { lang: "th", limit: 3 });
    assert.ok(paths(conflict).includes("th/best-practices/collaborative-governance-practices/index.html#conflict-resolution"), paths(conflict).join("\n"));
    // ASCII digits find Thai digits.
    const year = await search(page, "2556", { lang: "th" });
    assert.ok(pages(year).includes("th/best-practices/coordination-techniques/index.html"), paths(year).join("\n"));
    assert.match(year.map((r) => r.excerpt).join(" "), /<mark>๒๕๕๖<\/mark>/);
    // Thai queries load no English stemmer (5 KB less on a first query).
    assert.equal(await page.evaluate(() => typeof window.salaStem), "undefined");
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  test(`${kind}: Vietnamese ignores diacritics, tone placement and composition, exact first`, async () => {
    const { page, outside, failed, errors } = await open(base, "vi/index.html");
    const plain = await search(page, "hop tac", { lang: "vi", limit: 10 });
    const marked = await search(page, "hợp tác", { lang: "vi", limit: 10 });
    assert.ok(plain.length >= 5);
    // The same best pages (the listing pages after them score within a
    // point or two of each other, where exact diacritics may reorder them).
    assert.deepEqual(new Set(pages(plain).slice(0, 4)), new Set(pages(marked).slice(0, 4)));
    for (const p of pages(plain).slice(0, 5)) assert.ok(pages(marked).slice(0, 7).includes(p), p);
    assert.match(marked[0].excerpt + marked[1].excerpt, /<mark>hợp<\/mark> <mark>tác<\/mark>/i);
    const risks = await search(page, "rui ro", { lang: "vi", limit: 5 });
    assert.equal(pages(risks)[0], "vi/handbook/risks/index.html", paths(risks).join("\n"));
    // The best page whatever the number of results asked for: the risks
    // page has "quản" only past the first postings of that word, and the
    // search box asks for eight.
    for (const limit of [1, 3, 8, 10]) {
      const found = await search(page, "quản lý rủi ro", { lang: "vi", limit });
      assert.equal(pages(found)[0], "vi/handbook/risks/index.html", `limit ${limit}: ${paths(found).join(" ")}`);
    }
    // Also where the order is the page's title or a phrase, which BM25 does
    // not see: the first result at limit 1 or 3 is the first at limit 8.
    for (const [q, lang] of [["human resource development", "en"], ["quản trị hợp tác", "vi"], ["collaborative governance", "en"]]) {
      const eight = pages(await search(page, q, { lang, limit: 8 }))[0];
      for (const limit of [1, 3]) assert.equal(pages(await search(page, q, { lang, limit }))[0], eight, `${q} at limit ${limit}`);
    }
    const newStyle = await search(page, "hoà giải", { lang: "vi" });
    assert.deepEqual(paths(await search(page, "hòa giải", { lang: "vi" })), paths(newStyle));
    assert.deepEqual(paths(await search(page, "ho\u0300a gia\u0309i", { lang: "vi" })), paths(newStyle));
    assert.ok(pages(newStyle).includes("vi/handbook/process-managers/index.html"), paths(newStyle).join("\n"));
    // đ folds to d; the exact spelling ranks first.
    const consensus = await search(page, "dong thuan", { lang: "vi", limit: 5 });
    assert.match(consensus[0].excerpt, /<mark>đồng<\/mark> <mark>thuận<\/mark>/);
    const dong = await search(page, "đồng", { lang: "vi", limit: 5 });
    const dóng = await search(page, "đóng", { lang: "vi", limit: 5 });
    assert.match(dong[0].excerpt, /<mark>đồng<\/mark>/i);
    assert.match(dóng[0].excerpt, /<mark>đóng<\/mark>/i);
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  test(`${kind}: English stems, prefixes while typing, any case, every language`, async () => {
    const { page, outside, failed, errors } = await open(base, "en/handbook/index.html");
    const risks = await search(page, "RISKS", { lang: "en", limit: 5 });
    assert.equal(await page.evaluate(() => typeof window.salaStem), "object", "English queries load the stemmer");
    assert.equal(pages(risks)[0], "en/handbook/risks/index.html");
    const managing = await search(page, "managing", { lang: "en", limit: 20 });
    assert.ok(managing.some((r) => /<mark>management<\/mark>/i.test(r.excerpt)), "managing finds management");
    const typing = await search(page, "difficult partic", { lang: "en", limit: 3 });
    assert.equal(pages(typing)[0], "en/handbook/difficult-participants/index.html", paths(typing).join("\n"));
    // Without a language: every language, urls that open the page at the section.
    const all = await search(page, "ACCSM", { limit: 30 });
    assert.deepEqual(new Set(all.map((r) => r.lang)), new Set(["vi", "th", "en"]));
    const first = risks[0];
    await page.goto(new URL(first.url, page.url()).href);
    assert.ok(page.url().endsWith("en/handbook/risks/index.html"), page.url());
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  test(`${kind}: an English word typed past the end of its stem still finds its pages`, async () => {
    const { page, outside, failed, errors } = await open(base, "en/index.html");
    for (const [typed, word] of [["transforma", "transformational"], ["coordinati", "coordination"], ["managem", "management"]]) {
      const found = await search(page, typed, { lang: "en", limit: 10 });
      assert.ok(found.length >= 3, `${typed}: ${paths(found).join(" ")}`);
      assert.ok(found.some((r) => new RegExp(`<mark>${word}</mark>`, "i").test(r.excerpt)), `${typed}: ${found.map((r) => r.excerpt).join("\n")}`);
      // The whole word finds the same pages first.
      const whole = await search(page, word, { lang: "en", limit: 10 });
      assert.equal(pages(found)[0], pages(whole)[0], typed);
    }
    assert.ok(pages(await search(page, "transforma", { lang: "en" })).includes("en/best-practices/transformational-leadership-workshop-2023/index.html"));
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  test(`${kind}: excerpts: whole words, no Thai mark at an edge, no alert markers, editors' guide not listed`, async () => {
    const { page, outside, failed, errors } = await open(base, "th/index.html");
    const MARK = /^\p{M}/u;
    for (const [q, lang] of [["ประสานงาน", "th"], ["ความรู้", "th"], ["การจัดการ", "th"], ["hop tac", "vi"], ["quản lý", "vi"], ["management", "en"], ["coordination", "en"], ["note", "en"], ["markdown", undefined], ["sala", undefined]]) {
      const found = await search(page, q, { lang, limit: 50 });
      for (const r of found) {
        const text = r.excerpt.replace(/<\/?mark>/g, "");
        assert.doesNotMatch(text.replace(/^…/, ""), MARK, `${q}: ${r.excerpt}`);
        assert.doesNotMatch(text, /\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i, `${q}: ${r.path}: ${r.excerpt}`);
        assert.ok(!r.path.includes("editors-guide"), `${q}: ${r.path}`);
      }
    }
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  // Types a new query into the search box as a reader does (clear, then keys),
  // so the box sees real input events whatever it was showing before.
  async function retype(page, q) {
    await page.locator("#sala-q").click();
    await page.locator("#sala-q").fill("");
    await page.keyboard.type(q);
  }

  // Waits until the box has answered `q` with `text`; on failure, says what
  // the page showed instead.
  async function waitStatus(page, q, text) {
    try {
      await page.waitForFunction(([q, text]) => {
        const input = document.getElementById("sala-q");
        const status = document.querySelector(".search-status");
        return input && input.value === q && status && status.textContent.includes(text);
      }, [q, text], { timeout: 20000 });
    } catch (e) {
      const shown = await page.evaluate(() => ({
        value: document.getElementById("sala-q")?.value,
        status: document.querySelector(".search-status")?.textContent,
        live: document.querySelector("form.search-box [aria-live]")?.textContent,
        options: document.getElementById("sala-listbox")?.innerText.slice(0, 300),
      }));
      throw new Error(`waiting for "${text}" after typing "${q}": the page showed ${JSON.stringify(shown)}`);
    }
  }

  test(`${kind}: the search box: "/" focuses it, results as you type, arrows and Enter, Escape`, async () => {
    const { page, outside, failed, errors } = await open(base, "vi/handbook/index.html");
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement.id), "sala-q");
    await page.keyboard.type("rui ro");
    const options = page.locator("#sala-listbox [role=option]");
    await options.first().waitFor();
    await settled(page);
    assert.equal(await page.getAttribute("#sala-q", "aria-expanded"), "true");
    assert.match(await page.locator("form.search-box [aria-live]").textContent(), /\d+ kết quả/);
    await page.keyboard.press("ArrowDown");
    const active = await page.getAttribute("#sala-q", "aria-activedescendant");
    assert.equal(await page.getAttribute(`#${active}`, "aria-selected"), "true");
    await page.keyboard.press("Escape");
    assert.equal(await page.getAttribute("#sala-q", "aria-expanded"), "false");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(/handbook\/risks\/index\.html/);
    // Nothing found: said in the page's language.
    await page.waitForLoadState("load");
    await retype(page, "zzqxv");
    await waitStatus(page, "zzqxv", "Không có trang nào");
    // One click widens to every language.
    // (a Thai phrase found on Thai pages only: the Vietnamese glossary quotes
    // the Thai key terms themselves)
    await retype(page, "เจ็ดประการ");
    await waitStatus(page, "เจ็ดประการ", "Không có trang nào");
    await page.click(".search-scope");
    await page.locator('#sala-listbox [role=option] a[lang="th"]').first().waitFor();
    // Enter without a chosen result opens the search page, still in every language.
    await page.keyboard.press("Enter");
    await page.waitForURL(/vi\/search\/index\.html\?q=.*&all=1/);
    await page.locator("#sala-search-results li a[lang=th]").first().waitFor();
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  test(`${kind}: focusing the search box loads the search code before the first key`, async () => {
    const { page, outside, failed, errors } = await open(base, "vi/handbook/index.html");
    assert.equal(await page.evaluate(() => typeof window.salaSearchCore), "undefined", "not on page load");
    await page.keyboard.press("/");
    await page.waitForFunction(() => typeof window.salaSearchCore === "object", null, { timeout: 20_000 });
    // Nothing shown yet, and no English stemmer for a Vietnamese box.
    assert.equal(await page.getAttribute("#sala-q", "aria-expanded"), "false");
    assert.equal(await page.evaluate(() => typeof window.salaStem), "undefined");
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  test(`${kind}: the search page searches as the reader types, without Enter`, async () => {
    const { page, outside, failed, errors } = await open(base, "vi/search/index.html");
    await page.locator("#sala-search-q").fill("hop tac");
    await page.locator("#sala-search-results li").first().waitFor();
    assert.match(await page.textContent("#sala-search-results"), /hợp tác/i);
    assert.match(await page.textContent("#sala-search-status"), /\d+ kết quả/);
    // Typing on replaces the results; emptying the box clears them.
    await page.locator("#sala-search-q").fill("rủi ro");
    await page.waitForFunction(() => /rủi ro/i.test(document.querySelector("#sala-search-results")?.textContent || ""), null, { timeout: 20_000 });
    await page.locator("#sala-search-q").fill("");
    await page.waitForFunction(() => document.querySelectorAll("#sala-search-results li").length === 0, null, { timeout: 20_000 });
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

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
    ];
    for (const [typed, lang, where, kind] of cases) {
      const r = await page.evaluate(([q, l]) => window.sala.searchForgiving(q, { lang: l, limit: 3 }), [typed, lang]);
      assert.ok(r.results.some((x) => x.url.includes(where)), `${typed}: ${JSON.stringify(r.results.map((x) => x.url))}`);
      if (kind) assert.equal(r.kind, kind, typed);
    }
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

  test(`${kind}: the search page says what it searched instead, with one click to search as typed`, async () => {
    const { page, outside, failed, errors } = await open(base, "en/search/index.html?q=" + encodeURIComponent("coordiantion problems"));
    await page.locator("#sala-search-results li").first().waitFor();
    assert.match(await page.textContent("#sala-search-notice"), /Showing results for “coordination problems”/);
    await page.click("#sala-search-notice a");
    await page.waitForURL(/exact=1/);
    await page.waitForFunction(() => /No page|0 /.test(document.querySelector("#sala-search-status")?.textContent || ""), null, { timeout: 20_000 });
    assert.equal(await page.$$eval("#sala-search-results li", (els) => els.length), 0);
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });

  test(`${kind}: the search page takes the query from the URL`, async () => {
    const { page, outside, failed, errors } = await open(base, "th/search/index.html?q=" + encodeURIComponent("ผู้มีส่วนได้ส่วนเสีย"));
    await page.locator("#sala-search-results li").first().waitFor();
    assert.equal(await page.inputValue("#sala-search-q"), "ผู้มีส่วนได้ส่วนเสีย");
    assert.match(await page.textContent("#sala-search-status"), /พบ \d+ รายการ/);
    // Excerpts in the body's colour, not the link's.
    const [excerptColour, bodyColour, mark] = await page.evaluate(() => [
      getComputedStyle(document.querySelector("#sala-search-results .result-excerpt")).color,
      getComputedStyle(document.body).color,
      document.querySelector("#sala-search-results .result-excerpt mark")?.textContent,
    ]);
    assert.equal(excerptColour, bodyColour);
    assert.equal(mark, "ผู้มีส่วนได้ส่วนเสีย");
    const href = await page.getAttribute("#sala-search-results li a", "href");
    await page.click("#sala-search-results li a");
    await page.waitForLoadState("load");
    assert.ok(page.url().includes(href.replace(/^(\.\.\/)+/, "")), `${page.url()} vs ${href}`);
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
