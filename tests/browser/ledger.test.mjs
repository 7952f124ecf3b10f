// Browser test for the ledger page (web/ledger/) and its use by the estimate page, in zh-CN and
// English: an estimate of a Beijing stay, two settlement slips recorded on the ledger page, the
// year's running totals and the month's bars checked to the fen, then the same estimate again,
// now the third admission of the year (deductible 650, not 1,300) from the ledger's figures, with
// the line saying so, and back to the typed figures when the person says not to use them. A
// claim moves through its stages, its reminder shows the days left and the .ics file downloads.
// A first visit is drawn without the core, which comes for the first slip or claim. Nothing is
// requested beyond the origin.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/ledger.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { TEXT as HOME_TEXT } from '../../web/home/text.js';
import { LEDGER_TEXT } from '../../web/ledger/text.js';
import { ESTIMATE_TEXT } from '../../web/estimate/text.js';
import { SHELL_TEXT } from '../../web/shell/text.js';
import { follow, openCounted, openPage, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';
import { askCore, localDay } from './flow-steps.mjs';

const env = useSiteAndBrowser();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axe-core on the page as drawn (evaluated through the DevTools protocol, so the CSP stays on);
// the chart must pass svg-img-alt and every colour its contrast check.
async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const { violations, passed } = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      passed: results.passes.map((p) => p.id),
      violations: results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    };
  });
  assert.ok(['color-contrast', 'svg-img-alt'].every((id) => passed.includes(id)), `axe passed only ${passed}`);
  return violations;
}

// A Beijing employee's stay, the bill's totals only: 10,000.00 class A.
function estimateAnswers(today) {
  const [year, month, day] = today.split('-');
  const parts = { year, month: String(Number(month)), day: String(Number(day)) };
  return {
    scheme: 'employee', employment: 'working', insured: '110000', treatment: '310104',
    category: 'long_term_resident', setting: 'inpatient', level: '3', admitted: parts, discharged: parts,
    billMode: 'totals', totals: { A: '10000' }, policy: '110000/employee',
  };
}

async function fundShown(page) {
  await page.waitForSelector('#result-sentence');
  return Number(await page.getAttribute('#result-sentence', 'data-fund-fen'));
}

async function openResult(page) {
  await page.goto(new URL('estimate/#/result', env.baseUrl).href);
  await waitReady(page);
  return fundShown(page);
}

// Types a slip's boxes (yuan as people type them) and saves it.
async function recordSettlement(page, date, boxes) {
  await page.fill('#s-date', date);
  await page.selectOption('#s-setting', 'inpatient');
  for (const [box, fen] of Object.entries(boxes)) await page.fill(`#s-${box}`, formatFen(fen));
  await page.click('#s-save');
  await page.waitForSelector('#ledger-notice');
}

