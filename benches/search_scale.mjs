// Search at scale, measured in headless Chromium: bytes the first and later
// queries transfer (search scripts and index files), warm query times, and
// the index's size against the site's HTML. Prints figures; asserts nothing.
//
//   ./target/release/sala synth --pages-per-lang 10000 --out /tmp/synth30k
//   ./target/release/sala build --root /tmp/synth30k --out /tmp/o30k
//   node benches/search_scale.mjs /tmp/o30k
//   SLOW_LINK=100,1600 node benches/search_scale.mjs /tmp/o30k
// SLOW_LINK=<round trip ms>,<kbit/s>: every page on an emulated slow link
// (Chromium's network emulation), as readers on a phone or a rural office
// have it; cold times then count round trips, not the loopback's noise.
// FOCUS=1: the search box is focused 400 ms before each first query, as a
// reader's typing gives it, so cold times are what a reader waits for (the
// bytes are the same).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { launch } from "../tests/js/chromium.mjs";

const site = path.resolve(process.argv[2] || "public");
const queries = {
  th: ["ประสานงาน", "ผู้มีส่วนได้ส่วนเสีย", "การแก้ไขข้อขัดแย้ง", "ประสาน งาน"],
  vi: ["hợp tác", "hop tac", "quản lý rủi ro", "đồng thuận"],
  en: ["risks", "managing stakeholders", "coordination", "collab"],
};

function sizeOf(dir, test) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += sizeOf(p, test);
    else if (test(p)) total += fs.statSync(p).size;
  }
  return total;
}

const server = http.createServer((req, res) => {
  const file = path.join(site, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  const type = file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "text/html";
  res.writeHead(200, { "content-type": type + "; charset=utf-8" });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const kb = (n) => (n / 1024).toFixed(1) + " KB";

// A first query on a fresh page of `lang` (nothing cached), by the page's
// `window.sala[api]`: its result, its time, and the page, its context and
// `bytes()`, what the page has loaded of search scripts and index files so far.
async function coldQuery(lang, api, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (process.env.SLOW_LINK) {
    const [rtt, kbps] = process.env.SLOW_LINK.split(",").map(Number);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: rtt, downloadThroughput: (kbps * 1024) / 8, uploadThroughput: (kbps * 1024) / 8,
    });
  }
  let bytes = 0;
  page.on("requestfinished", (r) => {
    const u = new URL(r.url());
    if (u.pathname.includes("/search/") || /\/assets\/search[^/]*\.js$/.test(u.pathname))
      bytes += fs.statSync(path.join(site, decodeURIComponent(u.pathname))).size;
  });
  await page.goto(base + `${lang}/index.html`, { waitUntil: "load" });
  if (process.env.FOCUS) {
    // As a reader: the box is focused (which loads the search code and the
    // language's meta.js) and a query typed in the next 400 ms.
    await page.focus("input[type=search]");
    await new Promise((r) => setTimeout(r, 400));
  }
  const t0 = Date.now();
  const result = await page.evaluate(([api, q, lang]) => window.sala[api](q, { lang, limit: 10 }), [api, q, lang]);
  const cold = Date.now() - t0;
  return { context, page, bytes: () => bytes, result, cold };
}

const warmAll = [];
for (const [lang, qs] of Object.entries(queries)) {
  for (const [i, q] of qs.entries()) {
    const { context, page, bytes, result: found, cold } = await coldQuery(lang, "search", q);
    const first = bytes();
    // A later query on the same page: the next query of the list.
    const other = qs[(i + 1) % qs.length];
    await page.evaluate(([q, lang]) => window.sala.search(q, { lang, limit: 10 }), [other, lang]);
    const later = bytes() - first;
    // Warm: the same queries again, timed in the page.
    const warm = await page.evaluate(async ([qs, lang]) => {
      const out = [];
      for (let k = 0; k < 10; k++)
        for (const q of qs) {
          const t = performance.now();
          await window.sala.search(q, { lang, limit: 10 });
          out.push(performance.now() - t);
        }
      return out;
    }, [[q, other], lang]);
    warmAll.push(...warm);
    console.log(`${lang} ${JSON.stringify(q).padEnd(26)} ${String(found.length).padStart(2)} results  first query ${kb(first).padStart(9)} in ${cold} ms  next query (${other}) ${kb(later).padStart(9)}  warm p95 ${pct(warm, 0.95).toFixed(1)} ms`);
    await context.close();
  }
}
console.log(`warm queries: median ${pct(warmAll, 0.5).toFixed(1)} ms, p95 ${pct(warmAll, 0.95).toFixed(1)} ms over ${warmAll.length}`);

// Corrected queries (search that forgives): typos (English and Thai), Telex,
// VNI and a layout slip, against the same query typed right, each on a fresh page.
const corrected = [
  ["en", "coordiantion", "coordination"],
  ["en", "stakehodlers", "stakeholders"],
  ["vi", "hopwj tacs", "hợp tác"],
  ["vi", "ru3i ro", "rủi ro"],
  ["th", "xitlko'ko", "ประสานงาน"],
  ["th", "ผู้มีส่วนไดส่วนเสีย", "ผู้มีส่วนได้ส่วนเสีย"],
  ["th", "ประสานงาร", "ประสานงาน"],
];
async function firstQuery(lang, q) {
  const { context, page, bytes, result: r, cold } = await coldQuery(lang, "searchForgiving", q);
  // 40 repeats, so that the p95 is not simply the slowest of a few.
  const warm = await page.evaluate(async ([q, lang]) => {
    const out = [];
    for (let k = 0; k < 40; k++) {
      const t = performance.now();
      await window.sala.searchForgiving(q, { lang, limit: 10 });
      out.push(performance.now() - t);
    }
    return out;
  }, [q, lang]);
  await context.close();
  return { bytes: bytes(), cold, warm: pct(warm, 0.95), found: r.results.length, used: r.used || "" };
}
for (const [lang, typed, right] of corrected) {
  const a = await firstQuery(lang, typed);
  const b = await firstQuery(lang, right);
  console.log(`corrected ${lang} ${JSON.stringify(typed).padEnd(16)} -> ${JSON.stringify(a.used).padEnd(18)} ${String(a.found).padStart(2)} results  first query ${kb(a.bytes).padStart(9)} (typed right: ${kb(b.bytes)}, +${kb(a.bytes - b.bytes)}) in ${a.cold} ms (right: ${b.cold} ms)  warm p95 ${a.warm.toFixed(1)} ms`);
}
const html = sizeOf(site, (p) => p.endsWith(".html"));
const index = fs.existsSync(path.join(site, "search")) ? sizeOf(path.join(site, "search"), () => true) : 0;
console.log(`index ${(index / 1048576).toFixed(1)} MB, HTML ${(html / 1048576).toFixed(1)} MB: ${(100 * index / html).toFixed(1)} % of the HTML`);
await browser.close();
server.close();
