// The whole walk-through with the keyboard only (tests/browser/keyboard.mjs: Tab, Space, arrows,
// typing, Enter; no clicks), from the home page's task list through filing, eligibility and the
// estimate to the summary card, in zh-CN and English, at normal size and in large-text mode.
// On every screen axe-core must report no violation and a screenshot is kept
// (walk-<lang>-<mode>-<part>-<screen>.png). The figures at the end are the core's for the request
// the page sent; no request leaves the origin.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/walkthrough.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { runAxe } from './axe.mjs';
import { askCore, localDay } from './flow-steps.mjs';
import { openPage, shot, useSiteAndBrowser, waitReady } from './harness.mjs';
import { activate, date, radio, region, tabTo, text } from './keyboard.mjs';

const env = useSiteAndBrowser();
const VALID_ID = '11010519491231002X';
const screenOf = (page) => page.evaluate(() => document.getElementById('screen')?.dataset.screen ?? null);

async function screenChange(page, from) {
  await page.waitForFunction((s) => {
    const now = document.getElementById('screen')?.dataset.screen;
    return now && now !== s;
  }, from, { timeout: 10000 });
}

function stepper(page, label) {
  const seen = [];
  return {
    seen,
    async check(part, screen) {
      seen.push(`${part}/${screen}`);
      assert.deepEqual(await runAxe(page), [], `axe: ${label} ${part}/${screen}`);
      await shot(page, `walk-${label}-${part}-${screen}.png`);
    },
  };
}

/** Answers each question screen from `answers` (by screen id) until the result. */
async function walk(page, part, answers, steps, submitCheck) {
  for (let guard = 0; guard < 40; guard++) {
    const screen = await screenOf(page);
    await steps.check(part, screen);
    if (screen === 'result') return;
    if (screen === 'check') {
      await activate(page, submitCheck);
    } else {
      assert.ok(answers[screen], `${part}: no answer for the screen "${screen}"`);
      await answers[screen]();
      await activate(page, '#screen form button[type="submit"]');
    }
    await screenChange(page, screen);
  }
  assert.fail(`${part}: no result after 40 screens`);
}

async function home(page) {
  await activate(page, '.app-name a');
  await page.waitForURL(/\/$/);
  await waitReady(page);
}

// From the home page's task list into a part (its folder `dir`), ready; a flow is also started.
async function openTask(page, task, dir, { start = false } = {}) {
  await activate(page, `#task-${task} a`);
  await page.waitForURL(`**/${dir}/`);
  await waitReady(page);
  if (!start) return;
  await activate(page, '#start-button');
  await screenChange(page, 'start');
}

