// Browser tests for "why did it not settle directly?" (web/eligibility/why.js): the walk one
// question a screen, "I don't know" answered with how to find out, the leaf's reason and actions
// as the core gives them (asked in the page through the wasm module: no policy text is written
// here), a deadline counted from the discharge date, changing an answer, reload, both languages,
// axe-core, a 360 px phone, and no request beyond the origin.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/why-failed.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEXT } from '../../web/eligibility/text.js';
import { runAxe } from './axe.mjs';
import { askCore, choose, localDay, waitScreen } from './flow-steps.mjs';
import { follow, openPage, shot, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();

async function openWhy(t, contextOptions) {
  const opened = await openPage(env, t, contextOptions);
  const { page } = opened;
  await follow(page, '#eligibility-start', 'eligibility');
  await page.click('#why-link');
  await waitScreen(page, 'why');
  return opened;
}

const answer = (page, id, value, nextScreen) => choose(page, `why-${id}`, value, nextScreen);

async function leafOnPage(page) {
  return page.evaluate(() => ({
    leaf: document.querySelector('.why-result')?.dataset.leaf,
    reason: document.getElementById('why-reason')?.firstChild?.textContent,
    actions: [...document.querySelectorAll('.why-action')].map((li) => li.dataset.action),
    deadline: document.querySelector('.why-deadline .deadline-date')?.textContent ?? null,
    path: [...document.querySelectorAll('#why-path .summary-row')].map((r) => [r.dataset.question, r.querySelector('.summary-value').textContent]),
    papers: document.querySelectorAll('.why-action .tick-item').length,
  }));
}

function assertOnlyOrigin(requests) {
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
}

test('zh-CN: not networked → claim manually; "don\'t know" shows how to find out; the papers listed', async (t) => {
  const { page, problems, requests } = await openWhy(t);
  const w = TEXT['zh-CN'].why;
  await page.click('#why-start');
  await waitScreen(page, 'why-designated');
  await shot(page, 'why-question-zh.png');
  assert.deepEqual(await runAxe(page), [], 'question (zh-CN)');

  // Continue without a choice: the error summary says so, and nothing is saved.
  await page.click('#why-continue');
  await page.waitForSelector('.error-summary');
  assert.match(await page.textContent('.error-summary'), new RegExp(w.chooseOne.replace(/[“”]/g, '.')));

  await answer(page, 'designated', 'yes', 'why-networked');
  // "I don't know": the same question again, with the core's hint on how to find out.
  await answer(page, 'networked', 'unknown', 'why-networked');
  await page.waitForSelector('#why-hint');
  const asOf = await localDay(page);
  const asked = await askCore(page, 'eligibility.why_failed', { answers: { designated: true, networked: null }, as_of: asOf });
  assert.equal(asked.result.question.unknown, true);
  assert.ok((await page.textContent('#why-hint')).includes(asked.result.question.hint['zh-CN']));
  await shot(page, 'why-dont-know-zh.png');

  await answer(page, 'networked', 'no', 'why-result');
  const core = await askCore(page, 'eligibility.why_failed', { answers: { designated: true, networked: false }, as_of: asOf });
  const shown = await leafOnPage(page);
  assert.equal(shown.leaf, core.result.leaf.id);
  assert.equal(shown.leaf, 'not_networked');
  assert.equal(shown.reason, core.result.leaf.reason.text['zh-CN']);
  assert.deepEqual(shown.actions, core.result.leaf.actions.map((a) => a.id));
  assert.deepEqual(shown.path, [['designated', '是'], ['networked', '否']]);
  const claim = core.result.leaf.actions.find((a) => a.id === 'manual_claim');
  assert.equal(shown.papers, claim.checklist.length, 'every paper of the claim, tickable');
  assert.equal(shown.deadline, TEXT['zh-CN'].answer.deadlineUnknown, 'no place rule: the deadline is said to be unknown');
  assert.ok(await page.isVisible('#why-date-missing'));
  await shot(page, 'why-result-zh.png');
  assert.deepEqual(await runAxe(page), [], 'result (zh-CN)');

  // The answers survive a reload: the same leaf, not the first question.
  await page.reload();
  await waitReady(page);
  await waitScreen(page, 'why-result');
  assert.equal((await leafOnPage(page)).leaf, 'not_networked');

  // A tick on a paper is kept too (the eligibility step's checklist, same ids).
  await page.check('#tick-invoice');
  await page.reload();
  await waitReady(page);
  await waitScreen(page, 'why-result');
  assert.equal(await page.isChecked('#tick-invoice'), true);

  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360, 'sideways scroll at 360 px');
  await shot(page, 'why-result-phone-zh.png');
  assert.deepEqual(problems, []);
  assertOnlyOrigin(requests);
});