for (const lang of ['zh-CN', 'en']) {
  test(`two settlements recorded on the ledger change the next estimate (${lang})`, async (t) => {
    const { page, problems, requests } = await openPage(env, t);
    const T = LEDGER_TEXT[lang];
    const E = ESTIMATE_TEXT[lang];
    const today = await localDay(page);
    await page.evaluate(({ answers, lang: code }) => {
      localStorage.setItem('medins.lang', code);
      for (const [k, v] of Object.entries(answers)) localStorage.setItem(`medins.estimate.${k}`, JSON.stringify(v));
    }, { answers: estimateAnswers(today), lang });

    // Before: the year's first stay pays the 1,300 deductible; (10,000 − 1,300) × 85% = 7,395.00.
    assert.equal(await openResult(page), 739500);
    assert.equal(await page.$('#result-ledger'), null);

    // To the ledger from the estimate form's link; the place and scheme come along.
    await page.goto(new URL('estimate/#/', env.baseUrl).href);
    await waitReady(page);
    await follow(page, '#ledger-link', 'ledger');
    assert.equal(await page.inputValue('#p-insured'), '110000');
    assert.equal(await page.isChecked('#p-scheme-employee'), true);
    // Employees get the over-cap box (the large-expense supplement's base).
    assert.ok(await page.$('#s-over_cap'));

    // That first stay's slip, then a second stay: 5,000.00 = self-paid 500 + in scope 4,500;
    // deductible 650; (4,500 − 650) × 85% = 3,272.50 fund; account 1,000.00, cash 727.50.
    await recordSettlement(page, today, { medfee_sumamt: 1000000, inscp_scp_amt: 1000000, act_pay_dedc: 130000, hifp_pay: 739500, psn_cash_pay: 260500 });
    await recordSettlement(page, today, { medfee_sumamt: 500000, fulamt_ownpay_amt: 50000, inscp_scp_amt: 450000, act_pay_dedc: 65000, hifp_pay: 327250, acct_pay: 100000, psn_cash_pay: 72750 });
    assert.equal(await page.textContent('#ledger-notice'), T.settlements.saved);
    const ytd = async (key) => page.textContent(`#ytd-list dd[data-key="${key}"]`);
    assert.equal(await ytd('eligible_fen'), T.yuan('14,500.00'));
    assert.equal(await ytd('deductible_paid_fen'), T.yuan('1,950.00'));
    assert.equal(await ytd('fund_paid_fen'), T.yuan('10,667.50'));
    assert.equal(await ytd('admissions'), '2');
    // The month's bar: fund 10,667.50, account 1,000.00, cash 3,332.50; the table says the same.
    const month = today.slice(0, 7);
    const bars = await page.$$eval(`#year-chart rect[data-month="${month}"]`, (rs) => rs.map((r) => [r.dataset.payer, Number(r.dataset.fen)]));
    assert.deepEqual(bars, [['fund', 1066750], ['account', 100000], ['cash', 333250]]);
    assert.equal(await page.textContent(`#month-table tr[data-month="${month}"] td[data-payer="cash"] .figure`), '3,332.50');
    // Beijing's shipped policy has no cap: said, with no figure.
    assert.equal(await page.getAttribute('#cap-text', 'data-known'), 'false');
    assert.deepEqual(await axeViolations(page), []);

    // A slip that does not add up is refused at its box, with the core's words.
    await page.fill('#s-date', today);
    await page.fill('#s-medfee_sumamt', '100');
    await page.fill('#s-inscp_scp_amt', '90');
    await page.fill('#s-psn_cash_pay', '100');
    await page.click('#s-save');
    await page.waitForSelector('.error-summary');
    assert.match(await page.textContent('#s-medfee_sumamt-error'), /90\.00/);
    await shot(page, `ledger-year-${lang}.png`);

    // The estimate again: now the third stay of the year. In scope 10,000 at 14,500–24,500;
    // deductible 650 (the second and later), 15,150–24,500 = 9,350 × 85% = 7,947.50.
    await follow(page, '#to-estimate', 'estimate');
    assert.match(await page.textContent('#ytd-ledger-text'), /14,500\.00/);
    assert.equal(await openResult(page), 794750);
    const line = await page.textContent('#result-ledger-text');
    assert.ok(line.startsWith(E.form.ytd.fromLedger(Number(today.slice(0, 4)), 2)), line);
    // The core, asked directly with the ledger's year, gives the same.
    const year = (await askCore(page, 'ledger.summarize', { as_of: today, insured_region: '110000', scheme: 'employee',
      settlements: JSON.parse(await page.evaluate(() => localStorage.getItem('medins.ledger.settlements'))) })).result.years.at(-1);
    assert.deepEqual(year.year_to_date, { eligible_fen: 1450000, deductible_paid_fen: 195000, fund_paid_fen: 1066750,
      admissions: 2, critical_illness_base_fen: 0, critical_illness_paid_fen: 0 });
    await shot(page, `ledger-estimate-${lang}.png`);

    // Not using them: back to the typed figures (none), the first-stay answer.
    await page.click('#result-ledger-off');
    await page.waitForFunction(() => !document.getElementById('result-ledger'));
    assert.equal(await fundShown(page), 739500);

    assert.deepEqual(problems, []);
    const origin = new URL(env.baseUrl).origin;
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')), []);
  });
}

