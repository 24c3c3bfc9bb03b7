// `sala serve` in real Chromium or Firefox (SALA_BROWSER, see browsers.mjs):
// after a save the page reloads by itself with the new content; a bad edit
// shows the error overlay (file:line and hint), and fixing the file clears it.
// Run by tests/browser.rs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { launch } from "./browsers.mjs";

const base = process.env.SALA_SERVE_URL;
const file = process.env.SALA_SERVE_ROOT + "/content/vi/handbook/risks.md";

test("serve: reload after a save, overlay on a bad edit until it is fixed", async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(base + "vi/handbook/risks/");
    const original = readFileSync(file, "utf8");
    // Let the reload script learn the current version first.
    await page.waitForTimeout(300);

    writeFileSync(file, original.replace("Bảy rủi ro thường gặp", "Bảy rủi ro mới"));
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Bảy rủi ro mới", null, { timeout: 10000 });

    writeFileSync(file, original.replace("title: Bảy", "titel: Bảy"));
    const overlay = await page.waitForSelector("#sala-error-overlay", { timeout: 10000 });
    const text = await overlay.textContent();
    assert.match(text, /content\/vi\/handbook\/risks\.md:2:1: error: front matter: unknown field 'titel'/);
    assert.match(text, /did you mean 'title'\?/);

    writeFileSync(file, original);
    await page.waitForFunction(
      () => !document.getElementById("sala-error-overlay") && document.querySelector("h1")?.textContent === "Bảy rủi ro thường gặp",
      null, { timeout: 10000 });
  } finally {
    await browser.close();
  }
});