async function walkThrough(t, { lang, large }) {
  const { page, problems, requests } = await openPage(env, t);
  const label = `${lang === 'en' ? 'en' : 'zh'}-${large ? 'large' : 'normal'}`;
  const steps = stepper(page, label);
  if (lang === 'en') await activate(page, '#lang-en');
  if (large) await activate(page, '#large-text');
  await steps.check('home', 'start');
  const soon = await localDay(page, 14);

  // Filing.
  await openTask(page, 'filing', 'filing', { start: true });
  await walk(page, 'filing', {
    scheme: () => radio(page, 'scheme', 'employee'),
    employment: () => radio(page, 'employment', 'working'),
    insured: () => region(page, 'insured', 'bjcy', '北京市 › 朝阳区'),
    destination: () => region(page, 'destination', 'sanya', '海南省 › 三亚市'),
    purpose: () => radio(page, 'purpose', 'live'),
    household: () => radio(page, 'household', 'no'),
    permit: () => radio(page, 'permit', 'yes'),
    since: () => date(page, 'since', '2025-03-01'),
    start_date: () => date(page, 'start_date', soon),
    name: () => text(page, '#f-name', '张秀英'),
    id: () => text(page, '#f-id', VALID_ID),
    mobile: () => text(page, '#f-mobile', '13800138000'),
    address: () => text(page, '#f-address', '海南省三亚市吉阳区迎宾路1号'),
    reason: async () => {},
  }, steps, '#screen .button');

  // Back home: the filing part is done.
  await home(page);
  assert.equal(await page.getAttribute('#task-filing', 'data-state'), 'done');
  assert.equal(await page.getAttribute('#task-places', 'data-state'), 'done', 'the filing\'s places are remembered');

  // Eligibility (places and filing facts come over from the filing answers).
  await openTask(page, 'eligibility', 'eligibility', { start: true });
  // A stay still to come: planned, so no discharge is asked and the hospital's level is.
  await walk(page, 'eligibility', {
    stage: () => radio(page, 'stage', 'planning'),
    insured: () => region(page, 'insured', 'bjcy', '北京市 › 朝阳区'),
    treatment: () => region(page, 'treatment', 'sanya', '海南省 › 三亚市'),
    visit: () => radio(page, 'visit', 'inpatient'),
    admitted_on: () => date(page, 'admitted_on', soon),
    designated: () => radio(page, 'designated', 'yes'),
    networked: () => radio(page, 'networked', 'yes'),
    level: () => radio(page, 'level', '3'),
    filed: () => radio(page, 'filed', 'no'),
    voucher: () => radio(page, 'voucher', 'yes'),
  }, steps, '#check-submit');

  // The estimate: one form.
  await home(page);
  assert.equal(await page.getAttribute('#task-eligibility', 'data-state'), 'done');
  await openTask(page, 'estimate', 'estimate');
  await steps.check('estimate', 'form');
  await radio(page, 'scheme', 'employee');
  await radio(page, 'employment', 'working');
  await region(page, 'insured', 'bjcy', '北京市 › 朝阳区');
  await region(page, 'treatment', 'sanya', '海南省 › 三亚市');
  await radio(page, 'category', 'long_term_resident');
  await radio(page, 'setting', 'inpatient');
  await radio(page, 'level', '3');
  await date(page, 'admitted', '2026-11-01');
  await date(page, 'discharged', '2026-11-10');
  await text(page, '#line-0-amount', '45,000');
  await radio(page, 'policy', '110000/employee');
  await activate(page, '#estimate-submit');
  await page.waitForFunction(() => document.getElementById('screen')?.dataset.screen === 'result');
  await steps.check('estimate', 'result');
  const sent = await page.evaluate(() => JSON.parse(localStorage.getItem('medins.estimate.last_request')));
  const core = await askCore(page, 'estimate', sent);
  assert.ok(core.ok, JSON.stringify(core.errors));
  assert.equal(sent.bill.lines[0].amount_fen, 4500000);
  assert.ok((await page.textContent('#result-sentence')).includes(formatFen(core.result.person_pays_fen)));

  // The summary card.
  await home(page);
  assert.equal(await page.getAttribute('#task-estimate', 'data-state'), 'done');
  assert.equal(await page.getAttribute('#task-summary', 'data-state'), 'ready');
  await openTask(page, 'summary', 'handover');
  const card = await page.textContent('#card');
  assert.ok(card.includes(formatFen(core.result.person_pays_fen)), 'the card carries the estimate');
  assert.ok(!card.includes(VALID_ID), 'and no ID number');
  await tabTo(page, '#include-id');
  await page.keyboard.press('Space');
  assert.ok((await page.textContent('#card')).includes(VALID_ID), 'ticked by keyboard: the ID is on the card');
  await steps.check('summary', 'card');

  assert.ok(steps.seen.length >= 25, `screens seen: ${steps.seen.join(', ')}`);
  assert.deepEqual(problems, []);
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
  return steps.seen;
}

// Every screen in both languages and both modes: four walks.
for (const [lang, large] of [['zh-CN', false], ['en', true], ['en', false], ['zh-CN', true]]) {
  test(`${lang}, ${large ? 'large text' : 'normal size'}: the whole walk-through by keyboard, axe-clean on every screen`, async (t) => {
    await walkThrough(t, { lang, large });
  });
}
