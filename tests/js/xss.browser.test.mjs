// Real Chromium opens every page of the hostile sites of tests/common/xss/, built
// from tests/xss_payloads.json, from file:// and over HTTP, plus the search
// page and the search box with queries that match the payloads, and fails on
// any dialog, any `window.__xss` marker (in any frame), any event handler
// attribute, any javascript:/vbscript:/data: URL in a URL attribute, srcdoc,
// frames, objects, <base>, <meta http-equiv>, style elements, and any script
// that is not one of the theme's assets or the search index.
// Run by tests/xss_browser.rs, which passes the two base URLs and a config file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch } from "./chromium.mjs";

const bases = { file: process.env.SALA_FILE_BASE, http: process.env.SALA_HTTP_BASE };
const config = JSON.parse(readFileSync(process.env.SALA_XSS_CONFIG, "utf8"));
const payloads = JSON.parse(readFileSync(new URL("../xss_payloads.json", import.meta.url), "utf8"));
const names = new Map();
for (const list of [payloads.html, payloads.markdown, payloads.urls]) for (const p of list) names.set(p.id, p.name);
const QUERIES = ["onerror", "script", "javascript", "xss"];
const PARALLEL = 3;
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// "#7 'img onerror'" for the markers found in `text`.
function which(text) {
  const ids = new Set();
  for (const m of String(text).matchAll(/(?:alert|msgbox)\((\d+)\)|__xss=(\d+)/g)) ids.add(Number(m[1] ?? m[2]));
  return ids.size ? [...ids].map((id) => `#${id} '${names.get(id) ?? "?"}'`).join(", ") : "payload not identified";
}

// Runs in every frame: what a payload could have left behind in the DOM.
function inspect(allowed) {
  const problems = [];
  const URL_ATTRS = new Set(["href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset",
    "lowsrc", "dynsrc", "codebase", "cite", "longdesc", "usemap", "ping", "manifest", "icon", "profile", "archive",
    "classid", "values", "to", "from"]);
  // A URL as the browser reads its scheme: no whitespace or controls.
  const squeeze = (v) => v.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u205f\u3000\ufeff]/g, "").toLowerCase();
  const badScheme = /^(javascript|vbscript|livescript|data):/;
  const show = (el) => { const h = el.outerHTML; return h.length > 300 ? h.slice(0, 300) + "…" : h; };
  const flag = (why, el) => problems.push({ why, html: show(el) });
  const own = (u) => u.protocol === location.protocol && u.host === location.host;
  const scriptOk = (el) => {
    if (!el.hasAttribute("src")) return allowed.inlineScripts.includes(el.textContent);
    const u = new URL(el.src, location.href);
    if (!own(u) || el.textContent.trim() !== "") return false;
    return allowed.assets.some((a) => u.pathname.endsWith("/assets/" + a)) ||
      /\/search\/[^/]+\/(meta|[a-z]+\/\d+)\.js$/.test(u.pathname);
  };
  const elements = [...document.querySelectorAll("*")];
  for (const t of document.querySelectorAll("template")) elements.push(...t.content.querySelectorAll("*"));
  for (const el of elements) {
    const tag = el.localName;
    for (const a of el.attributes) {
      const n = a.name.toLowerCase();
      if (n.startsWith("on")) flag(`event handler attribute ${n}`, el);
      else if (n === "srcdoc") flag("srcdoc attribute", el);
      else if (URL_ATTRS.has(n) || n.endsWith(":href")) {
        const values = n === "srcset" || n === "values" ? a.value.split(/[,;]/).map((s) => s.trim().split(/\s+/)[0]) : [a.value];
        for (const v of values.map(squeeze)) {
          const image = tag === "img" && n === "src" && v.startsWith("data:image/"); // images run no script
          const noIcon = tag === "link" && n === "href" && v === "data:,"; // the root 404's inert "no icon"
          if (badScheme.test(v) && !image && !noIcon) flag(`${n}=${JSON.stringify(a.value)}`, el);
        }
      } else if (n === "style" && /javascript:|vbscript:|expression\(/.test(squeeze(a.value))) flag("style attribute", el);
    }
    if (["iframe", "frame", "frameset", "object", "embed", "applet", "base"].includes(tag)) flag(`<${tag}> element`, el);
    // The theme's own style element (the root 404 page carries its CSS inline).
    if (tag === "style" && !el.textContent.startsWith("/* sala theme: ")) flag("<style> element", el);
    if (tag === "meta" && el.hasAttribute("http-equiv")) flag("<meta http-equiv>", el);
    if (tag === "link") {
      const rel = (el.getAttribute("rel") || "").toLowerCase();
      const own = (name) => new URL(el.href, location.href).pathname.endsWith(`/assets/${name}`);
      // The root 404 page asks for no icon file: an empty data: URL, inert.
      const noIcon = rel === "icon" && el.getAttribute("href") === "data:,";
      if (!(rel === "alternate" || (rel === "stylesheet" && own("style.css")) || (rel === "icon" && own("icon.svg")) || noIcon)) flag(`<link rel=${rel}>`, el);
    }
    if (tag === "script" && !scriptOk(el)) flag("a script not from the theme or the search index", el);
  }
  return { problems, marker: window.__xss ?? null };
}

// One reusable tab: records dialogs, popups and navigations away.
async function tab(base) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const state = { dialogs: [], popups: [], navigations: [], expected: null };
  page.on("dialog", (d) => { state.dialogs.push(`${d.type()} dialog "${d.message()}"`); d.dismiss().catch(() => {}); });
  page.on("popup", (p) => { state.popups.push(p.url()); p.close().catch(() => {}); });
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame() && state.expected && f.url().split("#")[0] !== state.expected) state.navigations.push(f.url());
  });
  page.on("pageerror", () => {}); // Broken theme scripts are not this test's subject.
  return { page, state, base };
}

