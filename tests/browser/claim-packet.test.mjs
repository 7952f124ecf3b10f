// Browser tests for serious illness while travelling (web/eligibility/packet.js) and the personal
// account on the eligibility answer: on a 390 px phone, a person walks the questions to the
// manual-claim answer, opens the claim packet, sees the papers (with the guarantor's certificate),
// the deadline, who hands it in, the checks and what to keep, exactly as the core words them
// (asked in the page through the wasm module), prints it (the form and the header stay off the
// paper), adds it to "My year" after a refused amount that stays typed, and finds the claim on the
// ledger page; in zh-CN and in English with large text. Then the personal account for a pharmacy
// purchase. Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/claim-packet.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEXT } from '../../web/eligibility/text.js';
import { runAxe } from './axe.mjs';
import { askCore, choose, fillDate, localDay, pickRegion, startFlow, waitScreen } from './flow-steps.mjs';
import { follow, openPart, shot, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

function assertOnlyOrigin(requests) {
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
}

// Insured in Beijing's Chaoyang district, taken ill in Sanya: admitted as an emergency to a
// hospital that is not designated, discharged, paid, nothing filed.
async function walkToSeriousIllness(page, lang) {
  const t = TEXT[lang];
  await startFlow(page, lang, t.start.title, 'stage');
  await choose(page, 'stage', 'happened', 'insured');
  await pickRegion(page, 'insured', 'bjcy', '北京市 › 朝阳区', 'treatment');
  await pickRegion(page, 'treatment', 'sanya', '海南省 › 三亚市', 'visit');
  await choose(page, 'visit', 'emergency', 'admitted');
  await choose(page, 'admitted', 'yes', 'admitted_on');
  const admitted = await localDay(page, -20);
  const discharged = await localDay(page, -5);
  await fillDate(page, 'admitted_on', admitted, 'discharged');
  await choose(page, 'discharged', 'yes', 'discharged_on');
  await fillDate(page, 'discharged_on', discharged, 'designated');
  await choose(page, 'designated', 'no', 'filed');
  await choose(page, 'filed', 'no', 'voucher');
  await choose(page, 'voucher', 'no', 'paid');
  await choose(page, 'paid', 'yes', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');
  const asOf = await localDay(page);
  const core = await askCore(page, 'eligibility.check', {
    insured_region: '110105',
    treatment_region: '460200',
    visit: { type: 'emergency', admitted_on: admitted, discharged_on: discharged, settled: true },
    institution: { kind: 'hospital', designated: false, networked: { inpatient: null } },
    voucher_activated: false,
    as_of: asOf,
  });
  assert.equal(core.result.route, 'manual_claim');
  return { core: core.result, discharged };
}

const readPacket = (page) => page.evaluate(() => {
  const texts = (sel) => [...document.querySelectorAll(sel)].map((n) => n.textContent);
  return {
    papers: [...document.querySelectorAll('#packet-papers > li')].map((li) => li.dataset.item),
    paperTexts: texts('#packet-papers > li .packet-paper > p'),
    who: document.querySelector('#packet-where .who-submits')?.textContent ?? '',
    deadline: document.querySelector('#packet-deadline .deadline-date')?.textContent ?? '',
    audits: [...document.querySelectorAll('#packet-audits [data-audit]')].map((li) => li.dataset.audit),
    keep: [...document.querySelectorAll('#packet-keep [data-keep]')].map((li) => li.dataset.keep),
    keepTexts: texts('#packet-keep [data-keep] > p'),
    wide: document.scrollingElement.scrollWidth,
  };
});

async function assertPacket(page, lang, core) {
  const m = core.manual_claim;
  const shown = await readPacket(page);
  assert.deepEqual(shown.papers, m.checklist.map((c) => c.id));
  assert.ok(shown.papers.includes('guarantor_certificate') && shown.papers.includes('hospital_records'));
  m.checklist.forEach((c, i) => assert.ok(shown.paperTexts[i].startsWith(c.text[lang]), c.id));
  assert.ok(shown.who.startsWith(m.who_submits.text[lang]));
  // No rule of Beijing's is known: "ask them", never a made-up date.
  assert.equal(shown.deadline, TEXT[lang].answer.deadlineUnknown);
  assert.deepEqual(shown.audits, m.audits.map((x) => x.id));
  assert.deepEqual(shown.keep, ['keep_records', 'keep_photos', 'keep_invoices']);
  m.keep.forEach((k, i) => assert.ok(shown.keepTexts[i].startsWith(k.text[lang]), k.id));
  assert.ok(shown.wide <= 390, `sideways scroll: ${shown.wide}px`);
}

// The print view: the packet only, no header, buttons or ledger form.
async function assertPrintView(page, name) {
  await page.emulateMedia({ media: 'print' });
  // Laid out at all (a box inside a hidden parent keeps its own display value).
  const printed = await page.evaluate(() => ['header.top', '#packet-ledger-form', '#packet-print', '#packet-back']
    .map((sel) => [sel, document.querySelector(sel).getClientRects().length > 0]));
  for (const [sel, shown] of printed) assert.equal(shown, false, `${sel} is printed`);
  assert.ok(await page.isVisible('#packet-papers'));
  await shot(page, name);
  await page.emulateMedia({ media: 'screen' });
}

test('zh-CN, 390 px: from the manual-claim answer to the packet, printed, then onto the ledger', async (t) => {
  const { page, problems, requests } = await openPart(env, t, 'eligibility', PHONE);
  const zh = TEXT['zh-CN'];
  const { core, discharged } = await walkToSeriousIllness(page, 'zh-CN');
  // The answer itself says who hands the claim in and what to keep, and leads to the packet.
  assert.ok((await page.textContent('#answer-claim .who-submits')).startsWith(core.manual_claim.who_submits.text['zh-CN']));
  assert.equal(await page.locator('#answer-keep [data-keep]').count(), 3);
  assert.equal(await page.textContent('#packet-link'), zh.answer.packetLink);
  await page.click('#packet-link');
  await waitScreen(page, 'packet');
  assert.equal(await page.textContent('h1'), zh.packet.title);
  await assertPacket(page, 'zh-CN', core);
  await shot(page, 'packet-390-zh.png');
  assert.deepEqual(await runAxe(page), [], 'packet (zh-CN)');
  await assertPrintView(page, 'packet-print-zh.png');

  // Onto the ledger: nothing typed, then an amount past the fen: refused, and kept as typed.
  await page.click('#packet-add');
  await page.waitForSelector('.error-summary');
  const summary = await page.textContent('.error-summary');
  assert.ok(summary.includes(zh.packet.errors.empty));
  assert.ok(summary.includes(zh.packet.errors.scheme));
  await page.fill('#packet-amount', '12000.555');
  await page.check('#packet-scheme-0');
  await page.click('#packet-add');
  await page.waitForFunction((text) => document.querySelector('.error-summary')?.textContent.includes(text), zh.packet.errors.precision);
  assert.equal(await page.inputValue('#packet-amount'), '12000.555', 'what was typed is still there');
  assert.ok(await page.isChecked('#packet-scheme-0'), 'the scheme chosen is still chosen');
  await shot(page, 'packet-error-390-zh.png');
  await page.fill('#packet-amount', '12000.50');
  await page.click('#packet-add');
  await page.waitForSelector('#packet-added');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('medins.ledger.claims')));
  assert.equal(stored.length, 1);
  assert.equal(stored[0].amount_fen, 1200050);
  assert.equal(stored[0].treated_on, discharged, 'the deadline counts from the discharge');
  assert.equal(stored[0].history[0].stage, 'prepared');

  // The ledger page shows the claim, its stage and its reminder.
  await Promise.all([page.waitForURL('**/ledger/'), page.click('#packet-open-ledger')]);
  await waitReady(page);
  await page.waitForSelector('#claim-0[data-stage="prepared"]');
  assert.match(await page.textContent('#claim-0 h3'), /三亚市.*12,000\.50/);
  assert.equal(await page.locator('#section-reminders .reminder[data-claim="0"]').count(), 1);
  await shot(page, 'packet-ledger-390-zh.png');
  assert.deepEqual(problems, []);
  assertOnlyOrigin(requests);
});

