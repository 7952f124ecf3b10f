// Offline use (web/sw.js, web/shell/offline.js): after one visit online, the network goes away
// (Chromium's offline emulation, which the service worker's own fetches obey too) and a person
// still opens the estimate page, types a bill and gets the answer to the fen (from their insured
// place's policy file, kept since it was fetched on that visit); every page opens.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/offline.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
