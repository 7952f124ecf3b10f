// Offline use (web/sw.js, web/shell/offline.js): after one visit online, the network goes away
// (Chromium's offline emulation, which the service worker's own fetches obey too) and a person
// still opens the estimate page, types a bill and gets the answer to the fen (from their insured
// place's policy file, kept since it was fetched on that visit); every page opens.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/offline.test.mjs
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { enterCase, pickRegion } from './estimate-steps.mjs';
import { openPage, repoRoot, shot, siteDir, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();
const CASE = JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'shipped', 'estimate', 'yuncheng-employee-other-temporary-cut.json'), 'utf8'));

test('after the first visit, the site works with no network: every page opens, an estimate is made', async (t) => {
  const { page, context, problems, requests } = await openPage(env, t);
  // The built worker lists the site and carries a version; the template's placeholders are gone.
  const sw = readFileSync(path.join(siteDir, 'sw.js'), 'utf8');
  assert.doesNotMatch(sw, /^const VERSION = 'dev';$/m);
  const files = JSON.parse(sw.match(/^const FILES = (\[.*\]);$/m)[1]);
  for (const f of ['./', 'estimate/', 'estimate/index.html', 'medins.wasm', 'medins.js', 'vendor/zxing/reader/zxing_reader.wasm']) {
    assert.ok(files.includes(f), `offline list lacks ${f}`);
  }

  // Installed and in control (the first load is not controlled; the worker claims it).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('medins-')));
  assert.equal(cached.length, 1);

  // The policies are not precached (docs/policy-data-plane.md): the person's insured place's
  // file is kept once the estimate page has fetched it, online.
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  await page.check(`input[name="scheme"][value="${CASE.request.person.scheme}"]`);
  await pickRegion(page, 'insured', CASE.request.insured_region);
  await page.waitForSelector(`input[name="policy"][value="${CASE.request.policy}"]`);

  await context.setOffline(true);
  const before = requests.length;
  for (const where of ['filing/', 'eligibility/', 'handover/', '']) {
    await page.goto(`${env.baseUrl}${where}`);
    await waitReady(page);
  }
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  await enterCase(page, CASE.request);
  const sentence = await page.textContent('#result-sentence');
  assert.ok(sentence.includes(formatFen(CASE.expected.result.person_pays_fen)), sentence);
  assert.ok(sentence.includes(formatFen(CASE.expected.result.fund_pays_fen)), sentence);
  await shot(page, 'offline-estimate-zh.png');
  assert.ok(requests.length > before, 'the pages were requested (and answered from the cache)');
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  assert.deepEqual(problems, []);
});

// A first visit to a page that has the core compiled ahead (filing): the page's worker downloads
// the wasm; the service worker is registered once that is done, and its install asks whether the
// files it lists changed (If-None-Match) rather than downloading them again, so the core's wasm
// and the page's own files are sent once, not twice, and the site still works offline after.
test('a first visit sends the core\'s wasm and the page\'s files once, and the offline copy is still made', async (t) => {
  const sent = new Map(); // path → [statuses]
  const count = (req, res) => res.on('finish', () => {
    const { pathname } = new URL(req.url, env.baseUrl);
    sent.set(pathname, [...(sent.get(pathname) ?? []), res.statusCode]);
  });
  env.server.on('request', count);
  t.after(() => env.server.off('request', count));
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(`${env.baseUrl}filing/`);
  await waitReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.deepEqual(sent.get('/medins.wasm'), [200, 304], 'the page\'s download, then the install\'s question');
  for (const file of ['/filing/', '/medins.js', '/shell/first-paint.js', '/styles/shared.css']) {
    assert.equal(sent.get(file)?.filter((s) => s === 200).length, 1, `${file}: ${sent.get(file)}`);
  }
  // What the install kept is the whole file: offline, the flow starts and asks its first question.
  const kept = await page.evaluate(async () => {
    const response = await caches.match(new URL('../medins.wasm', location.href).href, { ignoreSearch: true });
    return response ? (await response.arrayBuffer()).byteLength : 0;
  });
  assert.equal(kept, statSync(path.join(siteDir, 'medins.wasm')).size);
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await page.click('#start-button');
  await page.waitForFunction(() => document.getElementById('screen')?.dataset.screen === 'scheme');
});
