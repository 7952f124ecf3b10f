// Planning a visit (web/eligibility, "I am planning a visit"): the questions in the future tense,
// no discharge or payment asked, the hospital's level asked; the answer leads with what to do
// before going (file, what to take, check the hospital, estimate the cost); and the estimate
// opens with those facts filled in, says where they came from, and keeps what the person
// changes across a reload.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/planning.test.mjs
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { TEXT } from '../../web/eligibility/text.js';
import { ESTIMATE_TEXT } from '../../web/estimate/text.js';
import { runAxe } from './axe.mjs';
import { follow, openPart, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';
import { askCore, choose, fillDate, localDay, pickRegion, startFlow, waitScreen } from './flow-steps.mjs';

const env = useSiteAndBrowser();
const PHONE = { viewport: { width: 390, height: 844 } };

const ymd = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: String(year), month: String(month), day: String(day) };
};

const title = (page) => page.textContent('#screen h1, #screen legend');

async function dateValue(page, key) {
  return { year: await page.inputValue(`#${key}-year`), month: await page.inputValue(`#${key}-month`), day: await page.inputValue(`#${key}-day`) };
}

test('zh-CN, 390 px, large text: a planned stay in 三亚, not filed yet, then the estimate filled in from it', async (t) => {
  const { page, problems } = await openPart(env, t, 'eligibility', PHONE);
  const zh = TEXT['zh-CN'];
  const s = zh.steps;
  await page.click('#large-text');
  await startFlow(page, 'zh-CN', zh.start.title, 'stage');
  assert.equal(await title(page), s.stage.title);
  await shot(page, 'planning-stage-zh-large.png');
  await choose(page, 'stage', 'planning', 'insured');
  await pickRegion(page, 'insured', 'bjcy', '北京市 › 朝阳区', 'treatment');
  assert.equal(await title(page), s.treatment.titlePlanned);
  await pickRegion(page, 'treatment', 'sanya', '海南省 › 三亚市', 'visit');
  // The kinds of visit one can plan: no emergency.
  assert.equal(await title(page), s.visit.titlePlanned);
  const kinds = await page.$$eval('#screen input[name="visit"]', (n) => n.map((x) => x.value));
  assert.deepEqual(kinds, ['inpatient', 'general_outpatient', 'chronic_outpatient', 'pharmacy']);
  await choose(page, 'visit', 'inpatient', 'admitted_on');
  assert.equal(await title(page), s.admitted_on.titlePlanned);
  assert.equal(await page.textContent('#screen .hint'), s.admitted_on.hintPlanned);
  await shot(page, 'planning-admitted-on-zh-large.png');
  const admitted = await localDay(page, 14);
  // No "have you left hospital?" before the stay: the hospital is next.
  await fillDate(page, 'admitted_on', admitted, 'designated');
  await choose(page, 'designated', 'yes', 'networked');
  await choose(page, 'networked', 'unknown', 'level');
  assert.equal(await title(page), s.level.title);
  await choose(page, 'level', '3', 'filed');
  assert.equal(await title(page), s.filed.titlePlanned);
  await choose(page, 'filed', 'no', 'voucher');
  // Nothing is paid before the visit: the check screen follows the voucher.
  await choose(page, 'voucher', 'yes', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');

  // The core's answer for the same planned stay: no discharge, nothing settled.
  const asOf = await localDay(page);
  const core = await askCore(page, 'eligibility.check', {
    insured_region: '110105', treatment_region: '460200', visit: { type: 'inpatient', admitted_on: admitted },
    institution: { kind: 'hospital', designated: true, networked: { inpatient: null }, level: '3' },
    voucher_activated: true, as_of: asOf,
  });
  assert.ok(core.ok, JSON.stringify(core.errors));
  assert.equal(await page.getAttribute('#route', 'data-route'), core.result.route ?? 'undecided');
  // Before you go: file first (a link to the filing flow), what to show, check the hospital,
  // then the estimate; right after the route.
  const b = zh.answer.beforeYouGo;
  assert.equal(await page.textContent('#answer-before h2'), b.title);
  const todo = await page.$$eval('#answer-before .before-list > li', (n) => n.map((li) => li.dataset.todo));
  assert.deepEqual(todo, core.result.show?.what?.length
    ? ['file', 'papers', 'check-hospital', 'estimate'] : ['file', 'check-hospital', 'estimate']);
  assert.equal(await page.getAttribute('#before-file-link', 'href'), '../filing/');
  if (core.result.show?.what?.length) {
    const papers = await page.$$eval('#answer-before [data-todo="papers"] li', (n) => n.map((li) => li.textContent));
    assert.deepEqual(papers, core.result.show.what.map((w) => w.text['zh-CN']));
  }
  const order = await page.evaluate(() => [...document.querySelectorAll('#route, #answer-before')].map((n) => n.id));
  assert.deepEqual(order, ['route', 'answer-before']);
  assert.ok(await page.evaluate(() => document.getElementById('answer-before').getBoundingClientRect().top) < 844 * 2);
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 390);
  assert.deepEqual(await runAxe(page), []);
  await shot(page, 'planning-answer-zh-large.png');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotDir, 'planning-answer-zh-large-first-screen.png') });

  // The estimate opens with the facts filled in, and says where they came from.
  await follow(page, '#before-estimate-link', 'estimate');
  const e = ESTIMATE_TEXT['zh-CN'].form;
  assert.equal(await page.inputValue('#insured-input'), '北京市 › 朝阳区');
  assert.equal(await page.inputValue('#treatment-input'), '海南省 › 三亚市');
  assert.equal(await page.isChecked('input[name="setting"][value="inpatient"]'), true);
  assert.equal(await page.isChecked('input[name="level"][value="3"]'), true);
  assert.equal(await page.isChecked('input[name="category"][value="none"]'), true, 'not filed yet');
  assert.deepEqual(await dateValue(page, 'admitted'), ymd(admitted));
  const notice = await page.$$eval('#prefilled li', (n) => n.map((li) => li.textContent));
  const fields = ['insured', 'treatment', 'category', 'setting', 'level', 'admitted'].map((k) => e.prefill.fields[k]);
  assert.deepEqual(notice, [e.prefill.from(fields.join(e.prefill.join), e.prefill.sources.eligibility)]);
  await page.locator('#prefilled').screenshot({ path: path.join(screenshotDir, 'planning-estimate-prefilled-zh-large.png') });

  // Editable, and nothing typed is lost on reload: a changed level and a planned discharge stay.
  await page.check('input[name="level"][value="2"]');
  const discharged = await localDay(page, 24);
  const [y, m, d] = discharged.split('-');
  await page.fill('#discharged-year', y);
  await page.fill('#discharged-month', String(Number(m)));
  await page.fill('#discharged-day', String(Number(d)));
  await page.reload();
  await waitReady(page);
  assert.equal(await page.isChecked('input[name="level"][value="2"]'), true);
  assert.deepEqual(await dateValue(page, 'discharged'), ymd(discharged));
  assert.deepEqual(await dateValue(page, 'admitted'), ymd(admitted));
  assert.deepEqual(problems, []);
});

