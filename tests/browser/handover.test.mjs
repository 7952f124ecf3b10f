// Browser tests for the family handover (web/handover/): a case prepared on the three pages
// (filing and eligibility answers as those pages save them, checked by opening their result
// screens; the estimate typed into its form) becomes one card and one message whose words and
// figures are the core's; the ID number stays off unless ticked, and the tick is not kept; the
// card printed to A4 PDF is read back with pdftotext; a full card reads on its own (the checks on
// it, the alternatives to a paper) and prints on one A4 sheet; both languages; axe-core; a 360 px phone;
// no request beyond the origin.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/handover.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { TEXT } from '../../web/handover/text.js';
import { runAxe } from './axe.mjs';
import { enterCase } from './estimate-steps.mjs';
import { askCore, waitScreen } from './flow-steps.mjs';
import { follow, openPage, record, repoRoot, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();
const ID = '11010519491231002X';
const ESTIMATE = JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'shipped', 'estimate', 'beijing-tier3-working-crosses-two-bands.json'), 'utf8'));

// A Beijing employee living in Shanghai (徐汇) for the long term, a stay planned for December.
const FILING = {
  scheme: 'employee', employment: 'working', insured: '110105', destination: '310104', purpose: 'live',
  household: 'no', permit: 'yes', since: { year: '2026', month: '3', day: '1' },
  start_date: { year: '2026', month: '12', day: '1' }, name: '张三', mobile: '13800138000',
  address: '上海市徐汇区漕溪北路1号',
};
const ELIGIBILITY = {
  insured: '110105', treatment: '310104', visit: 'inpatient', admitted_on: { year: '2026', month: '12', day: '5' },
  discharged: 'not_yet', designated: 'yes', networked: 'yes', filed: 'yes', category: 'long_term_resident',
  filed_on: { year: '2026', month: '11', day: '20' }, voucher: 'yes',
};

async function prepareCase(page, eligibilityAnswers = ELIGIBILITY) {
  await page.evaluate(([filing, eligibility, id]) => {
    for (const [k, v] of Object.entries(filing)) localStorage.setItem(`medins.filing.${k}`, JSON.stringify(v));
    for (const [k, v] of Object.entries(eligibility)) localStorage.setItem(`medins.eligibility.${k}`, JSON.stringify(v));
    sessionStorage.setItem('medins.filing.id', JSON.stringify(id));
  }, [FILING, eligibilityAnswers, ID]);
  // The saved answers are what the pages themselves accept: each shows its result from them.
  await page.goto(`${env.baseUrl}filing/#/result`);
  await waitReady(page);
  await waitScreen(page, 'result');
  await page.goto(`${env.baseUrl}eligibility/#/result`);
  await waitReady(page);
  await waitScreen(page, 'result');
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  await enterCase(page, ESTIMATE.request);
}

async function openHandover(page) {
  await page.goto(env.baseUrl);
  await waitReady(page);
  await follow(page, '#handover-start', 'handover');
}

function cardText(page) {
  return page.evaluate(() => ({
    card: document.getElementById('card')?.innerText ?? '',
    message: document.getElementById('message')?.value ?? '',
    items: [...document.querySelectorAll('#card .card-section p, #card .card-section li')].map((n) => n.textContent.replace(/ 【.*】$/, '')),
  }));
}

