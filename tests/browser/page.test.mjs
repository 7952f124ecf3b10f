// Browser tests for the ID check page, against the built site (web/* plus the wasm core).
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/
// Screenshots go to MEDINS_SCREENSHOT_DIR (default build/screenshots) for people to look at.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/static-server.mjs';
import { TEXT } from '../../web/home/text.js';
import { openPage as openHarnessPage, record, shot, useSiteAndBrowser, waitReady } from './harness.mjs';

const VALID_ID = '11010519491231002X';
const BAD_CHECK_DIGIT_ID = '110105194912310021';

const env = useSiteAndBrowser();

// A fresh page whose console errors, page errors and requests are recorded.
function openPage(t, contextOptions = {}) {
  return openHarnessPage(env, t, contextOptions);
}

// On a first visit the core comes with the first focus: the form is busy until it has answered.
async function checkId(page, id) {
  await page.fill('#id-input', id);
  await page.press('#id-input', 'Enter');
  await page.waitForSelector('#id-form:not([aria-busy])', { state: 'attached' });
}

// Asks the core directly, in the page, for what the UI should show: the test then never
// hard-codes message texts that belong to the core.
function askCore(page, request) {
  return page.evaluate(async (req) => {
    const { default: createMedins } = await import('./medins.js');
    const m = await createMedins();
    return JSON.parse(m.handle('id.check', JSON.stringify(req)));
  }, request);
}

function localToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

test('a valid ID shows date of birth, sex and region in Chinese', async (t) => {
  const { page, problems } = await openPage(t);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.isHidden('#status'), true, 'loading indicator hidden once ready');
  // Spaces and a lowercase x are what people type; both must be accepted.
  await checkId(page, '110105 19491231 002x');
  const text = await page.textContent('#id-result');
  assert.match(text, /1949年12月31日/);
  assert.match(text, /女/);
  assert.match(text, /北京市 › 朝阳区（110105）/);
  assert.match(text, /\d+ 岁/);
  assert.equal(await page.isVisible('#id-result'), true);
  assert.equal(await page.isHidden('#id-error'), true);
  assert.equal(await page.getAttribute('#id-input', 'aria-invalid'), null);
  await shot(page, 'id-valid-zh.png');

  // 110103 (崇文区) was merged away in 2010: the page names 北京市 and says the code is older.
  await checkId(page, '11010319500101001X');
  const older = await page.textContent('#id-result');
  assert.match(older, /北京市（110103 是以前的地区代码，现在已经调整）/);
  assert.doesNotMatch(older, /崇文/);
  assert.deepEqual(problems, []);
});

test('a wrong check digit shows the core message at the field', async (t) => {
  const { page, problems } = await openPage(t);
  // Submitting with the big button, as well as Enter (used in the other tests).
  await page.fill('#id-input', BAD_CHECK_DIGIT_ID);
  await page.click('#id-submit');
  const expected = await askCore(page, { id: BAD_CHECK_DIGIT_ID, as_of: await localToday(page) });
  assert.equal(expected.ok, false);
  assert.ok(expected.errors.some((e) => e.code === 'id.bad_checksum' && e.path === '/id'));

  assert.equal(await page.isVisible('#id-error'), true);
  const shown = await page.$$eval('#id-error p', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(shown, expected.errors.filter((e) => e.path === '/id').map((e) => e.message['zh-CN']));
  assert.equal(await page.getAttribute('#id-input', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#id-input', 'aria-describedby'), /\bid-error\b/);
  assert.equal(await page.isHidden('#id-result'), true);
  assert.equal(await page.isHidden('#general-error'), true);
  await shot(page, 'id-invalid-zh.png');
  assert.deepEqual(problems, []);
});

test('switching to English re-renders the shown answer and survives a reload', async (t) => {
  const { page, problems } = await openPage(t);
  await checkId(page, VALID_ID);
  await page.click('#lang-en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('#lang-en', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#lang-zh', 'aria-pressed'), 'false');
  const text = await page.textContent('#id-result');
  assert.match(text, /31 December 1949/);
  assert.match(text, /Female/);
  assert.match(text, /Region in the number/);
  // In English the place is the pinyin with the Chinese kept in brackets (see place_names_en.tsv).
  assert.match(text, /Chaoyang \(朝阳区\), Beijing \(110105\)/);
  assert.doesNotMatch(text, /[年岁女]/);

  // An error already on screen follows the language too, both ways.
  await checkId(page, BAD_CHECK_DIGIT_ID);
  const expected = await askCore(page, { id: BAD_CHECK_DIGIT_ID, as_of: await localToday(page) });
  const idMessages = expected.errors.filter((e) => e.path === '/id').map((e) => e.message);
  const shownMessages = () => page.$$eval('#id-error p', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(await shownMessages(), idMessages.map((m) => m.en));
  await page.click('#lang-zh');
  assert.deepEqual(await shownMessages(), idMessages.map((m) => m['zh-CN']));
  await page.click('#lang-en');

  await page.reload();
  await waitReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('#lang-en', 'aria-pressed'), 'true');
  assert.match(await page.textContent('h1'), /Care away from home/);
  assert.match(await page.textContent('h2[data-i18n="title"]'), /ID card number/);
  // Only the language is remembered; the ID number is stored nowhere.
  const stored = await page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: sessionStorage.length,
  }));
  assert.deepEqual(stored, { local: { 'medins.lang': 'en' }, session: 0 });
  assert.equal(await page.inputValue('#id-input'), '');

  await checkId(page, VALID_ID);
  assert.match(await page.textContent('#id-result'), /31 December 1949/);
  await shot(page, 'id-valid-en.png');
  assert.deepEqual(problems, []);
});

test('nothing leaves the origin and the CSP blocks outside requests', async (t) => {
  const { page, problems, requests, response } = await openPage(t);
  await checkId(page, VALID_ID);
  assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.equal(response.headers()['x-content-type-options'], 'nosniff');
  // The meta tag must say the same as the header (less frame-ancestors, which only a header can).
  const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.equal(`${meta}; frame-ancestors 'self'`, CONTENT_SECURITY_POLICY);

  const attempt = await page.evaluate(async () => {
    const violation = new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation',
        (e) => resolve({ directive: e.effectiveDirective, blocked: e.blockedURI }), { once: true });
      setTimeout(() => resolve(null), 5000);
    });
    const fetched = await fetch('https://example.com/').then(() => 'fetched', (err) => err.name);
    return { fetched, violation: await violation };
  });
  assert.equal(attempt.fetched, 'TypeError', 'the outside fetch must be rejected');
  assert.deepEqual(attempt.violation, { directive: 'connect-src', blocked: 'https://example.com/' });

  const origin = new URL(env.baseUrl).origin;
  assert.ok(requests.length >= 4, `expected page, script, style and wasm requests, got ${requests}`);
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  // The one console error allowed is the browser reporting the deliberate violation.
  const unexpected = problems.filter((p) => !(p.includes('example.com') && p.includes('Content Security Policy')));
  assert.deepEqual(unexpected, []);
});

