// Who pays the person's share (web/estimate/account.js, web/ledger/balance.js, docs/estimate.md):
// on a 390 px phone in large text, zh-CN then English, a balance typed on the estimate form
// gives the split of the person's share to the fen as the core in the page answers the same
// request; a negative balance gives the core's words at the field and keeps what was typed
// across a reload; a settlement slip with its balance shows on the ledger's year.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/account.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { ESTIMATE_TEXT } from '../../web/estimate/text.js';
import { LEDGER_TEXT } from '../../web/ledger/text.js';
import path from 'node:path';
import { follow, openPage, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';
import { askCore, localDay, waitScreen } from './flow-steps.mjs';

const env = useSiteAndBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

// A Beijing employee's stay inside Beijing: 10,000.00 of class A, 1,000.00 of class C.
function answers(today) {
  const [year, month, day] = today.split('-');
  const parts = { year, month: String(Number(month)), day: String(Number(day)) };
  return {
    scheme: 'employee', employment: 'working', insured: '110000', treatment: '110105',
    category: 'none', setting: 'inpatient', level: '3', admitted: parts, discharged: parts,
    billMode: 'totals', totals: { A: '10000', C: '1000' }, policy: '110000/employee',
  };
}

const split = (page) => page.evaluate(() => {
  const fen = (id) => (document.getElementById(id) ? Number(document.getElementById(id).dataset.fen) : null);
  const text = (id) => document.getElementById(id)?.textContent ?? null;
  return {
    own: fen('account-own'), cash: fen('account-cash'), left: fen('account-left'),
    ownText: text('account-own'), cashText: text('account-cash'), leftText: text('account-left'),
    classC: text('account-class-c'),
  };
});

// What a person sees on the phone's screen around one part: that part scrolled to the top.
async function screen(page, selector, name) {
  await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), selector);
  await page.screenshot({ path: path.join(screenshotDir, name) });
}

const stored = (page, key) => page.evaluate((k) => JSON.parse(localStorage.getItem(`medins.estimate.${k}`)), key);

for (const lang of ['zh-CN', 'en']) {
  test(`a typed balance splits the share as the core does; a bad one is refused in words and kept (${lang})`, async (t) => {
    const { page, problems, requests } = await openPage(env, t, PHONE);
    const E = ESTIMATE_TEXT[lang];
    const L = LEDGER_TEXT[lang];
    const today = await localDay(page);
    await page.evaluate(({ a, code }) => {
      localStorage.setItem('medins.lang', code);
      for (const [k, v] of Object.entries(a)) localStorage.setItem(`medins.estimate.${k}`, JSON.stringify(v));
    }, { a: answers(today), code: lang });
    await page.goto(new URL('estimate/#/', env.baseUrl).href);
    await waitReady(page);
    await page.click('#large-text');

    // 1,000.00 in the account: it pays 1,000.00 of the in-scope share, the rest is cash.
    await page.fill('#account-balance', '1,000');
    await page.click('#estimate-submit');
    await waitScreen(page, 'result');
    const sent = await stored(page, 'last_request');
    assert.deepEqual(sent.account, { balance_fen: 100000 });
    const core = await askCore(page, 'estimate', sent);
    assert.equal(core.ok, true);
    const a = core.result.account;
    const shown = await split(page);
    assert.equal(shown.own, a.acct_pay_fen - a.acct_mulaid_pay_fen);
    assert.equal(shown.cash, a.psn_cash_pay_fen);
    assert.equal(shown.left, a.balc_fen);
    assert.equal(shown.own, 100000);
    assert.equal(shown.left, 0);
    assert.equal(shown.own + shown.cash, core.result.person_pays_fen);
    assert.equal(shown.ownText, E.account.result.own(E.yuan(formatFen(shown.own))));
    assert.equal(shown.cashText, E.account.result.cash(E.yuan(formatFen(shown.cash))));
    assert.equal(core.result.slip.psn_part_amt, core.result.slip.acct_pay + core.result.slip.psn_cash_pay);
    await shot(page, `account-result-${lang}.png`);
    await screen(page, '#result-sentence', `account-result-screen-${lang}.png`);

    // A larger balance: the in-scope share is covered; class C (1,000.00) is open, so the page
    // says how little cash it could be if the place allows the account to pay it.
    await page.click('.back-link');
    await page.fill('#account-balance', '20000');
    await page.click('#estimate-submit');
    await waitScreen(page, 'result');
    const more = (await askCore(page, 'estimate', await stored(page, 'last_request'))).result.account;
    const shownMore = await split(page);
    assert.equal(shownMore.cash, more.psn_cash_pay_fen);
    assert.equal(shownMore.cash, 100000);
    assert.equal(shownMore.left, more.balc_fen);
    await screen(page, '#result-account', `account-class-c-screen-${lang}.png`);
    assert.equal(shownMore.classC, E.account.result.classCOpen(E.yuan(formatFen(more.range.psn_cash_pay_fen.min))));

    // A negative balance: the core's words at the field, nothing lost on a reload.
    await page.click('.back-link');
    await page.fill('#account-balance', '-5');
    await page.click('#estimate-submit');
    await page.waitForSelector('#account-balance-error');
    const refused = await askCore(page, 'estimate', { ...sent, account: { balance_fen: -500 } });
    assert.equal(refused.errors[0].code, 'estimate.account_balance_out_of_range');
    const words = await page.textContent('#account-balance-error');
    assert.ok(words.includes(refused.errors[0].message[lang]), words);
    assert.ok(!/estimate\.|\/account|balance_fen/.test(words), `no code or pointer shown: ${words}`);
    await shot(page, `account-error-${lang}.png`);
    await screen(page, '.error-summary', `account-error-summary-${lang}.png`);
    await screen(page, '#section-account', `account-error-field-${lang}.png`);
    await page.reload();
    await waitReady(page);
    assert.equal(await page.inputValue('#account-balance'), '-5');

    // The ledger: a slip that shows the balance after it.
    await follow(page, '#ledger-link', 'ledger');
    await page.fill('#s-date', today);
    await page.selectOption('#s-setting', 'inpatient');
    for (const [box, fen] of Object.entries({ medfee_sumamt: 1000000, inscp_scp_amt: 1000000, act_pay_dedc: 130000,
      hifp_pay: 739500, acct_pay: 100000, psn_cash_pay: 160500, balc: 254416 })) {
      await page.fill(`#s-${box}`, formatFen(fen));
    }
    await page.click('#s-save');
    await page.waitForSelector('#ledger-notice');
    assert.equal(await page.getAttribute('#balance-last', 'data-fen'), '254416');
    assert.equal(await page.textContent('#balance-last'), L.year.balanceLast(L.yuan('2,544.16')));
    await shot(page, `account-ledger-${lang}.png`);
    await screen(page, '#balance', `account-ledger-screen-${lang}.png`);

    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(env.baseUrl)), []);
  });
}