// What the core says now for the same answers, in the page (the page's as_of is today).
async function coreSays(page) {
  const asOf = await page.evaluate(() => {
    const d = new Date();
    const pad = (x) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  const plan = await askCore(page, 'filing.plan', {
    person: { scheme: 'employee', employment: 'working' }, insured_region: '110105', destination: '310104',
    start_date: '2026-12-01', as_of: asOf,
    facts: { household_registration_moved: false, has_residence_permit: true, days_living_there: await page.evaluate(
      (a) => Math.round((Date.UTC(...a.split('-').map((x, i) => Number(x) - (i === 1 ? 1 : 0))) - Date.UTC(2026, 2, 1)) / 86400000), asOf),
    posted_by_employer: false, referred_by_hospital: false, emergency: false },
  });
  const check = await askCore(page, 'eligibility.check', {
    insured_region: '110105', treatment_region: '310104', visit: { type: 'inpatient', admitted_on: '2026-12-05' },
    institution: { kind: 'hospital', designated: true, networked: { inpatient: true } }, voucher_activated: true,
    filing: { category: 'long_term_resident', filed_on: '2026-11-20' }, as_of: asOf,
  });
  const estimate = await askCore(page, 'estimate', ESTIMATE.request);
  assert.ok(plan.ok && check.ok && estimate.ok, JSON.stringify([plan.errors, check.errors, estimate.errors]));
  return { plan: plan.result, check: check.result, estimate: estimate.result };
}

function pdfPages(file) {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
}

function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('zh-CN: the prepared case on one card and one message, the core\'s words, no ID unless ticked, printed to A4', async (t) => {
  const { page, problems, requests } = await openPage(env, t);
  await prepareCase(page);
  await openHandover(page);
  const zh = TEXT['zh-CN'];
  const core = await coreSays(page);
  let shown = await cardText(page);

  const category = core.plan.category.name['zh-CN'];
  assert.ok(shown.items.includes(zh.filingNeeded.yes(category)), 'filing: file first, the core\'s category');
  assert.ok(shown.items.includes(core.check.summary['zh-CN']), 'the route sentence of eligibility.check');
  assert.equal(core.estimate.person_pays_fen, ESTIMATE.expected.result.person_pays_fen);
  assert.ok(shown.items.includes(zh.personPays(zh.yuan(formatFen(core.estimate.person_pays_fen)))), 'you pay, to the fen');
  assert.ok(shown.items.includes(zh.fundPays(zh.yuan(formatFen(core.estimate.fund_pays_fen)))));
  assert.ok(shown.items.includes(zh.dateFilingStart('2026年12月1日')), 'the filing start among the days');
  assert.ok(shown.card.includes('张三'));
  // Every line of the card is in the message too: one model, two forms.
  for (const item of shown.items) assert.ok(shown.message.includes(item), `message lacks: ${item}`);
  assert.ok(!shown.card.includes(ID) && !shown.message.includes(ID), 'no ID number unless ticked');
  assert.ok(!shown.card.includes('1101051949') && !shown.message.includes('002X'), 'not even part of it');

  // Whom it is for: in the title, kept on reload.
  await page.fill('#for-name', '妈妈');
  shown = await cardText(page);
  assert.ok(shown.message.startsWith(`【${zh.forTitle('妈妈')}】`));

  await page.check('#include-id');
  shown = await cardText(page);
  assert.ok(shown.card.includes(ID) && shown.message.includes(ID), 'the ID number once ticked');
  await shot(page, 'handover-zh.png');
  assert.deepEqual(await runAxe(page), [], 'handover (zh-CN)');

  // Printed (the buttons choose what; the browser's print dialog is replaced by Chromium's PDF).
  await page.evaluate(() => {
    window.print = () => {};
  });
  const squeeze = (text) => text.replace(/\s+/g, '');
  await page.click('#print-card');
  const file = path.join(screenshotDir, 'handover-card-zh.pdf');
  await page.pdf({ format: 'A4', path: file });
  const printed = squeeze(pdfText(file));
  for (const line of [zh.forTitle('妈妈'), core.check.summary['zh-CN'], zh.personPays(zh.yuan(formatFen(core.estimate.person_pays_fen))), ID]) {
    assert.ok(printed.includes(squeeze(line)), `the card PDF lacks: ${line}`);
  }
  assert.ok(!printed.includes(zh.copy) && !printed.includes(zh.includeId), 'controls are not printed');
  assert.ok(!printed.includes(squeeze(zh.packetTitle)), 'the card alone leaves the packet out');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, path.join(screenshotDir, 'handover-card-zh-page')]);

  // The full packet: the card, then the filing QR code and the estimate's explanation step by step.
  await page.waitForFunction(() => document.getElementById('packet-qr')?.dataset.state === 'ready');
  assert.equal(await page.locator('#packet-qr svg').count(), 1);
  await page.click('#print-packet');
  const packetFile = path.join(screenshotDir, 'handover-packet-zh.pdf');
  await page.pdf({ format: 'A4', path: packetFile });
  const packet = squeeze(pdfText(packetFile));
  for (const line of [zh.forTitle('妈妈'), zh.packetTitle, zh.packetQrTitle, zh.packetExplanationTitle,
    ...core.estimate.explanation.map((e) => e['zh-CN'])]) {
    assert.ok(packet.includes(squeeze(line)), `the packet PDF lacks: ${line}`);
  }
  execFileSync('pdftoppm', ['-png', '-r', '50', packetFile, path.join(screenshotDir, 'handover-packet-zh-page')]);

  // The tick is not remembered; the name is.
  await page.reload();
  await waitReady(page);
  assert.equal(await page.isChecked('#include-id'), false);
  assert.equal(await page.inputValue('#for-name'), '妈妈');
  shown = await cardText(page);
  assert.ok(!shown.card.includes(ID) && !shown.message.includes(ID));

  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360, 'sideways scroll at 360 px');
  await shot(page, 'handover-phone-zh.png');
  assert.deepEqual(problems, []);
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
});