test('a claim moves through its stages, with its deadline reminder and a calendar file', async (t) => {
  const { page, problems } = await openPage(env, t, { acceptDownloads: true });
  const T = LEDGER_TEXT['zh-CN'];
  const today = await localDay(page);
  // In through the main page's link.
  assert.equal(await page.textContent('#ledger-start'), HOME_TEXT['zh-CN'].ledgerStart);
  await follow(page, '#ledger-start', 'ledger');
  await page.check('#p-scheme-employee');
  await page.fill('#p-insured', '110000');
  await page.fill('#p-months', '6');
  await page.dispatchEvent('#p-months', 'change');
  await page.fill('#c-place', '某医院');
  await page.fill('#c-treated', today);
  await page.fill('#c-amount', '3500');
  await page.click('#c-save');
  await page.waitForSelector('#claim-0[data-stage="prepared"]');
  // Six months after today, counted by the core.
  const { result } = await askCore(page, 'ledger.summarize', { as_of: today, insured_region: '110000', scheme: 'employee',
    insured_place_rules: { claim_deadline: { months: 6 } },
    claims: [{ treated_on: today, amount_fen: 350000, history: [{ stage: 'prepared', date: today }] }] });
  const deadline = result.claims[0].deadline;
  assert.equal(await page.textContent('.reminder'), T.reminders.daysLeft('某医院', deadline.date, deadline.days_left));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ics-download')]);
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, new RegExp(`DTSTART;VALUE=DATE:${deadline.date.replace(/-/g, '')}\r\n`));
  await shot(page, 'ledger-claim-zh-CN.png');
  // Handed in: the reminder goes; under review offers paid or refused.
  await page.click('#claim-0-to-submitted');
  await page.waitForSelector('#claim-0[data-stage="submitted"]');
  assert.equal(await page.$('.reminder'), null);
  await page.click('#claim-0-to-under_review');
  await page.waitForSelector('#claim-0[data-stage="under_review"]');
  assert.deepEqual(await page.$$eval('#claim-0 button[id^="claim-0-to-"]', (bs) => bs.map((b) => b.id)), ['claim-0-to-paid', 'claim-0-to-refused']);
  // Paid more than claimed is refused at the amount, with the core's words; then paid 3,000.
  await page.fill('#claim-0-paid', '4000');
  await page.click('#claim-0-to-paid');
  await page.waitForSelector('#claim-0-paid-error');
  await page.fill('#claim-0-paid', '3000');
  await page.click('#claim-0-to-paid');
  await page.waitForSelector('#claim-0[data-stage="paid"]');
  assert.equal(await page.$('#claim-0 button[id^="claim-0-to-"]'), null);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('medins.ledger.claims')));
  assert.equal(stored[0].paid_fen, 300000);
  assert.deepEqual(stored[0].history.map((h) => h.stage), ['prepared', 'submitted', 'under_review', 'paid']);
  assert.deepEqual(problems, []);
});

// The insured place's policy file arrives while a person is typing a hospital's name: the screen
// is drawn again (new elements), and what they type next still lands in the box.
test('typing goes on in the same box when the policy file arrives mid-word', async (t) => {
  // The service worker is kept out: a request it makes for the page is not held by page.route.
  const { page, problems } = await openPage(env, t, { serviceWorkers: 'block' });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/policies/110000/employee.json', async (route) => { await held; await route.continue(); });
  await follow(page, '#ledger-start', 'ledger');
  await page.check('#p-scheme-employee');
  await page.fill('#p-insured', '110000');
  await page.dispatchEvent('#p-insured', 'change');
  await page.click('#c-place');
  await page.keyboard.type('北京');
  await page.evaluate(() => { document.getElementById('c-place').dataset.before = 'yes'; });
  release();
  await page.waitForFunction(() => document.getElementById('c-place')?.dataset.before !== 'yes');
  await page.keyboard.type('协和医院');
  assert.equal(await page.inputValue('#c-place'), '北京协和医院');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'c-place');
  assert.deepEqual(problems, []);
});