test('English, large text, 390 px: the packet in English and its print view', async (t) => {
  const { page, problems, requests } = await openPart(env, t, 'eligibility', PHONE);
  await page.click('#large-text');
  const { core } = await walkToSeriousIllness(page, 'en');
  await page.click('#packet-link');
  await waitScreen(page, 'packet');
  assert.equal(await page.textContent('h1'), TEXT.en.packet.title);
  await assertPacket(page, 'en', core);
  await shot(page, 'packet-390-en-large.png');
  assert.deepEqual(await runAxe(page), [], 'packet (en, large text)');
  await assertPrintView(page, 'packet-print-en-large.png');
  // The language switch keeps what is typed.
  await page.fill('#packet-amount', '800');
  await page.click('#lang-zh');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.equal(await page.inputValue('#packet-amount'), '800');
  assert.deepEqual(problems, []);
  assertOnlyOrigin(requests);
});

test('a pharmacy purchase elsewhere: the personal account, employee and resident (390 px)', async (t) => {
  const { page, problems } = await openPart(env, t, 'eligibility', PHONE);
  const zh = TEXT['zh-CN'];
  await startFlow(page, 'zh-CN', zh.start.title, 'stage');
  await choose(page, 'stage', 'happened', 'insured');
  await pickRegion(page, 'insured', 'bjcy', '北京市 › 朝阳区', 'treatment');
  await pickRegion(page, 'treatment', 'sanya', '海南省 › 三亚市', 'visit');
  await choose(page, 'visit', 'pharmacy', 'scheme');
  await choose(page, 'scheme', 'employee', 'visit_on');
  const day = await localDay(page, -1);
  const filedOn = await localDay(page, -30);
  await fillDate(page, 'visit_on', day, 'designated');
  await choose(page, 'designated', 'yes', 'networked');
  await choose(page, 'networked', 'yes', 'filed');
  await choose(page, 'filed', 'yes', 'category');
  await choose(page, 'category', 'other_temporary', 'filed_on');
  await fillDate(page, 'filed_on', filedOn, 'voucher');
  await choose(page, 'voucher', 'yes', 'paid');
  await choose(page, 'paid', 'no', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');
  const asOf = await localDay(page);
  const request = (scheme) => ({
    person: { scheme },
    insured_region: '110105',
    treatment_region: '460200',
    filing: { category: 'other_temporary', filed_on: filedOn },
    visit: { type: 'pharmacy', visit_on: day, settled: false },
    institution: { kind: 'pharmacy', designated: true, networked: { outpatient: true } },
    voucher_activated: true,
    as_of: asOf,
  });
  const employee = (await askCore(page, 'eligibility.check', request('employee'))).result.personal_account;
  assert.equal(await page.getAttribute('#account-can', 'data-can-pay'), 'yes');
  assert.equal(await page.textContent('#account-can'), zh.answer.accountCan.yes);
  assert.ok((await page.textContent('#answer-account li[data-code] > p')).startsWith(employee.reason.text['zh-CN']));
  // Unconfirmed: no official text was read, and the page says so.
  assert.equal(await page.locator('#answer-account .mark-unconfirmed').count(), 1);
  await shot(page, 'account-employee-390-zh.png');

  // A resident has no personal account: change the answer from the check screen.
  await page.goto(`${page.url().split('#')[0]}#/scheme`);
  await waitScreen(page, 'scheme');
  await choose(page, 'scheme', 'resident');
  await page.goto(`${page.url().split('#')[0]}#/result`);
  await waitScreen(page, 'result');
  const resident = (await askCore(page, 'eligibility.check', request('resident'))).result.personal_account;
  assert.equal(resident.can_pay, false);
  assert.equal(await page.getAttribute('#account-can', 'data-can-pay'), 'no');
  await page.click('#large-text');
  await page.click('#lang-en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.ok((await page.textContent('#answer-account li[data-code] > p')).startsWith(resident.reason.text.en));
  await shot(page, 'account-resident-390-en-large.png');
  assert.deepEqual(await runAxe(page), [], 'answer with the personal account (en, large text)');
  assert.deepEqual(problems, []);
});