test('en: the same card in English, printed; with nothing prepared the page says where to start', async (t) => {
  const { page, problems } = await openPage(env, t);
  await openHandover(page);
  await page.click('#lang-en');
  const en = TEXT.en;
  assert.equal(await page.isVisible('#card'), false);
  assert.equal((await page.textContent('#not-done p')).trim(), en.nothingYet);
  assert.deepEqual(await page.$$eval('#not-done a', (as) => as.map((a) => a.getAttribute('href'))), ['../filing/', '../eligibility/', '../estimate/']);

  await prepareCase(page);
  await openHandover(page);
  const core = await coreSays(page);
  const shown = await cardText(page);
  assert.ok(shown.items.includes(en.filingNeeded.yes(core.plan.category.name.en)));
  assert.ok(shown.items.includes(core.check.summary.en));
  assert.ok(shown.items.includes(en.personPays(en.yuan(formatFen(core.estimate.person_pays_fen)))));
  assert.ok(shown.items.includes(en.dateFilingStart('1 December 2026')));
  assert.ok(!shown.message.includes(ID));
  await shot(page, 'handover-en.png');
  assert.deepEqual(await runAxe(page), [], 'handover (en)');
  const file = path.join(screenshotDir, 'handover-card-en.pdf');
  await page.pdf({ format: 'A4', path: file });
  const printed = pdfText(file).replace(/\s+/g, ' ');
  assert.ok(printed.includes(en.title), 'the English title printed');
  assert.ok(printed.includes(`You pay about: ${en.yuan(formatFen(core.estimate.person_pays_fen))}`));
  assert.deepEqual(problems, []);
});

// zxing's writer does not come (a lost connection, a refused file): the packet says so in the
// code's place, in the page's language, and the rest of the card is there.
test('a QR code that cannot be drawn is said so in its place', async (t) => {
  const { page, context } = await openPage(env, t, { serviceWorkers: 'block' });
  await prepareCase(page);
  await context.route('**/vendor/zxing/**', (route) => route.abort());
  await openHandover(page);
  await page.waitForFunction(() => document.getElementById('packet-qr')?.dataset.state === 'failed');
  assert.equal((await page.textContent('#packet-qr')).trim(), TEXT['zh-CN'].packetQrFailed);
  assert.equal(await page.isVisible('#card'), true, 'the card is there');
  await page.locator('#packet-qr').scrollIntoViewIfNeeded();
  await shot(page, 'handover-qr-failed-zh.png');
});

