// The "my data on this device" page (web/mydata/) in Chromium: what is kept, export (plain and
// with a passphrase), clear, import (preview, confirm, restore), a wrong passphrase, tampered
// files, and the ID number masked on the filing pages until Show is pressed. Nothing personal
// may reach a URL, the console or a request beyond the origin.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { TEXT as FILING_TEXT } from '../../web/filing/text.js';
import { SHELL_TEXT } from '../../web/shell/text.js';
import { TEXT } from '../../web/mydata/text.js';
import { follow, openCounted, openPage, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';
import { askCore, choose, fillDate, localDay, next, pickRegion, waitScreen } from './flow-steps.mjs';

const env = useSiteAndBrowser();
const ID = '11010519491231002X';
const MASKED = '110105********002X';
const NAME = '张秀英';
const PASSPHRASE = '我的 passphrase 2026';
const tmp = mkdtempSync(path.join(tmpdir(), 'medins-case-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

// The envelope decrypted by Node's own WebCrypto: the format is plain PBKDF2 + AES-GCM as
// docs/case-file.md says, not something only the page can read.
async function nodeDecrypt(envelope, passphrase) {
  const { subtle } = globalThis.crypto;
  const b64 = (s) => Buffer.from(s, 'base64');
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const key = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: b64(envelope.kdf.salt), iterations: envelope.kdf.iterations },
    material, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  const plain = await subtle.decrypt({ name: 'AES-GCM', iv: b64(envelope.cipher.iv) }, key, b64(envelope.data));
  return new TextDecoder().decode(plain);
}
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's own CSP stays in force.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

// Every console line (not only errors) and every URL the tab shows, to prove none holds the ID.
function watch(page) {
  const seen = { console: [], urls: [] };
  page.on('console', (msg) => seen.console.push(msg.text()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.urls.push(frame.url());
  });
  return seen;
}

async function fillText(page, step, value, nextStep) {
  await page.fill(`#f-${step}`, value);
  await next(page, nextStep);
}

// Answers up to "check your answers": places, a reason without the living questions, a date,
// name, ID, mobile, address.
async function fillFiling(page) {
  await follow(page, '#filing-start', 'filing');
  await page.click('#start-button');
  await waitScreen(page, 'scheme');
  await choose(page, 'scheme', 'employee', 'employment');
  await choose(page, 'employment', 'retired', 'insured');
  await pickRegion(page, 'insured', 'bjcy', '北京市 › 朝阳区', 'destination');
  await pickRegion(page, 'destination', 'sanya', '海南省 › 三亚市', 'purpose');
  await choose(page, 'purpose', 'other', 'start_date');
  await fillDate(page, 'start_date', await localDay(page, 10), 'name');
  await fillText(page, 'name', NAME, 'id');
  // No name, so no native form submission could carry the number into a URL.
  assert.equal(await page.getAttribute('#f-id', 'name'), null);
  await fillText(page, 'id', ID, 'mobile');
  await fillText(page, 'mobile', '13800138000', 'address');
  await fillText(page, 'address', '海南省三亚市吉阳区迎宾路100号', 'reason');
  await fillText(page, 'reason', '', 'check');
}

async function toMyData(page) {
  await follow(page, '#mydata-link', 'mydata');
}

async function toFilingCheck(page) {
  await page.goto(new URL('filing/#/check', env.baseUrl).href);
  await waitReady(page);
  await waitScreen(page, 'check');
}

function stored(page) {
  return page.evaluate(() => {
    const pick = (s) => Object.fromEntries(Object.keys(s).filter((k) => k.startsWith('medins.')).map((k) => [k, s.getItem(k)]));
    return { local: pick(localStorage), session: pick(sessionStorage) };
  });
}

async function shownCounts(page) {
  return page.$$eval('#stored-counts dd', (dds) => Object.fromEntries(dds.map((d) => [d.dataset.section, Number(d.dataset.count)])));
}

async function exportFile(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-button')]);
  const file = path.join(tmp, name);
  await download.saveAs(file);
  await page.waitForSelector('#outcome-message[data-outcome="exported"]');
  return { file, text: readFileSync(file, 'utf8'), suggested: download.suggestedFilename() };
}

// Whether the waiting message was ever shown: a derivation can end before a test could look.
async function watchFor(page, id) {
  await page.evaluate((target) => {
    window.__seen = window.__seen ?? {};
    window.__seen[target] = false;
    new MutationObserver(() => {
      if (document.getElementById(target)) window.__seen[target] = true;
    }).observe(document.body, { subtree: true, childList: true });
  }, id);
  return () => page.evaluate((target) => window.__seen[target], id);
}

async function clearAll(page) {
  await page.click('#clear-button');
  await page.click('#clear-confirm');
  await page.waitForSelector('#outcome-message[data-outcome="cleared"]');
  await page.waitForSelector('#stored-none');
  assert.deepEqual(await stored(page), { local: {}, session: {} });
}

async function importFile(page, file) {
  await page.setInputFiles('#import-file', file);
}

async function previewRows(page) {
  await page.waitForSelector('#import-preview');
  return page.$$eval('#import-preview tbody tr', (rows) => Object.fromEntries(rows.map((r) => [r.dataset.section,
    [Number(r.querySelector('[data-now]').dataset.now), Number(r.querySelector('[data-after]').dataset.after)]])));
}

test('zh-CN: export, clear, import (plain and encrypted), wrong passphrase, tampered files, masked ID', async (t) => {
  const { page, problems, requests } = await openPage(env, t);
  const seen = watch(page);
  const zh = TEXT['zh-CN'];
  assert.equal(await page.getAttribute('#id-input', 'name'), null);
  const filingZh = FILING_TEXT['zh-CN'];

  await fillFiling(page);
  // Masked on "check your answers" until Show is pressed.
  assert.equal(await page.textContent('.summary-row .id-value'), MASKED);
  assert.equal(await page.textContent('.summary-row .id-toggle'), filingZh.idMask.show);
  await page.click('.summary-row .id-toggle');
  assert.equal(await page.textContent('.summary-row .id-value'), ID);
  assert.equal(await page.getAttribute('.summary-row .id-toggle', 'aria-pressed'), 'true');
  await page.click('.summary-row .id-toggle');
  assert.equal(await page.textContent('.summary-row .id-value'), MASKED);
  const before = await stored(page);
  assert.equal(before.session['medins.filing.id'], JSON.stringify(ID));
  const filingKeys = Object.keys(before.local).filter((k) => k.startsWith('medins.filing.'));
  assert.ok(filingKeys.length >= 9, `filing answers kept: ${filingKeys}`);

  // What is kept, by section, counts only (the ID counts with the filing answers).
  await toMyData(page);
  assert.equal(await page.textContent('h1'), zh.title);
  assert.deepEqual(await shownCounts(page), { filing: filingKeys.length + 1 });
  assert.ok(!(await page.textContent('main')).includes(NAME), 'no value shown');
  await shot(page, 'mydata-zh.png');

  // Export without a passphrase, the ID left out (the box is not ticked).
  assert.equal(await page.isChecked('#export-include-id'), false);
  const plain = await exportFile(page, 'plain.json');
  assert.match(plain.suggested, /^medins-case-\d{4}-\d{2}-\d{2}\.json$/);
  const plainFile = JSON.parse(plain.text);
  assert.equal(plainFile.format, 'medins-case');
  assert.deepEqual(Object.keys(plainFile.entries).sort(), filingKeys.sort());
  assert.ok(!plain.text.includes(ID) && !plain.text.includes('002X'), 'no ID in the file');
  assert.equal(plainFile.entries['medins.filing.name'], JSON.stringify(NAME));

  // Clear; the filing page then starts afresh.
  await clearAll(page);
  await shot(page, 'mydata-cleared-zh.png');
  await page.click('.app-name a');
  await waitReady(page);
  await follow(page, '#filing-start', 'filing');
  await waitScreen(page, 'start');
  assert.equal(await page.textContent('#start-button'), filingZh.start.button);
  await page.goto(new URL('mydata/', env.baseUrl).href);
  await waitReady(page);

  // Import it: what is replaced, then confirm; the answers come back, the ID does not.
  await importFile(page, plain.file);
  assert.deepEqual(await previewRows(page), { filing: [0, filingKeys.length] });
  assert.equal(await page.textContent('#import-has-id'), zh.import.noId);
  await shot(page, 'mydata-import-preview-zh.png');
  await page.click('#import-confirm');
  await page.waitForSelector('#outcome-message[data-outcome="imported"]');
  assert.equal(await page.textContent('#outcome-message'), zh.import.done(filingKeys.length));
  const restored = await stored(page);
  assert.deepEqual(restored.local, before.local);
  assert.deepEqual(restored.session, {});
  await toFilingCheck(page);
  const rows = await page.$$eval('.summary-row', (r) => Object.fromEntries(r.map((x) => [x.querySelector('dt').textContent, x.querySelector('.summary-value').textContent])));
  assert.equal(rows[filingZh.steps.name.short], NAME);
  assert.equal(rows[filingZh.steps.id.short], filingZh.check.notAnswered);

  // Put the ID back, then export everything with a passphrase (typed twice).
  await page.evaluate((id) => sessionStorage.setItem('medins.filing.id', JSON.stringify(id)), ID);
  await page.goto(new URL('mydata/', env.baseUrl).href);
  await waitReady(page);
  await page.check('#export-include-id');
  await page.fill('#export-pass', PASSPHRASE);
  await page.fill('#export-pass-again', `${PASSPHRASE}x`);
  await page.click('#export-button');
  assert.equal(await page.textContent('#export-error'), zh.export.mismatch);
  await page.fill('#export-pass', PASSPHRASE);
  await page.fill('#export-pass-again', PASSPHRASE);
  const sawDeriving = await watchFor(page, 'export-working');
  const started = Date.now();
  const sealed = await exportFile(page, 'sealed.json');
  assert.equal(await sawDeriving(), true, 'a waiting message while the key is derived');
  const deriveMs = Date.now() - started;
  assert.match(sealed.suggested, /\.medins-encrypted\.json$/);
  const envelope = JSON.parse(sealed.text);
  assert.equal(envelope.format, 'medins-case-encrypted');
  assert.deepEqual(envelope.kdf.iterations, 600000);
  assert.ok(!sealed.text.includes(ID) && !sealed.text.includes(NAME), 'nothing readable inside');
  const opened = JSON.parse(await nodeDecrypt(envelope, PASSPHRASE));
  assert.equal(opened.entries['medins.filing.id'], JSON.stringify(ID), 'the ID, as ticked');
  assert.equal(opened.entries['medins.filing.name'], JSON.stringify(NAME));
  t.diagnostic(`export with PBKDF2 600,000 iterations: ${deriveMs} ms`);

  // Wrong passphrase: a clear error, nothing changed.
  await clearAll(page);
  await importFile(page, sealed.file);
  await page.waitForSelector('#import-pass');
  await page.fill('#import-pass', 'not the passphrase');
  await page.click('#import-unlock');
  await page.waitForSelector('#import-pass-error');
  assert.equal(await page.textContent('#import-pass-error'), zh.import.wrongPassphrase);
  assert.deepEqual(await stored(page), { local: {}, session: {} });
  await shot(page, 'mydata-wrong-passphrase-zh.png');

  // The right one: restored, the ID back in sessionStorage only.
  const sawDecrypting = await watchFor(page, 'import-working');
  await page.fill('#import-pass', PASSPHRASE);
  await page.click('#import-unlock');
  assert.deepEqual(await previewRows(page), { filing: [0, filingKeys.length + 1] });
  assert.equal(await page.textContent('#import-has-id'), zh.import.withId);
  assert.equal(await sawDecrypting(), true, 'a waiting message while the key is derived');
  await page.click('#import-confirm');
  await page.waitForSelector('#outcome-message[data-outcome="imported"]');
  const again = await stored(page);
  assert.deepEqual(again.local, before.local);
  assert.deepEqual(again.session, { 'medins.filing.id': JSON.stringify(ID) });

  // Tampered: one changed byte of the ciphertext fails AES-GCM's check like a wrong passphrase.
  const data = Buffer.from(envelope.data, 'base64');
  data[5] ^= 1;
  const flipped = path.join(tmp, 'flipped.json');
  writeFileSync(flipped, JSON.stringify({ ...envelope, data: data.toString('base64') }));
  await importFile(page, flipped);
  await page.fill('#import-pass', PASSPHRASE);
  await page.click('#import-unlock');
  await page.waitForSelector('#import-pass-error');
  assert.equal(await page.textContent('#import-pass-error'), zh.import.wrongPassphrase);

  // An envelope edited to derive with fewer iterations: refused by the core before any passphrase.
  const weakened = path.join(tmp, 'weakened.json');
  const weakEnvelope = { ...envelope, kdf: { ...envelope.kdf, iterations: 1000 } };
  writeFileSync(weakened, JSON.stringify(weakEnvelope));
  await importFile(page, weakened);
  await page.waitForSelector('#import-problems');
  const weakAnswer = await askCore(page, 'case.check', { case: JSON.stringify(weakEnvelope) });
  assert.deepEqual(weakAnswer.errors.map((e) => e.code), ['case.bad_iterations']);
  assert.equal(await page.textContent('#import-problems li'), weakAnswer.errors[0].message['zh-CN'], 'the message alone: no pointer');
  assert.equal(await page.$('#import-pass'), null);

  // Tampered plain files: the core's own message, for each problem.
  const edited = path.join(tmp, 'edited.json');
  const editedFile = { ...plainFile, entries: { ...plainFile.entries, 'medins.lang': 'fr' }, version: 2 };
  writeFileSync(edited, JSON.stringify(editedFile));
  await importFile(page, edited);
  await page.waitForSelector('#import-problems');
  const answer = await askCore(page, 'case.check', { case: JSON.stringify(editedFile) });
  // A stored item's problem names the part of the page it belongs to, in words; the file's own
  // (its version) only the message. No JSON Pointer reaches the screen.
  assert.deepEqual(answer.errors.map((e) => e.path).sort(), ['/case/entries/medins.lang', '/case/version']);
  const expected = answer.errors.map((e) => e.message['zh-CN'] + (e.path === '/case/entries/medins.lang' ? '（在“语言选择”这部分）' : ''));
  assert.equal(zh.sections.language, '语言选择');
  assert.deepEqual(await page.$$eval('#import-problems li', (li) => li.map((x) => x.textContent)), expected);
  assert.doesNotMatch(await page.textContent('#import-problems'), /\/case|entries|medins\./);
  await shot(page, 'mydata-tampered-zh.png');
  const garbage = path.join(tmp, 'garbage.json');
  writeFileSync(garbage, plain.text.slice(0, 40));
  await importFile(page, garbage);
  await page.waitForFunction(() => document.querySelector('#import-problems li')?.textContent.includes('JSON'));
  assert.deepEqual(await stored(page), again, 'a refused file changes nothing');

  // Masked on the filing pages again after the import.
  await toFilingCheck(page);
  assert.equal(await page.textContent('.summary-row .id-value'), MASKED);

  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  for (const url of [...seen.urls, ...requests]) assert.ok(!url.includes(ID) && !url.includes('002X'), url);
  for (const line of seen.console) assert.ok(!line.includes(ID) && !line.includes(NAME), line);
  assert.deepEqual(problems, []);
});

test('English: the page, a wrong passphrase and the replace preview in English', async (t) => {
  const { page, problems } = await openPage(env, t);
  const en = TEXT.en;
  await page.click('#lang-en');
  assert.equal(await page.textContent('#mydata-link'), SHELL_TEXT.en.mydata);
  await toMyData(page);
  assert.equal(await page.textContent('h1'), en.title);
  // Something kept: the language choice and a remembered region.
  await page.evaluate(() => localStorage.setItem('medins.insured_region', '110105'));
  await page.reload();
  await waitReady(page);
  assert.deepEqual(await shownCounts(page), { regions: 1, language: 1 });
  assert.equal(await page.textContent('#stored-counts dd[data-section="regions"]'), en.stored.count(1));
  await page.fill('#export-pass', 'secret phrase');
  await page.fill('#export-pass-again', 'secret phrase');
  const sealed = await exportFile(page, 'sealed-en.json');
  assert.equal(await page.textContent('#outcome-message'), en.export.doneEncrypted(sealed.suggested));
  await shot(page, 'mydata-en.png');

  await importFile(page, sealed.file);
  await page.fill('#import-pass', 'wrong phrase');
  await page.click('#import-unlock');
  await page.waitForSelector('#import-pass-error');
  assert.equal(await page.textContent('#import-pass-error'), en.import.wrongPassphrase);
  await shot(page, 'mydata-wrong-passphrase-en.png');
  await page.fill('#import-pass', 'secret phrase');
  await page.click('#import-unlock');
  assert.deepEqual(await previewRows(page), { regions: [1, 1], language: [1, 1] });
  assert.deepEqual(await page.$$eval('#import-preview thead th', (th) => th.map((x) => x.textContent)), en.import.headings);
  await shot(page, 'mydata-import-preview-en.png');
  assert.deepEqual(await axeViolations(page), []);
  // Nothing wider than the screen, on a desktop and on a 360 px phone.
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(await overflow(), 0);
  await page.setViewportSize({ width: 360, height: 740 });
  assert.equal(await overflow(), 0);
  await shot(page, 'mydata-phone-en.png');
  await page.locator('#import-preview').screenshot({ path: path.join(screenshotDir, 'mydata-phone-table-en.png') });
  await page.click('#import-cancel');
  assert.equal(await page.$('#import-preview'), null);

  // Another tab changing what is kept: the list follows.
  const other = await page.context().newPage();
  await other.goto(env.baseUrl);
  await other.evaluate(() => localStorage.setItem('medins.estimate.billMode', JSON.stringify('lines')));
  await page.waitForSelector('#stored-counts dd[data-section="estimate"]');
  await other.close();

  // A value the core would refuse on import (left by some older page) stops the export, with
  // the core's message, instead of making a file that cannot be imported.
  await page.evaluate(() => localStorage.setItem('medins.lang', 'fr'));
  await page.click('#export-button');
  await page.waitForSelector('#export-problems');
  const refusal = await askCore(page, 'case.check', { case: { format: 'medins-case', version: 1, saved_at: '2026-11-25T08:30:00Z', entries: { 'medins.lang': 'fr' } } });
  assert.equal(await page.textContent('#export-problems li'), refusal.errors[0].message.en + ` (in “${en.sections.language}”)`);
  await page.evaluate(() => localStorage.setItem('medins.lang', 'en'));

  // Clearing asks first; cancel keeps everything.
  await page.click('#clear-button');
  assert.equal(await page.textContent('#clear-confirm-text'), en.clear.confirmText);
  await page.click('#clear-cancel');
  assert.deepEqual(await shownCounts(page), { estimate: 1, regions: 1, language: 1 });
  assert.deepEqual(problems, []);
});

test('Looking and clearing never load the core; when it cannot be loaded, export and import say so and try again', async (t) => {
  const { page, coreRequests: core } = await openCounted(env, t, 'mydata/');
  const zh = TEXT['zh-CN'];
  await page.evaluate(() => localStorage.setItem('medins.insured_region', '110105'));
  await page.reload();
  await waitReady(page);
  // The whole page is drawn from what the device keeps, the status line gone.
  assert.deepEqual(await shownCounts(page), { regions: 1 });
  assert.equal(await page.isVisible('#status'), false);
  for (const id of ['#export-button', '#import-file', '#clear-button']) assert.ok(await page.$(id), id);
  await page.click('#clear-button');
  await page.click('#clear-cancel');
  assert.deepEqual(core(), [], 'nothing of the core fetched for looking and clearing');

  // The module refused: the export says the page did not load, and so does an import.
  await page.route('**/medins.wasm', (route) => route.abort());
  await page.click('#export-button');
  await page.waitForSelector('#export-unloaded');
  assert.equal(await page.textContent('#export-unloaded'), zh.loadFailed);
  assert.ok(core().length > 0, 'the export asked for the core');
  const file = path.join(tmp, 'unloaded.json');
  writeFileSync(file, JSON.stringify({ format: 'medins-case', version: 1, saved_at: '2026-11-25T08:30:00Z', entries: { 'medins.lang': 'en' } }));
  await importFile(page, file);
  await page.waitForSelector('#import-unloaded');
  assert.equal(await page.textContent('#import-unloaded'), zh.loadFailed);
  assert.equal(await page.$('#import-problems'), null, 'not listed as a fault of the file');
  await shot(page, 'mydata-unloaded-zh.png');

  // Reachable again: the same file is checked and previewed, and the export downloads.
  await page.unroute('**/medins.wasm');
  await importFile(page, file);
  assert.deepEqual(await previewRows(page), { regions: [1, 0], language: [0, 1] });
  const plain = await exportFile(page, 'after-retry.json');
  assert.deepEqual(Object.keys(JSON.parse(plain.text).entries), ['medins.insured_region']);
});