test('on a 360 px wide phone the page fits without sideways scrolling', async (t) => {
  const { page, problems } = await openPage(t, { viewport: { width: 360, height: 740 } });
  await checkId(page, VALID_ID);
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360);
  await shot(page, 'id-phone-zh.png');
  await checkId(page, BAD_CHECK_DIGIT_ID);
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360);
  const fontSize = await page.$eval('body', (b) => parseFloat(getComputedStyle(b).fontSize));
  assert.ok(fontSize >= 20, `base font size ${fontSize}px is below 20px`);
  assert.deepEqual(problems, []);
});

// The real core cannot be made to blame another field or to fail, so a stand-in core does.
const STUB_CORE = `export default async () => ({
  handle(op, request) {
    if (JSON.parse(request).id === 'THROW') throw new Error('stub failure');
    return JSON.stringify({ ok: false, errors: [
      { code: 'date.invalid', path: '/as_of', message: { 'zh-CN': '日期不对（桩）', en: 'Bad date (stub)' } },
      { code: 'id.wrong_length', path: '/id', message: { 'zh-CN': '位数不对（桩）', en: 'Wrong length (stub)' } },
    ] });
  },
});`;

test('errors for other fields, and a core that throws, show in the general area', async (t) => {
  const context = await env.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await page.route('**/medins.js', (route) => route.fulfill({ contentType: 'text/javascript', body: STUB_CORE }));
  await page.goto(env.baseUrl);
  await waitReady(page);
  const texts = (selector) => page.$$eval(`${selector} p`, (ps) => ps.map((p) => p.textContent));

  await checkId(page, '123');
  assert.deepEqual(await texts('#general-error'), ['日期不对（桩）']);
  assert.deepEqual(await texts('#id-error'), ['位数不对（桩）']);
  await page.click('#lang-en');
  assert.deepEqual(await texts('#general-error'), ['Bad date (stub)']);

  await checkId(page, 'THROW');
  assert.deepEqual(await texts('#general-error'), [TEXT.en.internalError]);
  assert.equal(await page.isHidden('#id-error'), true);
  assert.equal(await page.getAttribute('#id-input', 'aria-invalid'), null);
});

