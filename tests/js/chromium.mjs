// Shared by the browser tests: Debian's Chromium, started headless with
// --no-sandbox, and a page that records what a reader's browser would hit:
// requests outside the site, failed requests and script errors.
import { chromium } from "playwright-core";

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

export async function open(browser, base, path) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const outside = [];
  const failed = [];
  const errors = [];
  page.on("request", (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
  // A request the browser cancels because the page is left (a favicon, or
  // search code a focused box was loading, when a link is followed) is no
  // failure a reader meets: Chromium says net::ERR_ABORTED, Firefox
  // NS_BINDING_ABORTED.
  page.on("requestfailed", (r) => {
    if (!/ERR_ABORTED|NS_BINDING_ABORTED/.test(r.failure()?.errorText || "")) failed.push(r.url());
  });
  page.on("response", (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base + path, { waitUntil: "load" });
  return { page, outside, failed, errors };
}
