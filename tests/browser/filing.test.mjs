// Browser tests for the filing flow (web/filing/), against the built site: the questions one
// screen at a time in zh-CN and English, the core's field errors, answers kept across reloads
// (the ID number in sessionStorage only), back and forward, the result against the core's own
// answer, the A4 printout, and the QR code read back from a screenshot with zxing-wasm.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/filing.test.mjs
// Screenshots and filing-summary-zh.pdf go to MEDINS_SCREENSHOT_DIR (default build/screenshots).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { TEXT as FILING_TEXT } from '../../web/filing/text.js';
import { openPart, openWithCoreHeld, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';
import { askCore, choose, fillDate, formatDate, localDay, next, pickRegion, startFlow, waitScreen } from './flow-steps.mjs';

const env = useSiteAndBrowser();

// zxing-wasm's reader in Node, with its .wasm from node_modules (never its CDN).
const require = createRequire(import.meta.url);
prepareZXingModule({
  overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')) },
});

const VALID_ID = '11010519491231002X';
const BAD_ID = '110105194912310021'; // wrong check character
const BAD_MOBILE = '12345';
const BEIJING_CHAOYANG = '北京市 › 朝阳区';
const SANYA = '海南省 › 三亚市';

// In through the main page's link, as people come.
const openFiling = (t, contextOptions) => openPart(env, t, 'filing', contextOptions);

function screen(page) {
  return page.getAttribute('#screen', 'data-screen');
}

// The page's hash must never carry an answer; every screen's URL is recorded and checked.
function tracker(page) {
  const urls = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  return { urls, note: async () => urls.push(page.url()) };
}

async function fillText(page, step, value, nextStep) {
  await page.fill(`#f-${step}`, value);
  await next(page, nextStep);
}

// Every basis in an answer, by confidence: the page must mark each low one as unconfirmed.
function countBases(node, confidence) {
  if (Array.isArray(node)) return node.reduce((n, x) => n + countBases(x, confidence), 0);
  if (!node || typeof node !== 'object') return 0;
  let n = 0;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'basis' || key === 'steps_basis') && value?.confidence) n += value.confidence === confidence ? 1 : 0;
    else n += countBases(value, confidence);
  }
  return n;
}

async function storage(page) {
  return page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage)),
  }));
}

