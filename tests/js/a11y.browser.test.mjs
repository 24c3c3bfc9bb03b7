// Real Chromium reads the bundled knowledge base (content/) from file:// and
// over HTTP under a sub-path:
// - axe-core finds no serious or critical issue on any page of the site;
// - on a phone (390×844) the header is one row no taller than 64 px, the title
//   and the start of the text are on the first screen, the menu (a <details>)
//   opens without JavaScript, the search box works, and a glossary term shows
//   its definition on a first tap, on screen, and follows on the second;
// - on a wide screen the section's pages are beside the text (the current one
//   marked) and "On this page" on the other side;
// - every language switcher links the same page, Latin text is set in the same
//   face on Thai pages, print shows the page's address and no navigation;
// - a guidance page weighs under 100 KB (HTML, CSS, JS; search index aside).
// Screenshots go to $SALA_SCREENSHOTS when set (look at them).
// Run by tests/browser.rs, which builds the site and passes its two base URLs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./chromium.mjs";

const bases = { file: process.env.SALA_FILE_BASE, http: process.env.SALA_HTTP_BASE };
const shots = process.env.SALA_SCREENSHOTS;
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const wide = { viewport: { width: 1280, height: 900 } };
let browser;

before(async () => {
  browser = await launch();
  if (shots) mkdirSync(shots, { recursive: true });
});
after(async () => { await browser?.close(); });

// Every HTML page the build wrote, as paths from the site root.
function allPages() {
  const root = fileURLToPath(bases.file);
  const found = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".html")) found.push(relative(root, full).split("\\").join("/"));
    }
  })(root);
  return found.sort();
}

async function axe(page) {
  // Pages of a context made by `axeContext` carry axe already.
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
  });
}

async function newPage(options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { page, context, errors };
}

const guidance = {
  th: "th/best-practices/coordination-techniques/index.html",
  vi: "vi/handbook/how-a-process-runs/index.html",
  en: "en/best-practices/collaborative-governance-practices/index.html",
};
const section = "en/handbook/index.html";

