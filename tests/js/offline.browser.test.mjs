// The offline package as a reader gets it: `sala build --archive`, unzipped,
// opened from file:// in real Chromium. Navigation and a search in each
// language work, and the Vietnamese and Thai print books read as one
// document: anchors inside the book, no navigation on paper, a page break
// before each chapter, and their text intact in the PDF Chromium prints.
// Run by tests/browser.rs, which builds, zips and unzips the bundled site.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { inflateSync, constants as zlib } from "node:zlib";
import { launch, open as openIn } from "./chromium.mjs";

const base = process.env.SALA_FILE_BASE;
const pdfDir = process.env.SALA_PDF_DIR;
let browser;

before(async () => {
  browser = await launch();
  if (pdfDir) mkdirSync(pdfDir, { recursive: true });
});
after(async () => { await browser?.close(); });
const open = (path) => openIn(browser, base, path);

const searches = {
  vi: { query: "hop tac", found: /hợp tác/i },
  th: { query: "ประสานงาน", found: /ประสานงาน/ },
  en: { query: "risks", found: /risk/i },
};

for (const [lang, { query, found }] of Object.entries(searches)) {
  test(`unzipped archive, ${lang}: navigation and the search box work from file://`, async () => {
    const { page, outside, failed, errors } = await open("index.html");
    await page.click(`.choices a[hreflang="${lang}"]`);
    await page.waitForLoadState("load");
    assert.ok(page.url().endsWith(`${lang}/index.html`), page.url());
    assert.equal(await page.getAttribute("html", "lang"), lang);
    // The first section of the main navigation opens.
    const section = await page.textContent(".site-nav a");
    await page.click(".site-nav a");
    await page.waitForLoadState("load");
    assert.equal((await page.textContent("h1")).trim(), section.trim());
    // A search in the page's language, picked with the keyboard.
    await page.locator("#sala-q").fill(query);
    const options = page.locator("#sala-listbox [role=option]");
    await options.first().waitFor();
    assert.match(await options.first().innerHTML(), found);
    await page.locator("#sala-q").press("ArrowDown");
    await page.locator("#sala-q").press("Enter");
    await page.waitForURL(new RegExp(`/${lang}/.+/index\\.html`));
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });
}

// Characters the PDF's fonts map back to Unicode (their ToUnicode CMaps):
// what a reader can copy or search in the PDF. Missing glyphs map to nothing.
function pdfCharacters(pdf) {
  const text = pdf.toString("latin1");
  const chars = new Set();
  const utf16 = (hex) => String.fromCharCode(...hex.match(/.{4}/g).map((h) => parseInt(h, 16)));
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endstream", start);
    let cmap;
    try {
      cmap = inflateSync(pdf.subarray(start, end), { finishFlush: zlib.Z_SYNC_FLUSH }).toString("latin1");
    } catch { continue; }
    if (!cmap.includes("begincmap")) continue;
    for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, dst] of block.matchAll(/<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>/g)) {
        for (const c of utf16(dst)) chars.add(c);
      }
    }
    for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, dst] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const first = parseInt(dst.slice(-4), 16);
        for (let i = 0; i <= parseInt(hi, 16) - parseInt(lo, 16); i++) chars.add(String.fromCharCode(first + i));
      }
    }
  }
  return chars;
}

const books = {
  vi: { section: "vi/handbook/index.html", print: "In mục này", contents: "Mục lục" },
  th: { section: "th/handbook/index.html", print: "พิมพ์ส่วนนี้", contents: "สารบัญ" },
};

for (const [lang, book] of Object.entries(books)) {
  test(`unzipped archive, ${lang}: the print book of a section reads as one document and prints to PDF`, async () => {
    const { page, outside, failed, errors } = await open(book.section);
    const sectionTitle = (await page.textContent("h1")).trim();
    // The section's pages in order, as its sidebar lists them.
    const pages = await page.$$eval(".sidebar ol > li > a", (as) => as.map((a) => a.textContent.trim()));
    await page.getByRole("link", { name: book.print }).click();
    await page.waitForLoadState("load");
    assert.ok(page.url().endsWith(book.section.replace("index.html", "print/index.html")), page.url());
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.equal((await page.textContent(".book-cover h1")).trim(), sectionTitle);
    assert.equal((await page.textContent(".book-toc h2")).trim(), book.contents);
    // The section's own page, then its pages in order, numbered.
    const chapters = await page.$$eval(".chapter > header h1", (hs) => hs.map((h) => h.textContent.trim()));
    assert.deepEqual(chapters, [sectionTitle, ...pages.map((title, i) => `${i + 1} ${title}`)]);
    // Ids are unique and every link to an anchor finds it inside the book.
    const anchors = await page.evaluate(() => {
      const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
      const dangling = [...document.querySelectorAll('a[href^="#"]')]
        .map((a) => decodeURIComponent(a.getAttribute("href").slice(1)))
        .filter((id) => id && !document.getElementById(id));
      return { duplicates: ids.filter((id, i) => ids.indexOf(id) !== i), dangling, count: document.querySelectorAll('.chapter a[href^="#ch"]').length };
    });
    assert.deepEqual(anchors.duplicates, []);
    assert.deepEqual(anchors.dangling, []);
    assert.ok(anchors.count > 0, "links between chapters point inside the book");
    // Links that leave the book still open their page from the book's folder.
    const hrefs = await page.$$eval(".chapter a[href]", (as) => as.map((a) => a.href.split("#")[0]).filter((h) => h !== location.href));
    for (const href of new Set(hrefs)) {
      const p = await browser.newPage();
      const res = await p.goto(href);
      assert.ok(res === null || res.ok(), `${href} did not load`);
      await p.close();
    }
    // On paper: no navigation, the cover and contents alone, each chapter on a new page.
    await page.emulateMedia({ media: "print" });
    const paper = await page.evaluate(() => {
      const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => e.checkVisibility());
      return {
        navigation: ["header.site-header", ".site-nav", ".lang-switch", ".search-box", ".site-footer", ".book-actions"].filter(shown),
        breaks: [...document.querySelectorAll(".chapter")].map((c) => getComputedStyle(c).breakBefore),
      };
    });
    assert.deepEqual(paper.navigation, []);
    assert.ok(paper.breaks.every((b) => b === "page"), paper.breaks.join());
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    if (pdfDir) writeFileSync(`${pdfDir}/${lang}-handbook.pdf`, pdf);
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    const pageCount = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) || []).length;
    assert.ok(pageCount >= chapters.length + 2, `${pageCount} PDF pages for ${chapters.length} chapters`);
    // Thai and Vietnamese come out as their own letters, marks included (a font
    // may draw Thai ำ as its two parts, ํ and า: its compatibility decomposition).
    const inPdf = pdfCharacters(pdf);
    const missing = [...new Set([sectionTitle, ...chapters].join("").replace(/\s/g, ""))]
      .filter((c) => !inPdf.has(c) && ![...c.normalize("NFKD")].every((part) => inPdf.has(part)));
    assert.deepEqual(missing, [], "characters missing from the PDF's text");
    assert.deepEqual([outside, failed, errors], [[], [], []]);
    await page.close();
  });
}
