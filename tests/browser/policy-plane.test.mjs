// The estimate page fetches the insured place's policy from the site (the core carries none,
// web/components/policy-plane), estimates with it, and estimates again with no network from the
// copy the service worker kept. When the file cannot be had (never fetched and offline, missing,
// broken), the page says so in a plain sentence and asks for the figures; nothing typed is lost.
// The "places we know" screen lists the shipped places in both languages; the figures a person
// typed download as a policy file that the core validates.
// Run: MEDINS_SITE_DIR=build-wasm/site MEDINS_CLI=build/native/medins node --test tests/browser/policy-plane.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { enterCase, pickRegion } from './estimate-steps.mjs';
import { askCore } from './flow-steps.mjs';
import { openPage, repoRoot, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();
const cli = process.env.MEDINS_CLI ?? 'build/native/medins';
const CASE = JSON.parse(readFileSync(path.join(repoRoot, 'tests/shipped/estimate/yuncheng-employee-other-temporary-cut.json'), 'utf8'));
const POLICY_URL = `policies/${CASE.request.policy}.json`;
const PHONE = { viewport: { width: 390, height: 844 } };
const POINTER = /\/(versions|policy|inpatient)\/|#\/|\bpolicy\.\w+/;

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function sentence(page) {
  const text = await page.textContent('#result-sentence');
  assert.ok(text.includes(formatFen(CASE.expected.result.person_pays_fen)), text);
  assert.ok(text.includes(formatFen(CASE.expected.result.fund_pays_fen)), text);
}

/** The place and a bill typed in, then the policy part as it stands (no submit). */
async function typeCase(page, insured = CASE.request.insured_region) {
  await page.check(`input[name="scheme"][value="${CASE.request.person.scheme}"]`);
  await page.check(`input[name="employment"][value="${CASE.request.person.employment}"]`);
  await page.check(`input[name="setting"][value="${CASE.request.visit.setting}"]`);
  await page.fill('#line-0-amount', '1234.56');
  await pickRegion(page, 'insured', insured);
}

async function assertFallsBack(page, problem, name) {
  const notice = await page.waitForSelector(`#policy-problem[data-problem="${problem}"]`);
  const text = await notice.textContent();
  assert.doesNotMatch(text, POINTER, 'no pointer or code shown to a person');
  // The questions for the figures, and what was typed is still there.
  assert.equal(await page.isChecked('input[name="policy"][value="own"]'), true);
  assert.ok(await page.isVisible('#own-deductible'));
  assert.equal(await page.inputValue('#line-0-amount'), '1234.56');
  // The policy part as a person on a phone sees it.
  await page.locator('#section-policy').screenshot({ path: path.join(screenshotDir, name) });
  return text;
}

test('the place\'s file is fetched once, estimated with, and estimated with again offline', async (t) => {
  const { page, context, problems, requests } = await openPage(env, t);
  await controlled(page);
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  assert.equal(requests.filter((u) => u.includes('/policies/')).length, 0, 'nothing fetched before a place is known');
  await enterCase(page, CASE.request);
  await sentence(page);
  const fetched = requests.filter((u) => u.includes('/policies/')).map((u) => new URL(u).pathname);
  assert.ok(fetched.includes(`/${POLICY_URL}`), fetched.join());
  assert.ok(fetched.includes('/policies/index.json'), fetched.join());
  // Only the place's own files: not the other shipped places.
  assert.ok(!fetched.some((u) => u.includes('/110000/') || u.includes('/532625/')), fetched.join());

  await context.setOffline(true);
  await page.goto(`${env.baseUrl}estimate/#/result`);
  await waitReady(page);
  await page.waitForSelector('#result-sentence');
  await sentence(page);
  await shot(page, 'plane-offline-estimate-zh.png');
  assert.deepEqual(problems, []);
});

test('a treatment place being typed when the insured place\'s file arrives stays typed, its suggestions open', async (t) => {
  // The service worker is kept out: a request it makes for the page is not held by page.route.
  const { page, problems } = await openPage(env, t, { ...PHONE, serviceWorkers: 'block' });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`**/${POLICY_URL}`, async (route) => { await held; await route.continue(); });
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  await typeCase(page);
  const code = CASE.request.treatment_region;
  await page.click('#treatment-input');
  await page.keyboard.type(code);
  await page.waitForFunction(() => document.getElementById('treatment-listbox').dataset.query === document.getElementById('treatment-input').value);
  await page.evaluate(() => { document.getElementById('treatment-input').dataset.before = 'yes'; });
  release();
  // The file has arrived when the form is drawn again (a new input element).
  await page.waitForFunction(() => document.getElementById('treatment-input')?.dataset.before !== 'yes');
  assert.equal(await page.inputValue('#treatment-input'), code);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'treatment-input');
  // The person picks from the suggestions without typing again.
  const { result } = await askCore(page, 'region.get', { code });
  await page.click(`#treatment-listbox [role="option"] >> text="${result.full_name}"`);
  assert.equal(await page.inputValue('#treatment-input'), result.full_name);
  assert.equal(await page.inputValue('#line-0-amount'), '1234.56');
  assert.deepEqual(problems, []);
});

