// The estimate page's questions that only some policies need (web/estimate/shape-questions.js):
// which kind of tier-3 hospital under 蚌埠's four tiers, and the birth date under 成都's ratios by
// age. No shipped policy has these shapes yet, so a portal passes the policy (policy-src), as
// docs/embedding.md allows; the policies are the worked examples' own (tests/cases/estimate/),
// and the page must show the same figures to the fen. At 390 px, zh-CN with large text and
// English.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/estimate-shapes.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ESTIMATE_TEXT } from '../../web/estimate/text.js';
import { fillDate, grouped, pickRegion } from './estimate-steps.mjs';
import { waitScreen } from './flow-steps.mjs';
import { record, repoRoot, screenshotDir, shot, useSiteAndBrowser } from './harness.mjs';

const env = useSiteAndBrowser();

function loadCase(name) {
  return JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'cases', 'estimate', `${name}.json`), 'utf8'));
}
const BENGBU = loadCase('bengbu-resident-minimum-share-tops-up');
const CHENGDU = loadCase('chengdu-employee-age-step-from-birth-date');

// The example's inline setting as a whole policy document, the form a portal publishes.
function document(c, name) {
  const { source, confidence, ...setting } = c.request.policy;
  return {
    format: 1,
    region: c.request.insured_region,
    scheme: c.request.person.scheme,
    name,
    source,
    versions: [{
      effective_from: null, effective_to: null, dates_confirmed: false, confidence,
      [c.request.visit.setting]: setting,
    }],
  };
}

// A portal page of its own with one element in estimate mode and the policy it serves.
async function openWithPolicy(t, policy, { lang, largeText }) {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  t.after(() => context.close());
  await context.route(`${env.baseUrl}demo/shapes-portal.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>portal</title>
<link rel="icon" href="data:,"><script type="module" src="../medins-assistant.js"></script></head>
<body><medins-assistant id="assistant" mode="estimate" lang="${lang}"${largeText ? ' large-text' : ''}
 policy-src="shapes-policy.json"></medins-assistant></body></html>`,
  }));
  await context.route(`${env.baseUrl}demo/shapes-policy.json`, (route) => route.fulfill({
    contentType: 'application/json', body: JSON.stringify(policy),
  }));
  const page = await context.newPage();
  const { problems } = record(page);
  await page.goto(`${env.baseUrl}demo/shapes-portal.html`);
  const frame = await (await page.waitForSelector('#assistant >>> iframe')).contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.ready === '1');
  const driver = Object.create(frame);
  driver.keyboard = page.keyboard;
  return { page, frame: driver, problems };
}

// The usual questions, from the example's request (the bill as class totals).
async function enterVisit(frame, request) {
  await frame.check(`input[name="scheme"][value="${request.person.scheme}"]`);
  if (request.person.employment) await frame.check(`input[name="employment"][value="${request.person.employment}"]`);
  await pickRegion(frame, 'insured', request.insured_region);
  await pickRegion(frame, 'treatment', request.treatment_region);
  await frame.check('input[name="category"][value="none"]');
  await frame.check(`input[name="setting"][value="${request.visit.setting}"]`);
  await frame.check(`input[name="level"][value="${String(request.visit.institution_level).slice(0, 1)}"]`);
  await fillDate(frame, 'admitted', request.visit.admitted_on);
  await fillDate(frame, 'discharged', request.visit.discharged_on);
  await frame.check('input[name="billMode"][value="totals"]');
  await frame.fill('#total-A', grouped(request.bill.totals_fen.A));
  assert.equal(await frame.isChecked('input[name="policy"][value="portal"]'), true, 'the portal\'s policy is chosen');
}

// A page's words as a pattern, matched as written ("？" and "?" included).
const literally = (text) => {
  assert.equal(typeof text, 'string', 'the text is in the file');
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
};

// The part of the form the new question sits in, at phone width, readable on its own.
const shotOf = (frame, selector, name) => frame.locator(selector).screenshot({ path: path.join(screenshotDir, name) });

const whoPays = (frame) => frame.evaluate(() => Object.fromEntries([...document.querySelectorAll('#who-pays tbody tr[data-part]')]
  .map((tr) => [tr.dataset.part, Number(tr.dataset.fen)])));