test('en: not filed, not yet settled → file now, with the days left before discharge settlement', async (t) => {
  const { page, problems, requests } = await openWhy(t);
  await page.click('#lang-en');
  await page.click('#why-start');
  await waitScreen(page, 'why-designated');
  await answer(page, 'designated', 'yes', 'why-networked');
  await answer(page, 'networked', 'yes', 'why-chronic_visit');
  await answer(page, 'chronic_visit', 'no', 'why-filed');
  await answer(page, 'filed', 'no', 'why-emergency');
  await answer(page, 'emergency', 'no', 'why-settled');
  await answer(page, 'settled', 'no', 'why-result');
  assert.equal((await leafOnPage(page)).leaf, 'not_filed_file_now');

  // The discharge date, three days from today: the deadline is that day, three days left.
  const asOf = await localDay(page);
  const discharge = await localDay(page, 3);
  const [y, m, d] = discharge.split('-');
  await page.fill('#why-discharged-year', y);
  await page.fill('#why-discharged-month', String(Number(m)));
  await page.fill('#why-discharged-day', String(Number(d)));
  await page.click('#why-date-apply');
  await page.waitForFunction(() => !document.getElementById('why-date-missing'));
  const answers = { designated: true, networked: true, chronic_visit: false, filed: false, emergency: false, settled: false };
  const core = await askCore(page, 'eligibility.why_failed', { answers, as_of: asOf, discharged_on: discharge });
  const timed = core.result.leaf.actions.find((a) => a.deadline);
  assert.equal(timed.deadline.date, discharge);
  assert.equal(timed.deadline.days_left, 3);
  const shown = await leafOnPage(page);
  assert.equal(shown.reason, core.result.leaf.reason.text.en);
  assert.ok(shown.deadline.includes('3 days left'), shown.deadline);
  await shot(page, 'why-result-en.png');
  assert.deepEqual(await runAxe(page), [], 'result (en)');

  // Change one answer from the list: that question comes back with its answer chosen; "yes,
  // settled" leads to the self-paid leaf.
  await page.click('#why-path .summary-row[data-question="settled"] a');
  await waitScreen(page, 'why-settled');
  assert.equal(await page.isChecked('input[name="why-settled"][value="no"]'), true);
  await answer(page, 'settled', 'yes', 'why-result');
  assert.equal((await leafOnPage(page)).leaf, 'not_filed_self_paid');

  // Switching language keeps the leaf; only the words change.
  await page.click('#lang-zh');
  const zhLeaf = await askCore(page, 'eligibility.why_failed', { answers: { ...answers, settled: true }, as_of: asOf });
  assert.equal((await leafOnPage(page)).reason, zhLeaf.result.leaf.reason.text['zh-CN']);

  // Start again clears the walk and goes back to the start of it.
  await page.click('#why-restart');
  await waitScreen(page, 'why');
  assert.equal(await page.textContent('#why-start'), TEXT['zh-CN'].why.start);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('medins.why_failed.')).length), 0);
  assert.deepEqual(problems, []);
  assertOnlyOrigin(requests);
});
