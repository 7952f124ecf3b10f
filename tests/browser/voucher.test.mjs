// Browser tests for the e-voucher help (web/voucher/): reached from the home page; the guide's
// parts and steps are the core's (voucher.guide, asked in the page through the wasm module), with
// 【未经证实】 on the low steps; the face-check walk clicked to two different leaves, in zh-CN and
// in English, on a 390 px phone with large text; "don't know" brings the hint; changing an answer;
// the printout (A4 PDF, read back); no pointer, code or file name in the page's text; axe-core;
// no request beyond the origin.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/voucher.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { TEXT } from '../../web/voucher/text.js';
import { runAxe } from './axe.mjs';
import { askCore } from './flow-steps.mjs';
import { follow, openCounted, openPage, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();
const PHONE = { viewport: { width: 390, height: 844 } };

async function openVoucher(t, { lang = 'zh-CN', large = true } = {}) {
  const opened = await openPage(env, t, PHONE);
  const { page } = opened;
  if (lang === 'en') await page.click('#lang-en');
  if (large) await page.click('#large-text');
  await follow(page, '#voucher-start', 'voucher');
  await page.waitForSelector('.voucher-guide');
  return opened;
}

function assertOnlyOrigin(requests) {
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
}

async function assertPlainText(page) {
  const text = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /\.json|voucher\.(guide|face_check|rules|unknown|bad)|face_check|\/answers|internal\.error|\{\w+\}/, 'a pointer, code or file name on the page');
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 390, 'sideways scroll at 390 px');
}

/** Clicks through the walk with `answers` ({question: 'yes'|'no'|'unknown'}) to the leaf. */
async function walkTo(page, answers) {
  await page.click('#face-start');
  await page.waitForSelector('#face-begin');
  await page.click('#face-begin');
  for (let i = 0; i < 12; i += 1) {
    await page.waitForSelector('#face-question, .face-result');
    if (await page.$('.face-result')) break;
    const id = await page.getAttribute('#face-question', 'data-question');
    assert.ok(id in answers, `asked ${id}, which the test did not expect`);
    await page.click(`#answer-${answers[id]}`);
    await page.waitForFunction((q) => document.querySelector('#face-question')?.dataset.question !== q, id);
  }
  return page.evaluate(() => ({
    leaf: document.querySelector('.face-result')?.dataset.leaf,
    title: document.getElementById('face-leaf-title')?.firstChild?.textContent,
    steps: [...document.querySelectorAll('#face-steps .voucher-step-text')].map((p) => p.firstChild.textContent),
    marks: document.querySelectorAll('#face-steps .mark-unconfirmed').length,
    path: [...document.querySelectorAll('#face-path .summary-row')].map((r) => [r.dataset.question, r.querySelector('.summary-value').textContent]),
  }));
}

test('zh-CN, phone, large text: the guide is the core\'s; the walk ends at the family account, then, changed, at the counter', async (t) => {
  const { page, problems, requests } = await openVoucher(t);
  const zh = TEXT['zh-CN'];
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('large-text')), true);
  const guide = await askCore(page, 'voucher.guide', {});
  const shownParts = await page.$$eval('.voucher-part', (parts) => parts.map((p) => [p.id, p.querySelectorAll('.voucher-step').length]));
  assert.deepEqual(shownParts, guide.result.sections.map((s) => [`part-${s.id}`, s.steps.length]));
  const firstStep = await page.textContent('#part-family .voucher-step-text');
  assert.ok(firstStep.startsWith(guide.result.sections[1].steps[0].text['zh-CN']));
  // Every low step carries the mark; no other does.
  const lowSteps = guide.result.sections.flatMap((s) => s.steps).filter((s) => s.confidence === 'low').length;
  assert.ok(lowSteps > 0);
  assert.equal(await page.locator('.voucher-part .mark-unconfirmed').count(), lowSteps);
  assert.ok(await page.isVisible('#low-note'));
  await assertPlainText(page);
  // The contents list the face-check help beside the core's parts; its link brings the box into view.
  assert.deepEqual(await page.$$eval('.voucher-contents a', (a) => a.map((x) => x.dataset.partLink)), [...guide.result.sections.map((s) => s.id), 'face']);
  await page.click('.voucher-contents a[data-part-link="face"]');
  await page.waitForFunction(() => { const r = document.getElementById('face-box').getBoundingClientRect(); return r.top > -2 && r.top < window.innerHeight; });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'voucher-guide-phone-zh.png');
  assert.deepEqual(await runAxe(page), [], 'guide (zh-CN)');

  const answers = { light_ok: 'yes', face_clear: 'yes', asked_to_read: 'no', network_ok: 'yes', face_changed: 'yes', relative_has_app: 'yes' };
  // "Don't know" first: the same question comes back with how to find out.
  await page.click('#face-start');
  await page.click('#face-begin');
  await page.waitForSelector('#face-question[data-question="light_ok"]');
  await shot(page, 'voucher-question-phone-zh.png');
  assert.deepEqual(await runAxe(page), [], 'question (zh-CN)');
  await page.click('#answer-unknown');
  await page.waitForSelector('#face-hint');
  const hinted = await askCore(page, 'voucher.face_check', { answers: { light_ok: null } });
  assert.ok((await page.textContent('#face-hint')).includes(hinted.result.question.hint['zh-CN']));
  await page.click('#face-back');
  await page.click('#face-back');
  await page.waitForSelector('.voucher-guide');

  const shown = await walkTo(page, answers);
  const core = await askCore(page, 'voucher.face_check', { answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v === 'yes'])) });
  assert.equal(shown.leaf, 'family_account');
  assert.equal(shown.title, core.result.leaf.title['zh-CN']);
  assert.deepEqual(shown.steps, core.result.leaf.steps.map((s) => s.text['zh-CN']));
  assert.equal(shown.marks, core.result.leaf.steps.filter((s) => s.confidence === 'low').length);
  assert.deepEqual(shown.path.map(([q]) => q), Object.keys(answers));
  assert.equal(shown.path[0][1], zh.yes);
  await assertPlainText(page);
  await shot(page, 'voucher-leaf-family-phone-zh.png');
  assert.deepEqual(await runAxe(page), [], 'leaf (zh-CN)');

  // Change the last answer: no relative with the app → the counter.
  await page.click('#face-path [data-question="relative_has_app"] a');
  await page.waitForSelector('#face-question[data-question="relative_has_app"]');
  await page.click('#answer-no');
  await page.waitForSelector('.face-result[data-leaf="counter"]');
  assert.match(await page.textContent('#face-steps'), /医保经办窗口/);
  await shot(page, 'voucher-leaf-counter-phone-zh.png');
  assert.deepEqual(problems, []);
  assertOnlyOrigin(requests);
});

