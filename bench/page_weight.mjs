// What each page costs a first-time visitor on loopback: bytes transferred (compressed, as the
// server sends them) by kind (HTML, JS, CSS, wasm, other), and the time from navigation to the
// page being usable (the page sets <html data-ready="1"> once the core has loaded and the first
// screen is drawn), median of RUNS fresh browser contexts with no cache and no service worker.
//   MEDINS_SITE_DIR=build-wasm/site node bench/page_weight.mjs [RUNS=7]
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';

const site = process.env.MEDINS_SITE_DIR ?? 'build-wasm/site';
const runs = Number(process.argv[2] ?? 7);
const PAGES = ['', 'filing/', 'eligibility/', 'estimate/', 'handover/'];
const kindOf = (url, type) => {
  const path = new URL(url).pathname;
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (type === 'Document' || path.endsWith('/') || path.endsWith('.html')) return 'html';
  return 'other';
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const { server, url } = await startServer(site, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const rows = [];
for (const page of PAGES) {
  const times = [];
  let bytes = null;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const meta = new Map();
    const sizes = { html: 0, js: 0, css: 0, wasm: 0, other: 0 };
    cdp.on('Network.responseReceived', (e) => meta.set(e.requestId, kindOf(e.response.url, e.type)));
    cdp.on('Network.loadingFinished', (e) => {
      const kind = meta.get(e.requestId);
      if (kind) sizes[kind] += e.encodedDataLength;
    });
    const start = Date.now();
    await tab.goto(url + page);
    await tab.waitForFunction(() => document.documentElement.dataset.ready === '1');
    times.push(Date.now() - start);
    await tab.waitForLoadState('networkidle');
    bytes ??= sizes;
    await context.close();
  }
  rows.push({ page: page || 'index', ...bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0), ready_ms: median(times) });
}
await browser.close();
server.close();

console.log(`| page | HTML | JS | CSS | wasm | other | total | usable after (median of ${runs}) |`);
console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
for (const r of rows) {
  console.log(`| ${r.page} | ${kb(r.html)} | ${kb(r.js)} | ${kb(r.css)} | ${kb(r.wasm)} | ${kb(r.other)} | ${kb(r.total)} | ${r.ready_ms} ms |`);
}