test('蚌埠 four tiers: tier 3 asks who runs the hospital, and the 保底 share shows to the fen (zh-CN, large text)', async (t) => {
  const ZH = ESTIMATE_TEXT['zh-CN'].form;
  const policy = document(BENGBU, { 'zh-CN': '蚌埠市城乡居民医保（示例）', en: 'Bengbu residents (example)' });
  const { page, frame, problems } = await openWithPolicy(t, policy, { lang: 'zh-CN', largeText: true });
  await enterVisit(frame, BENGBU.request);
  // Tier 3 under a policy that splits it: the question is there, with both kinds; no birth date.
  assert.equal(await frame.locator('input[name="tier3Kind"]').count(), 2);
  assert.match(await frame.textContent('#section-policy'), literally(ZH.tier3Kind.legend));
  assert.equal(await frame.locator('#birth-year').count(), 0, 'this policy does not depend on age');
  // Left unanswered, the page says so before asking the core, naming the question.
  await frame.click('#estimate-submit');
  await frame.waitForSelector('.error-summary');
  assert.match(await frame.textContent('.error-summary'), literally(ZH.tier3Kind.legend));
  await shot(page, 'estimate-shapes-tier3-question-zh.png');
  await shotOf(frame, '#section-policy', 'estimate-shapes-tier3-question-zh-part.png');
  await frame.check('input[name="tier3Kind"][value="3_provincial"]');
  await frame.click('#estimate-submit');
  await waitScreen(frame, 'result');
  const expected = BENGBU.expected.result;
  const rows = await whoPays(frame);
  assert.equal(rows.deductible_fen, expected.breakdown.deductible_fen, '825.00 of deductible after the top-up');
  assert.equal(rows.coinsurance_fen ?? 0, expected.breakdown.coinsurance_fen);
  const text = await frame.textContent('#screen');
  assert.ok(text.includes(grouped(expected.fund_pays_fen)), `the fund's ${grouped(expected.fund_pays_fen)} is shown`);
  assert.ok(text.includes('省属三级'), 'the explanation names the province-run tier');
  assert.ok(text.includes('保底报销'), 'the explanation gives the minimum share step');
  await shot(page, 'estimate-shapes-tier3-result-zh.png');
  await shotOf(frame, '#screen', 'estimate-shapes-tier3-result-zh-part.png');
  assert.deepEqual(problems, []);
});

test('成都 ratios by age: the birth date is asked, and 59 on the day of admission gives +2 points (English)', async (t) => {
  const EN = ESTIMATE_TEXT.en.form;
  const policy = document(CHENGDU, { 'zh-CN': '成都市职工医保（示例）', en: 'Chengdu employees (example)' });
  const { page, frame, problems } = await openWithPolicy(t, policy, { lang: 'en', largeText: false });
  await enterVisit(frame, CHENGDU.request);
  assert.equal(await frame.locator('input[name="tier3Kind"]').count(), 0, 'this policy does not split tier 3');
  assert.equal(await frame.locator('#birth-year').count(), 1, 'the birth date is asked');
  assert.match(await frame.textContent('#section-policy'), literally(EN.birth.legend));
  await frame.click('#estimate-submit');
  await frame.waitForSelector('.error-summary');
  assert.match(await frame.textContent('.error-summary'), literally(EN.birth.legend));
  await fillDate(frame, 'birth', CHENGDU.request.person.birth_date);
  await shot(page, 'estimate-shapes-birth-question-en.png');
  await shotOf(frame, '#section-policy', 'estimate-shapes-birth-question-en-part.png');
  await frame.click('#estimate-submit');
  await waitScreen(frame, 'result');
  const expected = CHENGDU.expected.result;
  const text = await frame.textContent('#screen');
  assert.ok(text.includes(grouped(expected.fund_pays_fen)), `the fund's ${grouped(expected.fund_pays_fen)} is shown`);
  assert.ok(text.includes('Aged 59'), 'the explanation says the age it used');
  assert.ok(text.includes('85% + 2 points'), 'and the raised ratio');
  await shot(page, 'estimate-shapes-birth-result-en.png');
  assert.deepEqual(problems, []);
});