// Two ways loading can fail: the module script is missing, or the wasm it fetches never comes.
// With a place kept the core is loaded at once (it names the place); on a first visit, when the
// number is checked, and a place typed meanwhile says the search failed.
for (const [what, pattern, handler] of [
  ['script', '**/medins.js', (route) => route.fulfill({ status: 404, body: 'missing' })],
  ['wasm', '**/*.wasm', (route) => route.abort()],
]) {
  test(`a core whose ${what} fails to load gives a plain message, not a blank page`, async (t) => {
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    t.after(() => context.close());
    const page = await context.newPage();
    await page.route(pattern, handler);
    await page.addInitScript(() => localStorage.setItem('medins.insured_region', '110105'));
    await page.goto(env.baseUrl);
    await page.waitForSelector('#status.error', { timeout: 10000 });
    assert.equal(await page.textContent('#status'), TEXT['zh-CN'].loadFailed);
    assert.equal(await page.isDisabled('#id-submit'), true);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), undefined);
  });

  test(`a first visit whose core ${what} fails to load says so when the number is checked`, async (t) => {
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    t.after(() => context.close());
    const page = await context.newPage();
    await page.route(pattern, handler);
    await page.goto(env.baseUrl);
    await waitReady(page);
    assert.equal(await page.isHidden('#status'), true, 'nothing about loading before anything is used');
    await page.fill('#insured-input', 'chaoyang');
    await checkId(page, VALID_ID);
    assert.equal(await page.isVisible('#status.error'), true);
    assert.equal(await page.textContent('#status'), TEXT['zh-CN'].loadFailed);
    assert.equal(await page.isHidden('#id-result'), true);
    assert.equal(await page.textContent('#insured-status'), TEXT['zh-CN'].regionFailed);
  });
}

test('a first visit draws the page without the core and loads it only when the number or a place is used', async (t) => {
  const context = await env.browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const { problems, requests } = record(page);
  const core = () => requests.filter((url) => /\/medins\.(js|wasm)$/.test(new URL(url).pathname));
  // The wasm is held, as on a slow line, until the test lets it come.
  const held = [];
  let holding = true;
  await page.route('**/medins.wasm', (route) => (holding ? held.push(route) : route.continue()));
  await page.goto(env.baseUrl);
  await waitReady(page);
  assert.deepEqual(core(), [], 'no part of the core before anything is used');
  assert.equal(await page.isHidden('#status'), true);
  // Every task is known without it: nothing is kept.
  assert.deepEqual(await page.$$eval('.task-status', (tags) => tags.map((tag) => tag.textContent)),
    [...Array(4).fill(TEXT['zh-CN'].taskStatus.not_started), TEXT['zh-CN'].taskStatus.cannot_start]);
  assert.equal(await page.isEnabled('#insured-input'), true);
  // A place typed while the core comes: the picker says it is getting ready, then searches.
  // The module is asked for once its loader has run, a few tasks after the focus.
  const asked = page.waitForRequest((request) => request.url().endsWith('/medins.wasm'));
  await page.fill('#insured-input', '朝阳');
  await page.waitForFunction(() => document.getElementById('insured-status').textContent !== '');
  assert.equal(await page.textContent('#insured-status'), TEXT['zh-CN'].regionWaiting);
  await asked; // the focus asked for the core
  assert.ok(core().some((url) => url.endsWith('/medins.wasm')));
  assert.equal(await page.isHidden('#status'), true, 'the status line stays hidden while nothing waits for the core');
  holding = false;
  for (const route of held) await route.continue();
  await page.waitForFunction(() => document.getElementById('insured-listbox').dataset.query === '朝阳');
  const options = await page.$$eval('#insured-listbox [role="option"]', (nodes) => nodes.map((n) => n.textContent));
  assert.ok(options.includes('北京市 › 朝阳区'), options.join(' / '));
  assert.equal(await page.isVisible('#insured-listbox'), true, 'the list opens for the box that has the focus');
  await page.click('#insured-listbox [role="option"]:has-text("北京市 › 朝阳区")');
  assert.equal(await page.getAttribute('#task-places', 'data-state'), 'in_progress');
  await checkId(page, VALID_ID);
  assert.match(await page.textContent('#id-result'), /1949年12月31日/);
  await shot(page, 'id-first-visit-zh.png');
  assert.deepEqual(problems, []);
});

// A first visit follows the browser's language; a choice made on the page wins from then on.
test('a browser asking for English opens the site in English, with places in pinyin', async (t) => {
  const { page, problems } = await openPage(t, { locale: 'en-US' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('#lang-en', 'aria-pressed'), 'true');
  await checkId(page, VALID_ID);
  // 朝阳 has two readings (zhāo/cháo); the curated table gives Chaoyang, with the Chinese kept.
  assert.match(await page.textContent('#id-result'), /Chaoyang \(朝阳区\), Beijing/);
  assert.deepEqual(problems, []);
});

test('a language chosen on the page beats the browser language', async (t) => {
  const { page } = await openPage(t, { locale: 'en-GB' });
  await page.click('#lang-zh');
  await page.reload();
  await waitReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  const { page: chinese } = await openPage(t, { locale: 'zh-TW' });
  assert.equal(await chinese.getAttribute('html', 'lang'), 'zh-CN');
});
