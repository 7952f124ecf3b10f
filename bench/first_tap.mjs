// What a first visit's first tap waits for on a slow phone, where the page draws its first screen
// before the core (filing, eligibility: "Start"; estimate: a place typed in the insured box).
// Lighthouse's mobile throttling is applied by DevTools (slow 4G: 150 ms RTT, 1.44 Mbps down;
// CPU 4x), at 390 px, fresh context, no service worker. Each run prints the time from navigation
// to <html data-ready="1"> and from the tap to its answer (the first question, the place list).
//   node bench/first_tap.mjs <site> <page: filing/|eligibility/|estimate/> [pause ms=3000] [runs=3]
// The pause is the person reading before the tap: with 0 the tap also waits for the module's
// download, which the page started after its first paint (shell/preload-core.js).
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';

const [site, where, pauseMs = '3000', runs = '3'] = process.argv.slice(2);
if (!site || !/^(filing|eligibility|estimate)\/$/.test(where ?? '')) {
  console.error('usage: node bench/first_tap.mjs <site> <filing/|eligibility/|estimate/> [pause ms] [runs]');
  process.exit(2);
}
const { server, url } = await startServer(site, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (let i = 0; i < Number(runs); i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const start = Date.now();
    await page.goto(new URL(where, url).href);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 60000 });
    const ready = Date.now() - start;
    await page.waitForTimeout(Number(pauseMs));
    const tapped = Date.now();
    if (where === 'estimate/') {
      await page.click('#insured-input');
      await page.keyboard.type('bj');
      await page.waitForSelector('#insured-listbox [role="option"]', { timeout: 60000 });
    } else {
      await page.click('#start-button');
      await page.waitForFunction(() => {
        const screen = document.getElementById('screen');
        return screen?.dataset.screen && screen.dataset.screen !== 'start' && screen.querySelector('input');
      }, null, { timeout: 60000 });
    }
    console.log(`${where} run ${i + 1}: ready ${ready} ms; first tap to its answer ${Date.now() - tapped} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