test('offline before the place\'s file was ever fetched: a plain sentence and the figure questions', async (t) => {
  const { page, context } = await openPage(env, t, PHONE);
  await controlled(page);
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  await context.setOffline(true);
  await typeCase(page);
  const text = await assertFallsBack(page, 'offline', 'plane-never-fetched-offline-zh.png');
  assert.match(text, /没有网络/);
  await page.click('#lang-en');
  assert.match(await page.textContent('#policy-problem'), /no connection/);
  await page.click('#large-text');
  await page.locator('#section-policy').screenshot({ path: path.join(screenshotDir, 'plane-never-fetched-offline-en-large.png') });
  // Back online, the page fetches the file by itself and offers the policy.
  await context.setOffline(false);
  await page.check(`input[name="setting"][value="outpatient"]`);
  await page.waitForSelector(`input[name="policy"][value="${CASE.request.policy}"]`);
  assert.equal(await page.inputValue('#line-0-amount'), '1234.56');
});

test('a missing file (404) and a broken file each give a plain sentence and the figure questions', async (t) => {
  for (const [problem, fulfil, words] of [
    ['missing', { status: 404, body: 'Not found' }, /找不到/],
    ['broken', { status: 200, contentType: 'application/json', body: readFileSync(path.join(repoRoot, 'data', POLICY_URL), 'utf8').replace('"confidence": "', '"confidence": "x') }, /有错误/],
    ['broken', { status: 200, contentType: 'text/html', body: '<html>oops</html>' }, /有错误/],
  ]) {
    const { page, problems } = await openPage(env, t, { ...PHONE, serviceWorkers: 'block' });
    await page.route(`**/${POLICY_URL}`, (route) => route.fulfill(fulfil));
    await page.goto(`${env.baseUrl}estimate/`);
    await waitReady(page);
    await typeCase(page);
    const text = await assertFallsBack(page, problem, `plane-${problem}-zh.png`);
    assert.match(text, words);
    // The person's own figures still give an estimate.
    await page.fill('#own-deductible', '800');
    await page.fill('#own-ratio', '70');
    assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
  }
});

test('the places we know: every shipped place in a table by province, in zh-CN and English', async (t) => {
  const shipped = readdirSync(path.join(repoRoot, 'data/policies')).flatMap((r) => readdirSync(path.join(repoRoot, 'data/policies', r)).map((f) => `${r}/${f.replace('.json', '')}`));
  const { page, problems } = await openPage(env, t, PHONE);
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  await page.click('#places-link');
  await page.waitForSelector('#places-count');
  const rows = await page.$$eval('tr[data-policy]', (trs) => trs.map((tr) => tr.dataset.policy));
  assert.deepEqual([...rows].sort(), [...shipped].sort());
  const provinces = await page.$$eval('.places-province h2', (hs) => hs.map((h) => h.textContent));
  // One heading per province that has a shipped file, in code order, named as the core names it.
  const provinceOf = (code) => {
    const run = spawnSync(cli, ['region.get', '-'], { input: JSON.stringify({ code }), encoding: 'utf8' });
    const { result } = JSON.parse(run.stdout);
    return [result.province_code, result.path[0].name];
  };
  const expected = new Map(shipped.map((id) => provinceOf(id.split('/')[0])).sort(([a], [b]) => a.localeCompare(b)));
  assert.ok(expected.size >= 3);
  assert.deepEqual(provinces, [...expected.values()]);
  assert.match(await page.textContent('tr[data-policy="140800/employee"]'), /运城市/);
  assert.match(await page.textContent('tr[data-policy="140800/employee"]'), /职工/);
  assert.match(await page.textContent('#places-missing'), /不在这里/);
  await shot(page, 'plane-places-zh.png');
  await page.click('#lang-en');
  assert.match(await page.textContent('.places-table thead'), /Place/);
  assert.match(await page.textContent('tr[data-policy="140800/employee"]'), /employees/);
  assert.match(await page.textContent('#places-missing'), /not here/);
  await shot(page, 'plane-places-en.png');
  assert.deepEqual(problems, []);
});

test('the figures a person typed download as a policy file that policy.validate accepts', async (t) => {
  const { page } = await openPage(env, t);
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  await typeCase(page, '320102');
  await page.waitForSelector('#no-policy');
  await page.fill('#own-deductible', '1300');
  await page.fill('#own-ratio', '85');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#own-export')]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.equal(download.suggestedFilename(), '320102-employee.json');
  const run = spawnSync(cli, ['policy.validate', '-'], { input: JSON.stringify({ policy: JSON.parse(text) }), encoding: 'utf8' });
  const answer = JSON.parse(run.stdout);
  assert.equal(answer.ok, true, run.stdout);
  assert.equal(JSON.parse(text).versions[0].inpatient.levels.any.all.deductible_fen, 130000);
  assert.match(await page.textContent('#own-export-status'), /320102-employee\.json/);
  await shot(page, 'plane-export-zh.png');
});
