// One launch/open API for the browser tests in two browsers, chosen by
// SALA_BROWSER (chromium, the default, or firefox):
// - chromium: Debian's Chromium through playwright-core (./chromium.mjs);
// - firefox: Debian's Firefox ESR through puppeteer-core over WebDriver BiDi.
// The Firefox page is wrapped to answer the part of Playwright's Page API the
// tests use (getAttribute, textContent, click that waits for the page a link
// opens, locator().first()/filter({ hasText }).waitFor()/fill()/textContent(),
// waitForURL, waitForFunction(fn, arg, options), ...), so one test script runs
// in both. `open` records what a reader's browser would hit: requests outside
// the site, failed requests and script errors.
import { launch as launchChromium, open as openChromium } from "./chromium.mjs";

export const browserName = process.env.SALA_BROWSER || "chromium";

export async function launch() {
  if (browserName === "chromium") return launchChromium();
  if (browserName === "firefox") return launchFirefox();
  throw new Error(`SALA_BROWSER=${browserName}: expected chromium or firefox`);
}

export const open = openChromium;

// Whether newPage({ javaScriptEnabled: false }) works in this browser.
export const canDisableJavaScript = browserName === "chromium";

const TIMEOUT = 60_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launchFirefox() {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
    headless: true,
    protocol: "webDriverBiDi",
    timeout: TIMEOUT,
    extraPrefsFirefox: {
      // Nothing of Firefox's own that goes to the network on start-up.
      "app.update.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "toolkit.telemetry.enabled": false,
    },
  });
  return new FirefoxBrowser(browser);
}

class FirefoxBrowser {
  constructor(browser) { this.browser = browser; }
  async newPage(options = {}) {
    const page = await this.browser.newPage();
    page.setDefaultTimeout(TIMEOUT);
    if (options.viewport) await page.setViewport(options.viewport);
    // Firefox ESR's WebDriver BiDi cannot turn scripts off for one page
    // (no emulation.setScriptingEnabled): see canDisableJavaScript.
    if (options.javaScriptEnabled === false) throw new Error("Firefox: no page without JavaScript over BiDi");
    return new FirefoxPage(page);
  }
  close() { return this.browser.close(); }
}

// Playwright's page API on a puppeteer page.
class FirefoxPage {
  constructor(page) {
    this.page = page;
    this.keyboard = page.keyboard;
  }
  // Network events as Playwright's Chromium reports them: without data: URLs
  // (Firefox reports the stylesheet's inline icons and fonts, which never
  // leave the browser).
  on(event, handler) {
    const network = ["request", "requestfailed", "response"].includes(event);
    this.page.on(event, network ? (r) => { if (!r.url().startsWith("data:")) handler(r); } : handler);
    return this;
  }
  url() { return this.page.url(); }
  close() { return this.page.close(); }
  // A page Firefox revalidates from its cache answers 304: loaded all the same.
  async goto(url, options = {}) {
    const res = await this.page.goto(url, { waitUntil: options.waitUntil || "load" });
    return res && { status: () => res.status(), url: () => res.url(), ok: () => res.ok() || res.status() === 304 };
  }
  evaluate(fn, arg) { return this.page.evaluate(fn, arg); }
  $eval(selector, fn, arg) { return this.page.$eval(selector, fn, arg); }
  $$eval(selector, fn, arg) { return this.page.$$eval(selector, fn, arg); }
  screenshot(options) { return this.page.screenshot(options); }
  waitForTimeout(ms) { return sleep(ms); }

  async #first(selector) {
    await this.page.waitForSelector(selector);
    return this.page.$(selector);
  }
  async getAttribute(selector, name) {
    return (await this.#first(selector)).evaluate((e, n) => e.getAttribute(n), name);
  }
  async textContent(selector) {
    return (await this.#first(selector)).evaluate((e) => e.textContent);
  }
  async inputValue(selector) {
    return (await this.#first(selector)).evaluate((e) => e.value);
  }
  // A click on a link waits for the page it opens, as Playwright's
  // click followed by waitForLoadState does.
  async click(selector) {
    const handle = await this.#first(selector);
    const link = await handle.evaluate((e) => {
      const a = e.closest("a[href]");
      return !!a && new URL(a.href).href.split("#")[0] !== location.href.split("#")[0];
    });
    if (link) {
      await Promise.all([this.page.waitForNavigation({ waitUntil: "load" }), handle.click()]);
    } else {
      await handle.click();
    }
  }
  async waitForLoadState() {
    await this.page.waitForFunction(() => document.readyState === "complete");
  }
  // Waits until the page's URL matches and that page has loaded.
  async waitForURL(pattern, { timeout = TIMEOUT } = {}) {
    const matches = (u) => (pattern instanceof RegExp ? pattern.test(u) : u === pattern);
    const end = Date.now() + timeout;
    for (;;) {
      try {
        if (matches(this.page.url()) && (await this.page.evaluate(() => document.readyState)) === "complete") return;
      } catch {
        // The page is between documents: try again.
      }
      if (Date.now() > end) throw new Error(`waitForURL ${pattern}: still at ${this.page.url()}`);
      await sleep(50);
    }
  }
  waitForFunction(fn, arg, options = {}) {
    return this.page.waitForFunction(fn, { timeout: options.timeout ?? TIMEOUT, polling: options.polling ?? "raf" }, arg);
  }
  async waitForSelector(selector, options = {}) {
    const handle = await this.page.waitForSelector(selector, { timeout: options.timeout ?? TIMEOUT });
    return { textContent: () => handle.evaluate((e) => e.textContent) };
  }
  locator(selector) { return new FirefoxLocator(this.page, selector); }
}

// The first visible element matching the selector (and holding the text).
class FirefoxLocator {
  constructor(page, selector, hasText) {
    this.page = page;
    this.selector = selector;
    this.hasText = hasText;
  }
  first() { return this; }
  filter({ hasText }) { return new FirefoxLocator(this.page, this.selector, hasText); }
  async #element() {
    const handle = await this.page.waitForFunction(
      (sel, text) => [...document.querySelectorAll(sel)].find((e) =>
        (text === undefined || e.textContent.includes(text))
        && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"),
      { timeout: TIMEOUT, polling: "raf" }, this.selector, this.hasText);
    return handle;
  }
  async waitFor() { await (await this.#element()).dispose(); }
  async click() { await (await this.#element()).click(); }
  async textContent() { return (await this.#element()).evaluate((e) => e.textContent); }
  // As Playwright's fill: the new value, then one input event.
  async fill(value) {
    await (await this.#element()).evaluate((e, v) => {
      e.focus();
      e.value = v;
      e.dispatchEvent(new Event("input", { bubbles: true }));
    }, value);
  }
}
