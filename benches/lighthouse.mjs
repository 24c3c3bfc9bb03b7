#!/usr/bin/env node
// Lighthouse (npm `lighthouse`, pinned in benches/package.json: install it
// with `npm ci --prefix benches`; the tests do not need it) on a Thai and a
// Vietnamese guidance page, over HTTP, with its default mobile settings
// (a mid-range phone on a slow 4G link, simulated). Prints the four category
// scores (performance, accessibility, best practices, SEO; 0-100) and the
// page weight per page, and the audits that cost points. A measurement, not
// a test: it exits 0 whatever the scores (and 1 only when it cannot run).
//
// It builds nothing: build the site first, then give its folder (served here
// on a loopback port) or the address where it is already served:
//
//   cargo run --release -- build --out /tmp/kb
//   node benches/lighthouse.mjs /tmp/kb
//   node benches/lighthouse.mjs http://127.0.0.1:1111/kb/
//   node benches/lighthouse.mjs /tmp/kb th/handbook/risks/index.html vi/sources/index.html
//
// The pages default to th/handbook/risks/index.html and
// vi/handbook/risks/index.html. Chromium comes from the system: CHROME_PATH,
// else /usr/bin/chromium. `--json FILE` also writes the full results there.
import { createServer } from "node:http";
import { createReadStream, statSync, writeFileSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const args = process.argv.slice(2);
let jsonOut;
const rest = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--json") jsonOut = args[++i];
  else rest.push(args[i]);
}
const [target, ...pageArgs] = rest;
if (!target) {
  console.error("usage: node benches/lighthouse.mjs <built site folder | http URL> [page ...] [--json FILE]");
  process.exit(1);
}
const pages = pageArgs.length ? pageArgs : ["th/handbook/risks/index.html", "vi/handbook/risks/index.html"];

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp", ".woff2": "font/woff2",
  ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".pdf": "application/pdf",
};

// A plain static server on 127.0.0.1, as a ministry's web server would serve
// the folder (no compression: the weights printed are the files' own sizes).
function serve(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const size = statSync(file).size;
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "content-length": size });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

let server;
let base = target;
if (!/^https?:\/\//.test(target)) {
  server = await serve(target);
  base = `http://127.0.0.1:${server.address().port}/`;
}
if (!base.endsWith("/")) base += "/";

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const results = {};
try {
  for (const page of pages) {
    const url = base + page;
    const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    const lhr = run.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const weight = lhr.audits["total-byte-weight"]?.numericValue ?? 0;
    const row = {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      kb: Math.round(weight / 102.4) / 10,
      requests: lhr.audits["network-requests"]?.details?.items?.length,
      lcp_ms: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
    };
    // What cost points: audits that count in a category and did not pass.
    const lost = [];
    for (const [cat, c] of Object.entries(lhr.categories)) {
      for (const ref of c.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) lost.push(`${cat}: ${a.id} (${a.score})`);
      }
    }
    results[page] = { ...row, lost, lighthouse: lhr.lighthouseVersion };
    if (jsonOut) results[page].lhr = lhr;
  }
} finally {
  await chrome.kill();
  server?.close();
}

console.log(`Lighthouse ${Object.values(results)[0]?.lighthouse}, mobile, ${base}`);
console.log("page".padEnd(40), "perf  a11y  best  seo   weight     requests  LCP");
for (const [page, r] of Object.entries(results)) {
  console.log(page.padEnd(40), String(r.performance).padEnd(5), String(r.accessibility).padEnd(5),
    String(r["best-practices"]).padEnd(5), String(r.seo).padEnd(5), `${r.kb} KiB`.padEnd(10), String(r.requests).padEnd(9), `${r.lcp_ms} ms`);
  for (const l of r.lost) console.log("    lost:", l);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));
