// The root 404 page as a web server shows it for a missing address at any
// depth (nginx `error_page 404 /kb/404.html;`, Apache `ErrorDocument`): it
// finds the site by itself (no base_url), speaks the language the address
// names, and its links lead home. Run by tests/browser.rs in Chromium and
// Firefox, behind a server that answers every missing address with the
// site's 404.html.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open as openIn } from "./browsers.mjs";

const base = process.env.SALA_HTTP_BASE;
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const cases = [
  // [missing address under the site, language the page should speak]
  ["no-such-page.html", "en"],
  ["th/no-such-folder/", "th"],
  ["vi/handbook/gone/deeper/page.html", "vi"],
];

for (const [path, lang] of cases) {
  const depth = path.split("/").length - 1;
  test(`a missing address ${depth} folder(s) deep: the 404 page in ${lang} leads home`, async () => {
    const { page, outside } = await openIn(browser, base, path);
    await page.waitForFunction(() => !!document.querySelector("head > base"), null, { timeout: 20_000 });
    assert.equal(await page.getAttribute("html", "lang"), lang);
    const text = page.locator(".nf-text:not([hidden]) p").first();
    assert.ok((await text.textContent()).length > 10);
    await page.click(".nf-text:not([hidden]) a");
    await page.waitForURL(new RegExp(`/${lang}/index\\.html$`));
    assert.ok(page.url().startsWith(base), page.url());
    assert.equal(await page.getAttribute("html", "lang"), lang);
    // The home page itself loaded, with its stylesheet.
    const bg = await page.$eval(".site-header", (e) => getComputedStyle(e).backgroundColor);
    assert.equal(bg, "rgb(243, 245, 248)");
    assert.deepEqual(outside, [], "requests outside the site");
  });
}

test("the language chooser of a deep 404 leads to each language's home", async () => {
  const { page } = await openIn(browser, base, "en/handbook/nope/x/");
  await page.waitForFunction(() => !!document.querySelector("head > base"), null, { timeout: 20_000 });
  await page.click('.choices a[hreflang="th"]');
  await page.waitForURL(/\/th\/index\.html$/);
  assert.ok(page.url().startsWith(base), page.url());
});