test('en, phone, large text: the walk ends at "move to better light" and at "renew your ID photo"', async (t) => {
  const { page, problems, requests } = await openVoucher(t, { lang: 'en' });
  const en = TEXT.en;
  assert.equal(await page.textContent('#page-title'), en.title);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#mydata-link'), 'My data', 'the header link follows the language');
  await assertPlainText(page);
  await shot(page, 'voucher-guide-phone-en.png');
  assert.deepEqual(await runAxe(page), [], 'guide (en)');

  let shown = await walkTo(page, { light_ok: 'no' });
  assert.equal(shown.leaf, 'fix_light');
  assert.equal(shown.title, 'Move to better light');
  assert.deepEqual(shown.path, [['light_ok', en.no]]);
  await shot(page, 'voucher-leaf-light-phone-en.png');

  // Start again, back to the guide, and walk another way.
  await page.click('#face-restart');
  await page.waitForSelector('#face-begin');
  await page.click('#face-back');
  await page.waitForSelector('.voucher-guide');
  shown = await walkTo(page, { light_ok: 'yes', face_clear: 'yes', asked_to_read: 'yes', read_loudly: 'yes', network_ok: 'yes', face_changed: 'no' });
  assert.equal(shown.leaf, 'photo_on_record');
  const core = await askCore(page, 'voucher.face_check', { answers: { light_ok: true, face_clear: true, asked_to_read: true, read_loudly: true, network_ok: true, face_changed: false } });
  assert.deepEqual(shown.steps, core.result.leaf.steps.map((s) => s.text.en));
  assert.match(shown.steps[0], /police station/);
  await assertPlainText(page);
  await shot(page, 'voucher-leaf-photo-phone-en.png');
  assert.deepEqual(await runAxe(page), [], 'leaf (en)');
  assert.deepEqual(problems, []);
  assertOnlyOrigin(requests);
});

test('the guide prints on A4 without the header, buttons or folded sources', async (t) => {
  const { page } = await openVoucher(t, { large: false });
  const file = path.join(screenshotDir, 'voucher-guide.pdf');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#face-box'), false);
  assert.equal(await page.isVisible('header.top'), false);
  await page.pdf({ format: 'A4', path: file });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  assert.match(text, /医保电子凭证和电子社保卡/);
  assert.match(text, /亲情账户/);
  assert.match(text, /未经证实/);
  assert.doesNotMatch(text, /打印本页|一步一步找办法/);
});

test('the guide is drawn without the core; the walk loads it, says so when it cannot, and comes once it can', async (t) => {
  const { page, context, coreRequests: core } = await openCounted(env, t, 'voucher/', PHONE);
  const zh = TEXT['zh-CN'];
  assert.equal(await page.isVisible('#status'), false);
  assert.deepEqual(core(), [], 'nothing of the core fetched for the guide');
  // The parts drawn are the wasm core's answer (asked here, after the count above).
  const guide = await askCore(page, 'voucher.guide', {});
  assert.deepEqual(await page.$$eval('.voucher-part', (parts) => parts.map((p) => p.id)), guide.result.sections.map((s) => `part-${s.id}`));

  // The walk with the module refused: its title, and a plain "did not load" under it.
  const fresh = await context.newPage();
  await fresh.goto(new URL('voucher/', env.baseUrl).href);
  await waitReady(fresh);
  await fresh.route('**/medins.wasm', (route) => route.abort());
  await fresh.click('#face-start');
  await fresh.waitForSelector('#status.error');
  assert.equal(await fresh.textContent('#status'), zh.loadFailed);
  assert.equal(await fresh.textContent('h1'), zh.faceTitle);
  assert.ok(await fresh.isVisible('#status'), 'the message is on the screen, not below a long guide');
  await shot(fresh, 'voucher-walk-unloaded-zh.png');

  // Reachable again: back to the guide and into the walk once more.
  await fresh.unroute('**/medins.wasm');
  await fresh.click(`a.back-link:has-text("${zh.toGuide}")`);
  await fresh.waitForSelector('.voucher-guide');
  await fresh.click('#face-start');
  await fresh.waitForSelector('#face-begin');
  assert.equal(await fresh.isVisible('#status'), false);
});
