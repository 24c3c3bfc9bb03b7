// Real Chromium or Firefox (SALA_BROWSER, see browsers.mjs) searches the bundled
// knowledge base from file:// and over HTTP under a sub-path: Thai without
// spaces, Vietnamese without diacritics, English stems, the search box
// (keyboard, listbox, messages), the search page with ?q=, and nothing
// requested outside the site.
// Run by tests/browser.rs, which builds the site and passes its two base URLs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open as openIn } from "./browsers.mjs";
import { search, paths, pages } from "./search-helpers.mjs";

const bases = { file: process.env.SALA_FILE_BASE, http: process.env.SALA_HTTP_BASE };
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });
const open = (base, path) => openIn(browser, base, path);

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
