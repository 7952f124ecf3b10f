// What a first visit sends, offline copy included: a fresh Chromium context (service worker
// allowed) opens one page and waits until the site's service worker controls it; the static
// server counts the bodies it sent (200) and the files it only confirmed unchanged (304).
//   node bench/first_visit_bytes.mjs <site> [page: ''|filing/|estimate/|...]...
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';

const [site, ...pages] = process.argv.slice(2);
if (!site) {
  console.error('usage: node bench/first_visit_bytes.mjs <site> [page]...');
  process.exit(2);
}
const { server, url } = await startServer(site, 0);
let tally = null;
let lastSent = Date.now();
server.on('request', (req, res) => {
  // Bytes as written to the connection (compressed where the server compressed them).
  let bytes = 0;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, ...rest) => {
    if (chunk) bytes += chunk.length;
    return write(chunk, ...rest);
  };
  res.end = (chunk, ...rest) => {
    if (chunk && typeof chunk !== 'function') bytes += chunk.length;
    return end(chunk, ...rest);
  };
  res.on('finish', () => {
    lastSent = Date.now();
    if (!tally) return;
    if (res.statusCode === 304) tally.unchanged++;
    if (res.statusCode !== 200) return;
    tally.bodies++;
    tally.bytes += bytes;
    if (req.url.endsWith('.wasm')) tally.wasm += bytes;
  });
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const where of pages.length ? pages : ['']) {
    tally = { bodies: 0, bytes: 0, wasm: 0, unchanged: 0 };
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(new URL(where, url).href);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
    // Then what the worker fetches after it runs (the files a page asks it to keep, web/sw.js):
    // until the server has sent nothing for 2 s.
    while (Date.now() - lastSent < 2000) await new Promise((resolve) => setTimeout(resolve, 250));
    const kb = (n) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
    console.log(`${(where || 'index').padEnd(13)} ${tally.bodies} bodies, ${kb(tally.bytes)} (wasm files ${kb(tally.wasm)}); ${tally.unchanged} confirmed unchanged (304)`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