// The fullest card a person is likely to print: the hospital's standing not known yet (so the
// visit part is the checks to make), filing with its materials and their alternatives, the
// estimate, the ID number and a name. It must read on its own (it is handed over without the
// page) and fit one A4 sheet.
test('a full card stands alone, gives the alternatives, and prints on one A4 page, in Chinese and English', async (t) => {
  const { page, problems } = await openPage(env, t);
  await prepareCase(page, { ...ELIGIBILITY, designated: 'unknown', networked: 'unknown' });
  await openHandover(page);
  await page.fill('#for-name', '妈妈');
  await page.check('#include-id');
  await page.evaluate(() => {
    window.print = () => {};
  });
  for (const lang of ['zh-CN', 'en']) {
    await page.click(lang === 'en' ? '#lang-en' : '#lang-zh');
    const words = TEXT[lang];
    const { card } = await cardText(page);
    // What to ask is on the card itself, not "below" on a screen the reader does not have.
    assert.doesNotMatch(card, lang === 'en' ? /checks below|see below/i : /下面的核对事项|见下面/);
    const checks = await page.evaluate(() => [...document.querySelectorAll('#card-visit li')].map((li) => li.textContent));
    for (const question of [lang === 'en' ? 'Is this institution designated by medical insurance?' : '这家机构是不是医保定点医药机构？',
      lang === 'en' ? 'networked for direct settlement' : '是否开通了这类费用的异地就医直接结算']) {
      assert.ok(checks.some((c) => c.includes(question)), `the card lacks the check: ${question}`);
      assert.ok(!checks.find((c) => c.includes(question)).includes('【'), `a question carries a confidence mark: ${question}`);
    }
    // The proof of residence may be replaced by a signed personal undertaking (filing.plan's
    // alternatives), and the ID card by the social security card or the e-voucher.
    const materials = await page.evaluate(() => [...document.querySelectorAll('#card-filing li')].map((li) => li.textContent));
    const residence = materials.find((m) => m.includes(lang === 'en' ? 'Proof of residence' : '居住证明'));
    assert.ok(residence?.includes(lang === 'en' ? 'personal undertaking' : '个人承诺书'), `residence proof without its alternative: ${residence}`);
    assert.ok(materials.some((m) => m.includes(lang === 'en' ? 'Social security card' : '社会保障卡')));

    await page.click('#print-card');
    const file = path.join(screenshotDir, `handover-full-card-${lang === 'en' ? 'en' : 'zh'}.pdf`);
    await page.pdf({ format: 'A4', path: file });
    assert.equal(pdfPages(file), 1, `the card prints on ${pdfPages(file)} A4 pages (${lang})`);
    const printed = pdfText(file).replace(/\s+/g, '');
    assert.ok(printed.includes(words.forTitle('妈妈').replace(/\s+/g, '')) && printed.includes(ID), 'title and ID on the sheet');
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(screenshotDir, `handover-full-card-${lang === 'en' ? 'en' : 'zh'}`)]);
  }
  assert.deepEqual(problems, []);
});

// A first visit (nothing saved by the other parts) has no card to work out: the page says where
// to start and is ready without the core, which is not fetched (and would be held here for good,
// as on a line that never brings it). Nothing says "loading".
test('a first visit says where to start without waiting for the core', async (t) => {
  const context = await env.browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  t.after(() => context.close());
  const page = await context.newPage();
  const { problems, requests } = record(page);
  await page.route(/\/medins\.(wasm|js)$/, () => {}); // never answered
  await page.goto(new URL('handover/', env.baseUrl).href);
  await waitReady(page);
  const zh = TEXT['zh-CN'];
  assert.equal(await page.textContent('h1'), zh.title);
  assert.equal((await page.textContent('#not-done p')).trim(), zh.nothingYet);
  assert.deepEqual(await page.$$eval('#not-done a', (as) => as.map((a) => a.getAttribute('href'))), ['../filing/', '../eligibility/', '../estimate/']);
  assert.equal(await page.isHidden('#status'), true);
  assert.equal(await page.isVisible('#card'), false);
  await page.click('#lang-en');
  assert.equal((await page.textContent('#not-done p')).trim(), TEXT.en.nothingYet);
  await page.fill('#for-name', 'Mum');
  assert.equal(await page.inputValue('#for-name'), 'Mum', 'the name box works without the core');
  assert.equal(await page.isHidden('#status'), true);
  await shot(page, 'handover-first-visit-en.png');
  assert.deepEqual(requests.filter((u) => /\/medins\.(wasm|js)$/.test(u)), [], 'the core is not even fetched');
  assert.deepEqual(problems, []);
});
