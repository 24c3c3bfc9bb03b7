// Real Chromium or Firefox (SALA_BROWSER, see browsers.mjs) reads a built site
// from file:// and over HTTP under a sub-path:
// the stylesheet applies, the language is declared, links and the language
// switcher work, and nothing is requested from outside the site.
// Run by tests/browser.rs, which builds the site and passes its two base URLs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { launch, open as openIn, canDisableJavaScript } from "./browsers.mjs";

const bases = { file: process.env.SALA_FILE_BASE, http: process.env.SALA_HTTP_BASE };
const shots = process.env.SALA_SCREENSHOTS;
let browser;

before(async () => {
  browser = await launch();
  if (shots) mkdirSync(shots, { recursive: true });
});
after(async () => { await browser?.close(); });
const open = (base, path) => openIn(browser, base, path);

for (const [kind, base] of Object.entries(bases)) {
  test(`${kind}: a Vietnamese page reads correctly`, async () => {
    const { page, outside, failed } = await open(base, "vi/handbook/risks/index.html");
    assert.equal(await page.getAttribute("html", "lang"), "vi");
    assert.equal(await page.textContent("h1"), "Bảy rủi ro thường gặp");
    // The stylesheet applied (relative link resolved).
    const bg = await page.$eval(".site-header", (e) => getComputedStyle(e).backgroundColor);
    assert.equal(bg, "rgb(243, 245, 248)");
    // Every internal link resolves to a page that loads.
    const hrefs = await page.$$eval("main a[href]", (as) => as.map((a) => a.href).filter((h) => !h.includes("#") || h.split("#")[0]));
    for (const href of new Set(hrefs.map((h) => h.split("#")[0]))) {
      const p = await browser.newPage();
      const res = await p.goto(href);
      assert.ok(res === null || res.ok(), `${href} did not load`);
      await p.close();
    }
    if (shots) await page.screenshot({ path: `${shots}/vi-${kind}.png`, fullPage: true });
    assert.deepEqual(outside, [], "requests outside the site");
    assert.deepEqual(failed, [], "failed requests");
    await page.close();
  });

  test(`${kind}: the language switcher leads to the Thai translation`, async () => {
    const { page, outside } = await open(base, "vi/handbook/risks/index.html");
    await page.click('.lang-switch a[hreflang="th"]');
    await page.waitForLoadState("load");
    assert.ok(page.url().endsWith("th/handbook/risks/index.html"), page.url());
    assert.equal(await page.getAttribute("html", "lang"), "th");
    assert.equal(await page.textContent("h1"), "ความเสี่ยงเจ็ดประการ");
    if (shots) await page.screenshot({ path: `${shots}/th-${kind}.png`, fullPage: true });
    assert.deepEqual(outside, []);
    await page.close();
  });

  test(`${kind}: the root page offers every language without JavaScript`, async () => {
    // Where scripts cannot be turned off (Firefox over BiDi), a page with no
    // script at all reads the same without them.
    const page = await browser.newPage({ javaScriptEnabled: !canDisableJavaScript });
    await page.goto(base + "index.html");
    if (!canDisableJavaScript) {
      assert.equal(await page.evaluate(() => document.querySelectorAll("script, [onload], [onclick]").length), 0);
    }
    const links = await page.$$eval(".choices a", (as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(links, ["vi/index.html", "th/index.html", "en/index.html"]);
    await page.click('.choices a[hreflang="en"]');
    assert.equal(await page.textContent("h1"), "Test home");
    await page.close();
  });
}