// Field errors as the page shows them: the summary's links, and the message at the field.
async function shownErrors(page) {
  return page.evaluate(() => ({
    summary: [...document.querySelectorAll('.error-summary a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
    field: [...document.querySelectorAll('.field-error')].map((p) => p.textContent),
    focused: document.activeElement?.className ?? '',
  }));
}

/** Asserts the result screen says what the core says for the same request, in `lang`. */
async function assertResultMatchesCore(page, lang, plan) {
  const category = await page.$eval('#result-category', (p) => ({
    id: p.dataset.category, title: p.querySelector('.panel-title').textContent,
  }));
  assert.equal(category.id, plan.category.id);
  assert.ok(category.title.includes(plan.category.name[lang]), `${category.title} names ${plan.category.name[lang]}`);
  const materials = await page.$$eval('#result-materials .checklist-item > .checklist-name', (n) => n.map((x) => x.textContent));
  assert.deepEqual(materials, plan.materials.map((m) => m.name[lang]));
  const channels = await page.$$eval('#result-channels .channel', (n) => n.map((c) => ({
    id: c.dataset.channel, name: c.querySelector('h3').textContent, steps: [...c.querySelectorAll('.channel-steps li')].map((li) => li.textContent),
  })));
  assert.deepEqual(channels.map((c) => c.id), plan.channels.map((c) => c.id));
  plan.channels.forEach((c, i) => {
    assert.ok(channels[i].name.startsWith(c.name[lang]));
    assert.deepEqual(channels[i].steps, c.steps.map((s) => s[lang]));
  });
  const validity = await page.textContent('#result-validity');
  assert.ok(validity.includes(formatDate(plan.validity.starts_on, lang)));
  assert.ok(validity.includes(plan.validity.text[lang]));
  if (plan.validity.ends_on) assert.ok(validity.includes(formatDate(plan.validity.ends_on, lang)));
  const without = await page.$$eval('#result-without li p', (n) => n.map((x) => x.textContent));
  plan.without_filing.forEach((w, i) => assert.ok(without[i].startsWith(w.text[lang])));
  const retro = await page.textContent('#result-retroactive');
  for (const r of plan.retroactive) assert.ok(retro.includes(r.text[lang]));
  assert.ok((await page.textContent('#result-spanning')).includes(plan.admission_spanning_expiry.text[lang]));
  // Every low-confidence rule is marked, and only those.
  const low = await page.$$eval('[data-confidence="low"], [data-steps-confidence="low"]', (n) => n.length);
  assert.equal(low, countBases(plan, 'low'));
  assert.ok(low > 0, 'the shipped rules have unconfirmed parts; the page must show them');
  const marks = await page.$$eval('#result-channels .mark-unconfirmed', (n) => n.map((x) => x.textContent));
  assert.ok(marks.every((m) => m.includes(FILING_TEXT[lang].result.confidence.low)));
  assert.ok((await page.textContent('#not-official')).includes(FILING_TEXT[lang].notOfficial));
}

// A picture of the QR code for `payload`, drawn the way the result screen draws it, shown on its
// own and photographed (a PNG), then taken off the page again.
async function qrPicture(page, payload) {
  await page.evaluate(async (p) => {
    const { drawQr } = await import('/components/qr-code/qr-code.js');
    const svg = await drawQr(p, 'qr');
    svg.id = 'test-qr';
    svg.setAttribute('width', '300');
    document.body.prepend(svg);
  }, payload);
  const png = await page.locator('#test-qr').screenshot();
  await page.evaluate(() => document.getElementById('test-qr').remove());
  return png;
}

// Reads the QR code from a PNG with zxing-wasm in Node, and checks the payload with the core.
async function readQrPng(png) {
  const results = await readBarcodes(png, { formats: ['QRCode'], tryHarder: true });
  assert.equal(results.length, 1, 'one QR code in the screenshot');
  return results[0].text;
}

test('zh-CN: a retiree from 北京 朝阳 to 三亚, with field errors, reload, back/forward, print and QR', async (t) => {
  const { page, problems, requests } = await openFiling(t);
  const { urls } = tracker(page);
  const zh = FILING_TEXT['zh-CN'];
  await startFlow(page, 'zh-CN', zh.start.title, 'scheme');

  // Continue without choosing: the page's own "choose one", at the field and in the summary.
  await next(page);
  let errors = await shownErrors(page);
  assert.deepEqual(errors.summary, [{ text: zh.chooseOne, href: '#scheme-0' }]);
  assert.deepEqual(errors.field, [`${zh.errorPrefix}${zh.chooseOne}`]);
  assert.match(errors.focused, /error-summary/);
  await choose(page, 'scheme', 'employee', 'employment');
  await choose(page, 'employment', 'retired', 'insured');
  await pickRegion(page, 'insured', 'bjcy', BEIJING_CHAOYANG, 'destination');
  // The same city is not care elsewhere: the core says so, at the destination.
  await pickRegion(page, 'destination', 'chaoyang', BEIJING_CHAOYANG);
  const sameCity = await askCore(page, 'filing.validate', { insured_region: '110105', destination: '110105' });
  const sameCityMessage = sameCity.errors.find((e) => e.path === '/destination').message['zh-CN'];
  errors = await shownErrors(page);
  assert.deepEqual(errors.summary, [{ text: sameCityMessage, href: '#destination-input' }]);
  assert.equal(await page.getAttribute('#destination-input', 'aria-invalid'), 'true');
  await pickRegion(page, 'destination', 'sanya', SANYA, 'purpose');
  // A retiree is not offered "posted by an employer".
  assert.equal(await page.$('#screen input[value="work"]'), null);
  await choose(page, 'purpose', 'live', 'household');
  await choose(page, 'household', 'yes', 'permit');
  await choose(page, 'permit', 'no', 'since');
  await fillDate(page, 'since', '2025-03-01', 'start_date');
  // A day the calendar lacks: the core's date message, next to the date.
  await fillDate(page, 'start_date', '2026-02-30');
  const badDate = await askCore(page, 'filing.validate', { start_date: '2026-02-30' });
  errors = await shownErrors(page);
  assert.deepEqual(errors.summary.map((e) => e.text), [badDate.errors.find((e) => e.path === '/start_date').message['zh-CN']]);
  const startDate = await localDay(page, 14);
  await fillDate(page, 'start_date', startDate, 'name');
  await fillText(page, 'name', '张秀英', 'id');

  // A wrong ID: the core's id.check message, beside the field and in the summary.
  const asOf = await localDay(page);
  await fillText(page, 'id', BAD_ID);
  const badIdAnswer = await askCore(page, 'filing.validate', { id: BAD_ID, as_of: asOf });
  const idMessages = badIdAnswer.errors.filter((e) => e.path === '/id').map((e) => e.message['zh-CN']);
  assert.ok(idMessages.length > 0);
  errors = await shownErrors(page);
  assert.deepEqual(errors.summary, idMessages.map((text) => ({ text, href: '#f-id' })));
  assert.deepEqual(errors.field, [idMessages.map((m) => zh.errorPrefix + m).join('')]);
  assert.equal(await page.getAttribute('#f-id', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#f-id', 'aria-describedby'), /\bid-error\b/);
  await shot(page, 'filing-error-id-zh.png');
  // The summary link takes focus to the field without leaving the screen.
  await page.click('.error-summary a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-id');
  assert.equal(await screen(page), 'id');

  // Typed but not yet sent on, then the tab reloads: everything is back, the ID from the
  // session only.
  await page.fill('#f-id', VALID_ID);
  await page.reload();
  await waitReady(page);
  await waitScreen(page, 'id');
  assert.equal(await page.inputValue('#f-id'), VALID_ID);
  let stored = await storage(page);
  assert.equal(stored.session['medins.filing.id'], JSON.stringify(VALID_ID));
  assert.equal(stored.local['medins.filing.id'], undefined);
  assert.ok(Object.values(stored.local).every((v) => !v.includes(VALID_ID)), 'the ID is nowhere in localStorage');
  assert.equal(stored.local['medins.filing.name'], JSON.stringify('张秀英'));
  assert.equal(stored.local['medins.filing.insured'], JSON.stringify('110105'));
  await next(page, 'mobile');

  await fillText(page, 'mobile', BAD_MOBILE);
  const badMobile = await askCore(page, 'filing.validate', { mobile: BAD_MOBILE });
  const mobileMessage = badMobile.errors.find((e) => e.path === '/mobile').message['zh-CN'];
  errors = await shownErrors(page);
  assert.deepEqual(errors.summary, [{ text: mobileMessage, href: '#f-mobile' }]);
  assert.deepEqual(errors.field, [zh.errorPrefix + mobileMessage]);

  // Back and forward are the browser's: back to the ID screen with its answer, forward again.
  await page.goBack();
  await waitScreen(page, 'id');
  assert.equal(await page.inputValue('#f-id'), VALID_ID);
  await page.goForward();
  await waitScreen(page, 'mobile');
  assert.equal(await page.inputValue('#f-mobile'), BAD_MOBILE, 'kept as typed');
  await fillText(page, 'mobile', '138 0013 8000', 'address');
  await fillText(page, 'address', '海南省三亚市吉阳区迎宾路100号', 'reason');
  await fillText(page, 'reason', '随子女在三亚生活', 'check');

  // Check your answers, and a change that comes back here.
  const rows = await page.$$eval('.summary-row', (r) => r.map((x) => [x.querySelector('dt').textContent, x.querySelector('.summary-value').textContent]));
  const row = (key) => rows.find(([k]) => k === zh.steps[key].short)?.[1];
  assert.equal(row('insured'), BEIJING_CHAOYANG);
  assert.equal(row('destination'), SANYA);
  assert.equal(row('employment'), zh.steps.employment.options.retired.label);
  assert.equal(row('start_date'), formatDate(startDate, 'zh-CN'));
  // The ID is masked off its own field (web/filing/id-mask.js) until Show is pressed.
  assert.equal(row('id'), `110105********002X ${zh.idMask.show}`);
  const toggle = '.summary-row .id-toggle';
  assert.equal(await page.getAttribute(toggle, 'aria-pressed'), 'false');
  await shot(page, 'filing-check-zh.png');
  await page.click(toggle);
  assert.equal(await page.textContent('.summary-row .id-value'), VALID_ID);
  assert.equal(await page.getAttribute(toggle, 'aria-pressed'), 'true');
  await page.click(toggle);
  assert.equal(await page.textContent('.summary-row .id-value'), '110105********002X');
  await page.click(`.summary-row:has(dt:text-is("${zh.steps.mobile.short}")) a`);
  await waitScreen(page, 'mobile');
  assert.match(page.url(), /#\/mobile\?from=check$/);
  await fillText(page, 'mobile', '13800138000', 'check');
  await page.click('#screen .button');
  await waitScreen(page, 'result');

  // The result says what the core says for the same answers.
  const sinceDays = await page.evaluate(([a, b]) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000), ['2025-03-01', asOf]);
  const planRequest = {
    person: { scheme: 'employee', employment: 'retired' },
    insured_region: '110105',
    destination: '460200',
    facts: { household_registration_moved: true, has_residence_permit: false, days_living_there: sinceDays, posted_by_employer: false, referred_by_hospital: false, emergency: false },
    start_date: startDate,
    as_of: asOf,
  };
  const plan = await askCore(page, 'filing.plan', planRequest);
  assert.equal(plan.ok, true);
  assert.equal(plan.result.category.id, 'resettled_retiree', 'the core decides a resettled retiree here');
  await assertResultMatchesCore(page, 'zh-CN', plan.result);
  await shot(page, 'filing-result-zh.png');

  // The QR code, drawn by zxing-wasm's writer from the core's payload, read back from a
  // screenshot by zxing-wasm's reader, and verified by the core.
  await page.waitForSelector('#qr[data-state="ready"] svg');
  const qrPng = await page.locator('#qr svg').screenshot({ path: path.join(screenshotDir, 'filing-qr-zh.png') });
  const application = {
    name: '张秀英', id: VALID_ID, mobile: '13800138000', insured_region: '110105', destination: '460200',
    category: 'resettled_retiree', start_date: startDate, contact_address: '海南省三亚市吉阳区迎宾路100号',
    reason: '随子女在三亚生活', as_of: asOf,
  };
  const encoded = await askCore(page, 'filing.encode_qr', { application });
  assert.equal(encoded.ok, true);
  const scanned = await readQrPng(qrPng);
  assert.equal(scanned, encoded.result.payload);
  const decoded = await askCore(page, 'filing.decode_qr', { payload: scanned });
  assert.equal(decoded.ok, true);
  assert.deepEqual(decoded.result.application, { ...application, id: '110105********002X' });
  assert.equal(decoded.result.id_masked, true);
  // The full ID number is on no page that can be printed or photographed.
  assert.ok(!(await page.textContent('#screen')).includes(VALID_ID));

  // The A4 printout, kept for people to look at.
  const pdf = await page.pdf({ format: 'A4', path: path.join(screenshotDir, 'filing-summary-zh.pdf') });
  assert.ok(pdf.length > 10000);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#print-button'), false);
  assert.equal(await page.isVisible('#not-official'), true);
  assert.equal(await page.isVisible('#qr svg'), true);
  assert.equal(await page.isVisible('.print-title'), true);
  await page.emulateMedia({ media: 'screen' });

  // No screen's address ever held an answer.
  for (const url of [...urls, page.url()]) {
    const hash = new URL(url).hash;
    for (const secret of [VALID_ID, '13800138000', '张秀英', encodeURIComponent('张秀英'), '110105', '460200']) {
      assert.ok(!hash.includes(secret), `${url} holds ${secret}`);
    }
  }
  writeFileSync(path.join(screenshotDir, 'filing-qr-zh.txt'), `${scanned}\n`);

  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  assert.ok(requests.some((u) => u.endsWith('/vendor/zxing/writer/zxing_writer.wasm')), 'the writer came from this site');
  assert.ok(!requests.some((u) => u.includes('zxing_reader')), 'the reader is not loaded on the result screen');
  assert.deepEqual(problems, []);
});

test('en: a worker from 上海 浦东 on a temporary trip to 成都, then clearing the answers', async (t) => {
  const { page, problems, requests } = await openFiling(t);
  const en = FILING_TEXT.en;
  await startFlow(page, 'en', en.start.title, 'scheme');
  await choose(page, 'scheme', 'resident', 'employment');
  await choose(page, 'employment', 'working', 'insured');
  await pickRegion(page, 'insured', 'pudong', '上海市 › 浦东新区', 'destination');
  await pickRegion(page, 'destination', 'chengdu', '四川省 › 成都市', 'purpose');
  assert.ok(await page.$('#screen input[value="work"]'), 'working people are offered the posting');
  await choose(page, 'purpose', 'other', 'start_date');
  const startDate = await localDay(page, 3);
  await fillDate(page, 'start_date', startDate, 'name');
  await fillText(page, 'name', 'Li Ming', 'id');
  await fillText(page, 'id', VALID_ID, 'mobile');
  // The core's message in English, at the field.
  await fillText(page, 'mobile', '2345');
  const badMobile = await askCore(page, 'filing.validate', { mobile: '2345' });
  assert.deepEqual((await shownErrors(page)).field, [en.errorPrefix + badMobile.errors.find((e) => e.path === '/mobile').message.en]);
  // Switching language re-says the error in the other language.
  await page.click('#lang-zh');
  assert.deepEqual((await shownErrors(page)).field,
    [FILING_TEXT['zh-CN'].errorPrefix + badMobile.errors.find((e) => e.path === '/mobile').message['zh-CN']]);
  await page.click('#lang-en');
  await fillText(page, 'mobile', '+86 139 1234 5678', 'address');
  await fillText(page, 'address', '成都市武侯区人民南路四段1号', 'reason');
  await next(page, 'check'); // the reason is optional
  assert.ok((await page.textContent('.summary-list')).includes(en.check.empty));
  await page.click('#screen .button');
  await waitScreen(page, 'result');

  const asOf = await localDay(page);
  const plan = await askCore(page, 'filing.plan', {
    person: { scheme: 'resident', employment: 'working' },
    insured_region: '310115',
    destination: '510100',
    facts: { household_registration_moved: false, has_residence_permit: false, days_living_there: 0, posted_by_employer: false, referred_by_hospital: false, emergency: false },
    start_date: startDate,
    as_of: asOf,
  });
  assert.equal(plan.result.category.id, 'other_temporary');
  assert.ok(plan.result.validity.ends_on, 'a temporary filing has an end date');
  await assertResultMatchesCore(page, 'en', plan.result);
  await page.waitForSelector('#qr[data-state="ready"] svg');
  await shot(page, 'filing-result-en.png');

  // Clearing removes every answer from both storages, and the flow starts over.
  await page.click('#clear-link');
  await waitScreen(page, 'clear');
  await page.click('#clear-confirm');
  await waitScreen(page, 'start');
  assert.equal(await page.textContent('#screen .notice'), en.clear.done);
  const stored = await storage(page);
  assert.deepEqual(Object.keys(stored.local).filter((k) => k.startsWith('medins.filing.')), []);
  assert.deepEqual(Object.keys(stored.session).filter((k) => k.startsWith('medins.filing.')), []);
  assert.equal(await page.textContent('#start-button'), en.start.button);

  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  assert.deepEqual(problems, []);
});

test('continue on this device: a photo of the QR code fills the answers; a damaged one is refused', async (t) => {
  const { page, problems, requests } = await openFiling(t, { viewport: { width: 360, height: 740 } });
  const zh = FILING_TEXT['zh-CN'];
  const asOf = await localDay(page);
  const startDate = await localDay(page, 10);
  const application = {
    name: '王建国', id: '11010519491231002X', mobile: '13900001111', insured_region: '110105', destination: '460200',
    category: 'long_term_resident', start_date: startDate, contact_address: '三亚市天涯区', reason: '', as_of: asOf,
  };
  const encoded = await askCore(page, 'filing.encode_qr', { application });
  const png = await qrPicture(page, encoded.result.payload);

  await page.click('#continue-link');
  await waitScreen(page, 'continue');
  await page.setInputFiles('#qr-file', { name: 'qr.png', mimeType: 'image/png', buffer: png });
  await page.waitForSelector('#qr-decoded');
  const shown = await page.textContent('#qr-decoded');
  for (const part of ['王建国', '110105********002X', '13900001111', BEIJING_CHAOYANG, SANYA, '三亚市天涯区']) {
    assert.ok(shown.includes(part), `${part} shown`);
  }
  assert.ok(requests.some((u) => u.endsWith('/vendor/zxing/reader/zxing_reader.wasm')), 'the reader came from this site');
  await shot(page, 'filing-continue-phone-zh.png');
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360);
  await page.click('#qr-use');
  // What the code could not carry is asked next: the scheme first.
  await waitScreen(page, 'scheme');
  const stored = await storage(page);
  assert.equal(stored.local['medins.filing.name'], JSON.stringify('王建国'));
  assert.equal(stored.local['medins.filing.category_from_qr'], JSON.stringify('long_term_resident'));
  assert.equal(stored.session['medins.filing.id'], undefined, 'the masked number is not kept as an answer');

  // A picture of a code whose payload was altered: the core's checksum message at the field.
  const forged = encoded.result.payload.replace(/.(?=:[0-9A-F]{8}$)/, (c) => (c === 'A' ? 'B' : 'A'));
  const forgedAnswer = await askCore(page, 'filing.decode_qr', { payload: forged });
  assert.equal(forgedAnswer.ok, false);
  const forgedPng = await qrPicture(page, forged);
  await page.goto(`${env.baseUrl}filing/#/continue`);
  await waitReady(page);
  await page.setInputFiles('#qr-file', { name: 'qr.png', mimeType: 'image/png', buffer: forgedPng });
  await page.waitForSelector('#qr-file-error');
  assert.equal(await page.textContent('#qr-file-error'), zh.errorPrefix + forgedAnswer.errors[0].message['zh-CN']);

  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  assert.deepEqual(problems, []);
});

test('continue on this device reads a QR code drawn by the native command line (ZXing-cpp)', async (t) => {
  const { page, problems, requests } = await openFiling(t);
  const asOf = await localDay(page);
  const application = {
    name: '李桂兰', id: '11010519491231002X', mobile: '13700002222', insured_region: '110105', destination: '460200',
    category: 'resettled_retiree', start_date: await localDay(page, 5), contact_address: '三亚市吉阳区', reason: '', as_of: asOf,
  };
  const encoded = await askCore(page, 'filing.encode_qr', { application });
  const png = path.join(mkdtempSync(path.join(tmpdir(), 'medins-qr-')), 'cli.png');
  const cli = process.env.MEDINS_CLI ?? 'build/native/medins';
  const drawn = spawnSync(cli, ['qr', 'encode', png, encoded.result.payload], { encoding: 'utf8' });
  assert.equal(drawn.status, 0, drawn.stdout);

  await page.click('#continue-link');
  await waitScreen(page, 'continue');
  await page.setInputFiles('#qr-file', png);
  await page.waitForSelector('#qr-decoded');
  const shown = await page.textContent('#qr-decoded');
  for (const part of ['李桂兰', '110105********002X', '13700002222', BEIJING_CHAOYANG, SANYA]) {
    assert.ok(shown.includes(part), `${part} shown`);
  }
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  assert.deepEqual(problems, []);
});

// A retiree insured in 上海 moving to a child's home in 深圳, walked as a first-time user on a
// 390-px phone with large text: no household registration or residence permit there, a move
// planned for next week. The personal undertaking is offered, and with it the filing is
// long-term; without it the result names the rules it checked and what would change the answer.
// Mistyped years and an emoji in the name are stopped at their fields.
const PHONE = { viewport: { width: 390, height: 844 } };
const SHANGHAI_HUANGPU = '上海市 › 黄浦区';
const SHENZHEN = '广东省 › 深圳市';

async function retireeToShenzhen(page, lang) {
  const t = FILING_TEXT[lang];
  await page.click('#large-text');
  await startFlow(page, lang, t.start.title, 'scheme');
  await choose(page, 'scheme', 'employee', 'employment');
  await choose(page, 'employment', 'retired', 'insured');
  await pickRegion(page, 'insured', 'huangpu', SHANGHAI_HUANGPU, 'destination');
  await pickRegion(page, 'destination', 'shenzhen', SHENZHEN, 'purpose');
  await choose(page, 'purpose', 'live', 'household');
  await choose(page, 'household', 'no', 'permit');
  await choose(page, 'permit', 'no', 'since');
}

// The message the core gives for `request`'s error at `path`, in `lang`.
async function coreMessage(page, op, request, path, lang) {
  const answer = await askCore(page, op, request);
  return answer.errors.find((e) => e.path === path).message[lang];
}

// The rest of the retiree's application after the name screen (a Shenzhen address, no
// reason), through the check screen to the result.
async function finishApplication(page, name) {
  await fillText(page, 'name', name, 'id');
  await fillText(page, 'id', VALID_ID, 'mobile');
  await fillText(page, 'mobile', '13800138000', 'address');
  await fillText(page, 'address', '广东省深圳市福田区福华路1号', 'reason');
  await fillText(page, 'reason', '', 'check');
  await page.click('#screen .button');
  await waitScreen(page, 'result');
}

test('zh-CN, 390 px, large text: a retiree moving to 深圳 is offered the undertaking, and the why names what was checked', async (t) => {
  const { page, problems } = await openFiling(t, PHONE);
  const zh = FILING_TEXT['zh-CN'];
  await retireeToShenzhen(page, 'zh-CN');
  const asOf = await localDay(page);

  // 2099 for "living there since" is a typo: stopped at the field, not turned into a temporary filing.
  await fillDate(page, 'since', '2099-12-02');
  const tooLate = await coreMessage(page, 'filing.plan', {
    person: { scheme: 'employee', employment: 'retired' }, insured_region: '310101', destination: '440300',
    facts: { living_there_since: '2099-12-02' }, start_date: asOf, as_of: asOf,
  }, '/facts/living_there_since', 'zh-CN');
  let errors = await shownErrors(page);
  assert.deepEqual(errors.summary, [{ text: tooLate, href: '#since-year' }]);
  assert.deepEqual(errors.field, [zh.errorPrefix + tooLate]);
  await shot(page, 'filing-since-2099-zh-large.png');
  const nextWeek = await localDay(page, 7);
  await fillDate(page, 'since', nextWeek, 'undertaking');

  // The undertaking, in plain words; first declined.
  assert.equal(await page.textContent('#screen h1'), zh.steps.undertaking.title);
  await choose(page, 'undertaking', 'no', 'start_date');

  // A start in 2035 is refused; one more than a year ahead is asked about once.
  await fillDate(page, 'start_date', '2035-01-01');
  const startTooLate = await coreMessage(page, 'filing.validate', { start_date: '2035-01-01', as_of: asOf }, '/start_date', 'zh-CN');
  assert.deepEqual((await shownErrors(page)).field, [zh.errorPrefix + startTooLate]);
  // The question about the year is not an error: no red box, the field not marked wrong and
  // still editable, the question in its own (warning) box.
  const farAhead = await localDay(page, 400);
  await fillDate(page, 'start_date', farAhead);
  assert.deepEqual(await shownErrors(page), { summary: [], field: [], focused: 'notice confirm-box' });
  assert.equal(await page.textContent('.confirm-box'), zh.confirmTitle + zh.confirmStartYear(farAhead.slice(0, 4)));
  assert.equal(await page.getAttribute('.confirm-box', 'role'), 'status');
  assert.equal(await page.getAttribute('#start_date-year', 'aria-invalid'), null);
  assert.equal(await page.isEditable('#start_date-year'), true);
  assert.equal(await page.$('.error-summary, .notice.error, .field-has-error'), null);
  await shot(page, 'filing-start-confirm-zh-large.png');
  await next(page, 'name'); // confirmed by continuing again
  await page.click('.back-link');
  await waitScreen(page, 'start_date');
  await fillDate(page, 'start_date', nextWeek, 'name');

  // An emoji in the name is stopped; the middle dot of a Uyghur name is not.
  await fillText(page, 'name', '王秀英😀');
  const badName = await coreMessage(page, 'filing.validate', { name: '王秀英😀' }, '/name', 'zh-CN');
  assert.deepEqual((await shownErrors(page)).field, [zh.errorPrefix + badName]);
  await shot(page, 'filing-name-emoji-zh-large.png');
  await finishApplication(page, '阿依古丽·买买提');

  // Without the undertaking: a temporary filing, and the why says what was checked and what
  // would change it.
  assert.equal(await page.getAttribute('#result-category', 'data-category'), 'other_temporary');
  const checked = await page.$$eval('#decision-checked li', (n) => n.map((li) => ({ id: li.dataset.category, text: li.textContent })));
  assert.deepEqual(checked.map((c) => c.id), ['resettled_retiree', 'long_term_resident', 'referral', 'emergency']);
  const longTerm = checked[1].text;
  assert.ok(longTerm.includes('没有选“异地长期居住人员”的原因：户口没有迁到那里、没有那里的居住证'), longTerm);
  assert.ok(longTerm.includes('不签个人承诺书'), longTerm);
  assert.ok(longTerm.includes('或者签个人承诺书，可以按“异地长期居住人员”备案'), longTerm);
  assert.ok(!(await page.textContent('#result-category')).includes('以上情形都不符合'));
  await shot(page, 'filing-retiree-temporary-why-zh-large.png');

  // Signing the undertaking: long-term, the undertaking as the material.
  await page.click('#screen a.cancel-link[href="#/check"]');
  await waitScreen(page, 'check');
  await page.click(`.summary-row:has(dt:text-is("${zh.steps.undertaking.short}")) a`);
  await waitScreen(page, 'undertaking');
  await choose(page, 'undertaking', 'yes', 'check');
  await page.click('#screen .button');
  await waitScreen(page, 'result');
  const category = await page.$eval('#result-category', (p) => ({ id: p.dataset.category, group: p.dataset.group, title: p.querySelector('.panel-title').textContent }));
  assert.deepEqual([category.id, category.group], ['long_term_resident', 'long_term']);
  assert.ok(category.title.includes('异地长期居住人员'));
  assert.ok((await page.textContent('#result-materials')).includes('个人承诺书'));
  assert.equal(await page.$('#result-validity .validity-end'), null, 'a long-term filing has no end date');
  assert.ok((await page.textContent('#decision-checked')).includes('没有选“异地安置退休人员”的原因：户口没有迁到那里'));
  await shot(page, 'filing-retiree-undertaking-zh-large.png');
  assert.deepEqual(problems, []);
});

test('en, 390 px, large text: the retiree signs the undertaking and files as a long-term resident', async (t) => {
  const { page, problems } = await openFiling(t, PHONE);
  const en = FILING_TEXT.en;
  await retireeToShenzhen(page, 'en');
  await fillDate(page, 'since', '2099-12-02');
  const asOf = await localDay(page);
  const tooLate = await coreMessage(page, 'filing.plan', {
    person: { scheme: 'employee', employment: 'retired' }, insured_region: '310101', destination: '440300',
    facts: { living_there_since: '2099-12-02' }, start_date: asOf, as_of: asOf,
  }, '/facts/living_there_since', 'en');
  assert.deepEqual((await shownErrors(page)).field, [en.errorPrefix + tooLate]);
  await shot(page, 'filing-since-2099-en-large.png');
  const nextWeek = await localDay(page, 7);
  await fillDate(page, 'since', nextWeek, 'undertaking');
  await choose(page, 'undertaking', 'yes', 'start_date');
  await fillDate(page, 'start_date', nextWeek, 'name');
  await fillText(page, 'name', 'Wang Xiuying😀');
  const badName = await coreMessage(page, 'filing.validate', { name: 'Wang Xiuying😀' }, '/name', 'en');
  assert.deepEqual((await shownErrors(page)).field, [en.errorPrefix + badName]);
  await shot(page, 'filing-name-emoji-en-large.png');
  await finishApplication(page, 'Wang Xiuying');
  assert.equal(await page.getAttribute('#result-category', 'data-category'), 'long_term_resident');
  assert.ok((await page.textContent('#result-category .panel-title')).includes('Long-term resident'.split(' ')[0]));
  const why = await page.textContent('#decision-checked');
  assert.ok(why.includes('your household registration (户口) has not moved there'), why);
  assert.ok(why.includes('If your household registration moves there, you could file as'), why);
  assert.ok((await page.textContent('#result-materials')).includes('Signed personal undertaking'));
  await shot(page, 'filing-retiree-undertaking-en-large.png');
  assert.deepEqual(problems, []);
});

// A first visit (nothing answered) shows the start screen without waiting for the core: it is
// ready while the module is still on its way (held here, as on a slow line), and it is compiled
// only when a pointer, key or focus enters the screen. A tap on the start button while it is
// still coming says the page is loading, then shows the first question.
test('a first visit shows the start screen before the core, which comes with the first tap', async (t) => {
  const { page, problems, release } = await openWithCoreHeld(env, t, 'filing/');
  const zh = FILING_TEXT['zh-CN'];
  assert.equal(await page.textContent('h1'), zh.start.title);
  assert.equal(await page.isHidden('#status'), true);
  await page.click('#start-button');
  await page.waitForFunction(() => location.hash === '#/scheme');
  assert.equal(await page.isVisible('#status'), true, 'the status line says the page is loading');
  await release();
  await waitScreen(page, 'scheme');
  assert.equal(await page.isHidden('#status'), true);
  assert.equal(await page.textContent('#screen h1'), zh.steps.scheme.title);
  assert.equal(await page.evaluate(() => document.activeElement?.matches('#screen h1')), true, 'the question\'s heading has the focus, as after any step');
  assert.ok(await page.$('#screen input[type="radio"]'), 'the first question, with its choices');
  assert.deepEqual(problems, []);
});