// A first visit (nothing kept for the ledger) is the person's forms and empty lists: drawn at
// once, with nothing of the core fetched until a pointer or the focus enters the screen. A claim
// saved while the core cannot be had says the page did not load, loses nothing typed, and is
// saved once the core can be fetched.
test('a first visit draws the ledger without the core; a claim waits for it, and says so if it cannot come', async (t) => {
  const { page, coreRequests: core } = await openCounted(env, t, 'ledger/', { viewport: { width: 390, height: 844 } });
  const T = LEDGER_TEXT['zh-CN'];
  const S = SHELL_TEXT['zh-CN'];
  assert.equal(await page.isVisible('#status'), false);
  for (const id of ['#p-insured', '#p-scheme-employee', '#settlement-form', '#claim-form', '#ledger-clear']) assert.ok(await page.$(id), id);
  assert.equal(await page.textContent('#section-claims p'), T.claims.empty);
  assert.deepEqual(core(), [], 'nothing of the core fetched for a look');

  // The module refused: the place and scheme are taken, the year says the page did not load.
  await page.route('**/medins.wasm', (route) => route.abort());
  await page.check('#p-scheme-employee');
  await page.fill('#p-insured', '110000');
  await page.dispatchEvent('#p-insured', 'change');
  await page.waitForFunction((text) => document.getElementById('year-waiting')?.textContent === text, S.loadFailed);
  assert.ok(core().length > 0, 'the focus asked for the core');
  const today = await localDay(page);
  await page.fill('#c-place', '某医院');
  await page.fill('#c-treated', today);
  await page.fill('#c-amount', '3500');
  await page.click('#c-save');
  await page.waitForSelector('.error-summary');
  assert.match(await page.textContent('.error-summary'), new RegExp(S.loadFailed.slice(0, 8)));
  assert.equal(await page.$('#claim-0'), null);
  assert.equal(await page.inputValue('#c-amount'), '3500', 'what was typed is kept');
  await shot(page, 'ledger-unloaded-zh.png');

  // Reachable again: the same claim is saved, and the year and the place's name come.
  await page.unroute('**/medins.wasm');
  await page.click('#c-save');
  await page.waitForSelector('#claim-0[data-stage="prepared"]');
  assert.equal(await page.textContent('#p-insured-name'), '北京市');
  assert.ok(await page.$('#ytd-list'));
  assert.equal(await page.$('#year-waiting'), null);
  // On the phone, with large text, every figure of the year so far is on the screen (they were
  // pushed past its right edge, beside their labels).
  await page.click('#large-text');
  const edges = await page.$$eval('#ytd-list dd', (dds) => dds.map((d) => [d.textContent, d.getBoundingClientRect().right]));
  assert.equal(edges.length, 4);
  for (const [text, right] of edges) assert.ok(right <= 390, `${text} ends at ${right} px`);
});

// With large text on a phone the month table is stacked one figure a line, its column headings
// hidden: each figure must say whose it is (it was a row of six unlabelled numbers), and stay on
// the screen. The figures are the core's, from two slips kept on the device.
for (const lang of ['zh-CN', 'en']) {
  test(`with large text on a phone each month's figures are named (${lang})`, async (t) => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: lang });
    t.after(() => context.close());
    const today = new Date();
    const year = today.getFullYear();
    await context.addInitScript((y) => {
      localStorage.setItem('medins.large_text', '1');
      localStorage.setItem('medins.ledger.profile', JSON.stringify({ insured: '110105', scheme: 'employee' }));
      localStorage.setItem('medins.ledger.settlements', JSON.stringify([
        { id: 's1', date: `${y}-01-10`, setting: 'inpatient', slip: { medfee_sumamt: 4500000, inscp_scp_amt: 4500000, act_pay_dedc: 130000, hifp_pay: 3814500, psn_cash_pay: 685500 } },
      ]));
    }, year);
    const page = await context.newPage();
    await page.goto(new URL('ledger/', env.baseUrl).href);
    await waitReady(page);
    await page.waitForSelector('#month-table');
    const T = LEDGER_TEXT[lang];
    const cells = await page.$$eval('#month-table tbody td', (tds) => tds.map((td) => ({
      shown: td.innerText.replace(/\s+/g, ' ').trim(),
      figure: td.querySelector('.figure').textContent,
      right: td.getBoundingClientRect().right,
    })));
    const names = [...['fund', 'critical_illness', 'assistance', 'other_funds', 'account', 'cash'].map((p) => T.payers[p]), T.year.total];
    assert.equal(cells.length, names.length);
    cells.forEach((cell, i) => {
      assert.equal(cell.shown, `${names[i]} ${cell.figure}`);
      assert.ok(cell.right <= 390, `${cell.shown} ends at ${cell.right} px`);
    });
    // The fund's 38,145.00 and the month's 45,000.00, as the slip says.
    assert.equal(cells[0].figure, formatFen(3814500));
    assert.equal(cells.at(-1).figure, formatFen(4500000));
    await page.locator('#month-table').screenshot({ path: path.join(screenshotDir, `ledger-months-large-${lang}.png`) });
  });
}