for (const [kind, base] of Object.entries(bases)) {
  // Every page once, over HTTP; from file:// the same HTML again would find
  // the same, so there one page of each kind and language stands for them.
  const every = kind === "http";
  test(`${kind}: axe-core finds no serious or critical issue on ${every ? "any page" : "a page of each kind"}`, async () => {
    // SALA_A11Y_ONLY (a regular expression) narrows the pages while working on the theme.
    const only = process.env.SALA_A11Y_ONLY ? new RegExp(process.env.SALA_A11Y_ONLY) : null;
    const kinds = /^(index\.html|404\.html|[a-z]+\/(index|404)\.html|[a-z]+\/(handbook|search|topics)\/index\.html|[a-z]+\/handbook\/(risks|print)\/index\.html|[a-z]+\/topics\/coordination\/index\.html)$/;
    const pages = allPages().filter((p) => (!only || only.test(p)) && (every || kinds.test(p)));
    assert.ok(only || pages.length > (every ? 200 : 20), `only ${pages.length} pages`);
    // A few tabs at once: axe is slow, and the pages are many.
    const { page, context, errors } = await newPage(wide);
    // axe comes with every page of this context (read once, not sent per page).
    await context.addInitScript({ path: axePath });
    await page.reload();
    const tabs = [page, await context.newPage(), await context.newPage()];
    for (const t of tabs.slice(1)) t.on("pageerror", (e) => errors.push(String(e)));
    const problems = [];
    let next = 0;
    await Promise.all(tabs.map(async (tab) => {
      while (next < pages.length) {
        const path = pages[next++];
        await tab.goto(base + path, { waitUntil: "load" });
        for (const v of await axe(tab)) problems.push(`${path}: ${v}`);
      }
    }));
    problems.sort();
    // A phone, with the menu open.
    await context.close();
    const small = await newPage(phone);
    for (const path of [guidance.th, guidance.vi, section, "en/topics/index.html"]) {
      await small.page.goto(base + path, { waitUntil: "load" });
      await small.page.click(".menu > summary");
      for (const v of await axe(small.page)) problems.push(`${path} (phone, menu open): ${v}`);
    }
    await small.context.close();
    assert.equal(problems.length, 0, `${problems.length} issues:\n${problems.slice(0, 40).join("\n")}`);
    assert.deepEqual([...errors, ...small.errors], []);
  });

  test(`${kind}: on a phone, one header row, the title and the text on the first screen`, async () => {
    const { page, context, errors } = await newPage(phone);
    for (const path of [...Object.values(guidance), section, "vi/topics/index.html", "th/search/index.html"]) {
      await page.goto(base + path, { waitUntil: "load" });
      const box = await page.locator(".site-header").boundingBox();
      assert.ok(box.height <= 64, `${path}: header ${box.height}px tall`);
      const h1 = await page.locator("main h1").boundingBox();
      assert.ok(h1.y + h1.height <= 844, `${path}: the title ends at ${h1.y + h1.height}`);
      const text = page.locator("main .content > p, main .content > ul, main article > ul, main form").first();
      const t = await text.boundingBox();
      assert.ok(t && t.y < 844 - 40, `${path}: the text starts at ${t?.y}`);
      // The title, the search field and the menu button share one row.
      const ys = await page.$$eval(".site-title, .search-box, .menu > summary", (els) =>
        els.map((e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; }));
      for (const [top, bottom] of ys) assert.ok(top >= 0 && bottom <= 64, `${path}: ${JSON.stringify(ys)}`);
      // Nothing sideways: the page is no wider than the phone.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), `${path} scrolls sideways`);
      if (shots && path === guidance.th) await page.screenshot({ path: `${shots}/phone-th-guidance-${kind}.png` });
    }
    if (shots) {
      for (const [lang, path] of Object.entries(guidance)) {
        await page.goto(base + path, { waitUntil: "load" });
        await page.screenshot({ path: `${shots}/phone-${lang}-guidance-${kind}.png` });
      }
      await page.goto(base + section, { waitUntil: "load" });
      await page.screenshot({ path: `${shots}/phone-en-section-${kind}.png` });
      await page.click(".menu > summary");
      await page.screenshot({ path: `${shots}/phone-en-section-menu-${kind}.png` });
    }
    await context.close();
    assert.deepEqual(errors, []);
  });

  test(`${kind}: the phone menu opens without JavaScript and leads to the section's pages`, async () => {
    const { page, context } = await newPage({ ...phone, javaScriptEnabled: false });
    await page.goto(base + guidance.vi, { waitUntil: "load" });
    assert.equal(await page.isVisible(".menu-jump"), false);
    // "On this page" is one list too, folded above the text until opened.
    assert.equal(await page.locator("nav.toc").count(), 1);
    assert.equal(await page.isVisible("nav.toc"), false);
    await page.click(".toc-fold > summary");
    const fold = await page.locator(".toc-fold").boundingBox();
    const toc = await page.locator("nav.toc a").first().boundingBox();
    assert.ok(toc && toc.y >= fold.y + fold.height - 1 && toc.x >= 0 && toc.x + toc.width <= 390, JSON.stringify(toc));
    await page.click(".toc-fold > summary");
    assert.equal(await page.isVisible("nav.toc"), false);
    // The header's languages and sections are written once: on a phone they
    // are hidden until the menu opens, and then shown below the header.
    assert.equal(await page.locator(".site-nav").count(), 1);
    assert.equal(await page.isVisible(".site-nav"), false);
    await page.click(".menu > summary");
    const sections = await page.locator(".site-nav a").first().boundingBox();
    const header = await page.locator(".site-header").boundingBox();
    assert.ok(sections && sections.y >= header.y + header.height - 1, JSON.stringify(sections));
    assert.ok(await page.isVisible('.menu-panel .lang-switch a[hreflang="th"]'));
    // The language switcher comes first, seen without scrolling (it sat
    // below 13 links, at y = 949 px on an 844 px screen).
    const langs = await page.locator('.menu-panel .lang-switch a[hreflang="th"]').boundingBox();
    assert.ok(langs.y + langs.height <= 844, JSON.stringify(langs));
    // The section's pages are listed once in a page, below the text on a
    // phone: the menu leads there.
    assert.equal(await page.locator('.menu-panel a[href*="naming-collaborative-processes"]').count(), 0);
    await page.click(".menu-jump");
    const title = await page.locator("#sidebar-title").boundingBox();
    assert.ok(title.y > 0 && title.y < 844 / 2, `the list's title at ${title.y} px after the jump`);
    const main = await page.locator("main").boundingBox();
    const side = await page.locator(".sidebar").boundingBox();
    assert.ok(side.y >= main.y + main.height - 1, `sidebar ${JSON.stringify(side)} main ${JSON.stringify(main)}`);
    const current = page.locator('.sidebar a[aria-current="page"]');
    assert.equal(await current.textContent(), await page.textContent("main h1"));
    assert.ok(await current.isVisible());
    assert.equal(await page.locator(".sidebar li").count(), 11);
    await page.click(".sidebar li a >> nth=0");
    await page.waitForLoadState("load");
    assert.ok(page.url().endsWith("vi/handbook/naming-collaborative-processes/index.html"), page.url());
    await context.close();
  });

  test(`${kind}: the search box works on a phone`, async () => {
    const { page, context, errors } = await newPage(phone);
    await page.goto(base + guidance.en, { waitUntil: "load" });
    await page.tap("#sala-q");
    await page.keyboard.type("risks");
    const first = page.locator("#sala-listbox [role=option] a").first();
    await first.waitFor();
    const box = await page.locator(".search-box").boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390 && box.width > 300, JSON.stringify(box));
    const popup = await page.locator(".search-popup").boundingBox();
    assert.ok(popup.x >= 0 && popup.x + popup.width <= 390, JSON.stringify(popup));
    if (shots) await page.screenshot({ path: `${shots}/phone-en-search-box-${kind}.png` });
    await first.tap();
    await page.waitForURL(/risks\/index\.html/);
    await page.goto(base + "th/search/index.html?q=" + encodeURIComponent("ประสานงาน"), { waitUntil: "load" });
    await page.locator("#sala-search-results li").first().waitFor();
    if (shots) await page.screenshot({ path: `${shots}/phone-th-search-${kind}.png` });
    await context.close();
    assert.deepEqual(errors, []);
  });

  test(`${kind}: a glossary term shows its definition on a first tap, on screen`, async () => {
    const { page, context, errors } = await newPage(phone);
    await page.goto(base + "en/handbook/risks/index.html", { waitUntil: "load" });
    const term = page.locator("main a.gloss").first();
    await term.scrollIntoViewIfNeeded();
    const before = page.url();
    await term.tap();
    assert.equal(page.url(), before, "the first tap stays on the page");
    const def = term.locator(".gloss-def");
    assert.ok(await def.isVisible());
    const r = await def.boundingBox();
    assert.ok(r.x >= 0 && r.x + r.width <= 390 && r.y >= 0 && r.y + r.height <= 844, JSON.stringify(r));
    if (shots) await page.screenshot({ path: `${shots}/phone-en-glossary-tap-${kind}.png` });
    const href = await term.getAttribute("href");
    await term.tap();
    await page.waitForURL((u) => u.href !== before);
    assert.ok(page.url().endsWith(href.replace(/^(\.\.\/)+/, "")), `${page.url()} vs ${href}`);
    await context.close();
    assert.deepEqual(errors, []);
  });

  test(`${kind}: on a wide screen the section's pages and "On this page" sit beside the text`, async () => {
    const { page, context, errors } = await newPage(wide);
    for (const [lang, path] of Object.entries(guidance)) {
      await page.goto(base + path, { waitUntil: "load" });
      const current = page.locator('.sidebar a[aria-current="page"]');
      assert.equal(await current.count(), 1, path);
      assert.equal(await current.textContent(), await page.textContent("main h1"));
      const side = await page.locator(".sidebar").boundingBox();
      const text = await page.locator("main .content").boundingBox();
      const toc = await page.locator("nav.toc").boundingBox();
      assert.ok(side.x + side.width <= text.x, `${path}: sidebar ${JSON.stringify(side)} text ${JSON.stringify(text)}`);
      assert.ok(toc && toc.x >= text.x + text.width, `${path}: toc ${JSON.stringify(toc)}`);
      assert.ok(toc.y < 900 && text.y < 900);
      if (shots) await page.screenshot({ path: `${shots}/wide-${lang}-guidance-${kind}.png` });
    }
    await page.goto(base + section, { waitUntil: "load" });
    assert.equal(await page.getAttribute(".sidebar h2 a", "aria-current"), "page");
    if (shots) await page.screenshot({ path: `${shots}/wide-en-section-${kind}.png` });
    await page.goto(base + "vi/search/index.html?q=" + encodeURIComponent("hop tac"), { waitUntil: "load" });
    await page.locator("#sala-search-results li").first().waitFor();
    if (shots) await page.screenshot({ path: `${shots}/wide-vi-search-${kind}.png` });
    await context.close();
    assert.deepEqual(errors, []);
  });

  test(`${kind}: every page's language switcher offers the same page in each language`, async () => {
    const { page, context } = await newPage(wide);
    for (const path of ["en/topics/index.html", "th/topics/coordination/index.html", "vi/search/index.html", "en/404.html", "vi/countries/index.html"]) {
      await page.goto(base + path, { waitUntil: "load" });
      assert.equal(await page.locator(".lang-switch a.missing").count(), 0, path);
      const hrefs = await page.$$eval(".lang-switch a", (as) => as.map((a) => a.href));
      assert.equal(hrefs.length, 2, path);
      const rest = path.slice(3);
      for (const h of hrefs) assert.ok(h.endsWith(rest), `${path}: ${h}`);
    }
    await context.close();
  });

  test(`${kind}: Latin text on a Thai page is set in the same face as on other pages`, async () => {
    const { page, context } = await newPage(wide);
    const width = async (path) => {
      await page.goto(base + path, { waitUntil: "load" });
      return page.evaluate(() => {
        const s = document.createElement("span");
        s.textContent = "ACCSM Hamburgefonstiv 2012 Quality";
        // On one line: a span that wraps measures the column, not the face.
        s.style.whiteSpace = "nowrap";
        s.style.display = "inline-block";
        document.querySelector("main .content p").appendChild(s);
        return s.getBoundingClientRect().width;
      });
    };
    const en = await width(guidance.en);
    assert.equal(await width(guidance.th), en);
    assert.equal(await width(guidance.vi), en);
    await context.close();
  });

  test(`${kind}: task-list boxes are named; print shows the address, not the navigation`, async () => {
    const { page, context } = await newPage(wide);
    // A page with a task list (the officials' checklist).
    await page.goto(base + "en/handbook/questions-for-officials/index.html", { waitUntil: "load" });
    const names = await page.$$eval(".content li > input[type=checkbox]", (bs) => bs.map((b) => b.getAttribute("aria-label")));
    assert.ok(names.length > 0 && names.every((n) => n && n.length > 10), JSON.stringify(names));
    await page.emulateMedia({ media: "print" });
    assert.ok(await page.isVisible(".print-address"));
    assert.equal((await page.textContent(".print-url")).trim(), page.url().split("#")[0]);
    for (const hidden of [".site-header", ".sidebar", ".see-also", ".terms", ".prev-next", ".toc", ".breadcrumbs"])
      assert.equal(await page.isVisible(hidden), false, hidden);
    assert.ok(await page.isVisible("main h1"));
    await context.close();
  });

  test(`${kind}: the root 404 page is styled and leads home from any folder`, async () => {
    const { page, context } = await newPage(wide);
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(base + "404.html", { waitUntil: "load" });
    const bg = await page.$eval(".site-header", (e) => getComputedStyle(e).backgroundColor);
    assert.equal(bg, "rgb(243, 245, 248)");
    assert.deepEqual(requests.filter((u) => !u.endsWith("404.html")), [], "the 404 page needs no other file");
    await page.click('.choices a[hreflang="th"]');
    await page.waitForLoadState("load");
    assert.ok(page.url().endsWith("th/index.html"), page.url());
    await context.close();
  });

  test(`${kind}: a guidance page weighs under 100 KB with its CSS and JS`, async () => {
    const { page, context } = await newPage(wide);
    const sizes = [];
    page.on("response", async (r) => {
      if (!r.url().includes("/search/")) sizes.push(r.body().then((b) => [r.url(), b.length], () => [r.url(), 0]));
    });
    await page.goto(base + guidance.th, { waitUntil: "load" });
    const all = await Promise.all(sizes);
    const total = all.reduce((n, [, b]) => n + b, 0);
    console.log(`${kind}: ${guidance.th}: ${total} bytes`, all.map(([u, b]) => `${u.split("/").pop() || u} ${b}`).join(", "));
    assert.ok(total < 100_000, `${total} bytes`);
    await context.close();
  });
}