// Everything wrong with the page as it is now, one line each.
async function check(t, label) {
  const { page, state } = t;
  const out = [];
  // Hover and focus everything in the page (handlers that survived would run).
  await page.evaluate(() => {
    for (const el of document.querySelectorAll("main *, header *, footer *")) {
      for (const type of ["mouseover", "pointerover", "focus", "focusin"]) el.dispatchEvent(new Event(type, { bubbles: true }));
    }
  }).catch(() => {});
  await page.waitForTimeout(30);
  for (const frame of page.frames()) {
    let found;
    try {
      found = await frame.evaluate(inspect, { inlineScripts: config.inlineScripts, assets: config.assets });
    } catch (e) {
      out.push(`could not inspect frame ${frame.url()}: ${String(e).split("\n")[0]}`);
      continue;
    }
    const where = frame === page.mainFrame() ? "" : ` (frame ${frame.url().slice(0, 80)})`;
    if (found.marker !== null) out.push(`window.__xss = ${found.marker}${where}: ${which(`__xss=${found.marker}`)}`);
    for (const p of found.problems) out.push(`${p.why}${where}: ${p.html} [${which(p.html)}]`);
  }
  for (const d of state.dialogs) out.push(`${d} [${which(`alert(${d.match(/"(\d+)"/)?.[1]})`)}]`);
  for (const u of state.popups) out.push(`popup opened: ${u}`);
  for (const u of state.navigations) out.push(`navigated away to ${u.slice(0, 200)}`);
  state.dialogs = []; state.popups = []; state.navigations = [];
  return out.map((line) => `${label}\n    ${line}`);
}

async function visit(t, path) {
  const url = t.base + path;
  t.state.expected = url.split("#")[0];
  try {
    await t.page.goto(url, { waitUntil: "load", timeout: 15000 });
  } catch (e) {
    return [`${url}\n    did not load: ${String(e).split("\n")[0]}`];
  }
  await t.page.waitForTimeout(50);
  return check(t, url);
}

async function pool(base, items, work) {
  const tabs = await Promise.all(Array.from({ length: PARALLEL }, () => tab(base)));
  const queue = [...items];
  const out = [];
  await Promise.all(tabs.map(async (t) => {
    for (let item; (item = queue.shift()) !== undefined;) out.push(...await work(t, item));
  }));
  await Promise.all(tabs.map((t) => t.page.close()));
  return out;
}

function fail(kind, what, problems) {
  const unique = [...new Set(problems)];
  const shown = unique.slice(0, 150).join("\n");
  assert.fail(`${kind}: ${unique.length} problem(s) ${what}:\n${shown}${unique.length > 150 ? "\n…" : ""}`);
}

// The checks themselves: a page written by hand with live payloads must fail.
test("the checks catch live payloads (a hand-written page)", async () => {
  const [problems] = await Promise.all([pool(bases.http, [config.canary], visit)]);
  const all = problems.join("\n");
  for (const expected of ["dialog \"1\"", "window.__xss = 2", "event handler attribute onerror", "href=", "srcdoc attribute",
    "a script not from the theme", "<base> element", "event handler attribute ontoggle"]) {
    assert.ok(all.includes(expected), `the checks missed: ${expected}\n${all}`);
  }
});

for (const [kind, base] of Object.entries(bases)) {
  test(`${kind}: no page of the hostile sites runs a payload`, async () => {
    assert.ok(config.pages.length > 50, "pages to check");
    const problems = await pool(base, config.pages, visit);
    if (problems.length) fail(kind, `on ${config.pages.length} pages`, problems);
  });

  test(`${kind}: search results for words of the payloads run nothing`, async () => {
    const found = {};
    const searches = [];
    for (const lang of config.langs) for (const q of QUERIES) searches.push({ lang, q, all: false });
    for (const q of QUERIES) searches.push({ lang: "en", q, all: true });
    const problems = await pool(base, searches, async (t, { lang, q, all }) => {
      const path = `${config.searchRoot}${lang}/search/index.html?q=${encodeURIComponent(q)}${all ? "&all=1" : ""}`;
      const out = await visit(t, path);
      try {
        await t.page.waitForFunction(() => {
          const r = document.querySelector("#sala-search-results");
          const s = document.querySelector("#sala-search-status");
          return r && (r.children.length > 0 || (s && s.textContent !== "" && s.textContent !== r.dataset.loading));
        }, null, { timeout: 10000 });
      } catch {
        return [...out, `${t.base}${path}\n    search never finished`];
      }
      const n = await t.page.locator("#sala-search-results li").count();
      found[lang] = (found[lang] ?? 0) + n;
      return [...out, ...await check(t, `${t.base}${path} (${n} results)`)];
    });
    if (problems.length) fail(kind, "on search pages", problems);
    for (const lang of config.langs) assert.ok(found[lang] > 0, `no search results at all in ${lang}: the check saw nothing`);
  });

  test(`${kind}: the search box shows payload matches without running them`, async () => {
    const problems = await pool(base, QUERIES, async (t, q) => {
      const out = await visit(t, config.boxPage);
      const label = `${t.base}${config.boxPage} (search box: ${q})`;
      const options = t.page.locator("#sala-listbox [role=option]");
      await t.page.locator("#sala-q").fill(q);
      try {
        await options.first().waitFor({ timeout: 10000 });
      } catch {
        return [...out, `${label}\n    no result shown`];
      }
      out.push(...await check(t, label));
      // Every language too.
      await t.page.click(".search-scope").catch(() => {});
      await t.page.waitForTimeout(300);
      out.push(...await check(t, `${label}, all languages`));
      return out;
    });
    if (problems.length) fail(kind, "in the search box", problems);
  });
}
