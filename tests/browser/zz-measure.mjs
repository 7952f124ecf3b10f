import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';
const { server, url } = await startServer('/tmp/site-shell20', 0);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
await page.goto(url); await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
if (process.argv[2] === 'large') await page.click('#large-text');
for (const lang of ['zh', 'en']) for (const w of ['', 'filing/', 'mydata/']) {
  await page.goto(url + w); await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await page.click('#lang-' + lang);
  const h = await page.evaluate(() => document.querySelector('header.top').getBoundingClientRect().height);
  console.log(lang, w || 'index', Math.round(h), (h / 844 * 100).toFixed(1) + '%');
  await page.screenshot({ path: `/tmp/m-${lang}-${(w||'index/').replace('/','')}.png`, clip: {x:0,y:0,width:390,height:340} });
}
await b.close(); server.close();
