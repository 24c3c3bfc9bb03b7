// A page of another site (served from another loopback address) includes
// the `sala serve` preview's search script as a classic script and asks it
// for a draft's text: the preview refuses the request (Sec-Fetch-Site,
// Referer), so the page reads nothing. Run by tests/browser.rs in Chromium
// and Firefox.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./browsers.mjs";

const attack = process.env.SALA_ATTACK_URL;
const secret = process.env.SALA_SECRET;
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a page of another site reads nothing of the preview's drafts", async () => {
  const page = await browser.newPage();
  await page.goto(attack);
  await page.waitForFunction(() => document.title.startsWith("DONE"), null, { timeout: 30_000 });
  const title = await page.evaluate(() => document.title);
  assert.ok(!title.includes(secret) && !title.includes("Secret draft"), `the draft leaked: ${title}`);
  assert.match(title, /^DONE no-api/, title);
  await page.close();
});