test('en: a planned outpatient visit with a filing done; the after-visit route still asks what happened', async (t) => {
  const { page, problems } = await openPart(env, t, 'eligibility', PHONE);
  const en = TEXT.en;
  const s = en.steps;
  await startFlow(page, 'en', en.start.title, 'stage');
  await choose(page, 'stage', 'planning', 'insured');
  await pickRegion(page, 'insured', 'bjcy', '北京市 › 朝阳区', 'treatment');
  await pickRegion(page, 'treatment', 'sanya', '海南省 › 三亚市', 'visit');
  // An outpatient visit asks the scheme (whether a personal account can pay).
  await choose(page, 'visit', 'general_outpatient', 'scheme');
  await choose(page, 'scheme', 'unknown', 'visit_on');
  assert.equal(await title(page), s.visit_on.titlePlanned);
  await fillDate(page, 'visit_on', await localDay(page, 10), 'designated');
  await choose(page, 'designated', 'yes', 'networked');
  await choose(page, 'networked', 'yes', 'level');
  await choose(page, 'level', 'unknown', 'filed');
  await choose(page, 'filed', 'yes', 'category');
  await page.check('#screen input[name="category"] >> nth=0');
  await page.click('#screen form button[type="submit"]');
  await waitScreen(page, 'filed_on');
  await fillDate(page, 'filed_on', await localDay(page, -5), 'voucher');
  await choose(page, 'voucher', 'yes', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');
  const todo = await page.$$eval('#answer-before .before-list > li', (n) => n.map((li) => li.dataset.todo));
  assert.equal(todo[0], 'filing-valid');
  assert.ok(todo.includes('hospital-ok'));
  assert.equal(await page.textContent('#answer-before h2'), en.answer.beforeYouGo.title);
  await shot(page, 'planning-answer-en.png');

  // Saying the visit happened: the after-visit questions come back (was it paid?), and the
  // answer has no "before you go".
  await page.goto(`${env.baseUrl}eligibility/#/stage?from=check`);
  await waitScreen(page, 'stage');
  await choose(page, 'stage', 'happened');
  await waitScreen(page, 'paid');
  assert.equal(await title(page), s.paid.title);
  await choose(page, 'paid', 'no', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');
  assert.equal(await page.$('#answer-before'), null);
  assert.deepEqual(problems, []);
});
