// <medins-assistant> on the demo portal (web/demo/portal.html, docs/embedding.md): two instances
// (estimate mode, full) that work independently and share one compiled wasm module, no style
// crossing the element's boundary either way, the events the portal receives, the portal's own
// strict CSP with no violation, a malformed institution list reported while the rest works, and no
// request beyond the origin.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/embed.test.mjs
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { EMBED_TEXT } from '../../web/shell/text.js';
import { buildDist } from '../../tools/dist.mjs';
import { enterCase } from './estimate-steps.mjs';
import { askCore, waitScreen } from './flow-steps.mjs';
import { record, repoRoot, shot, siteDir, useSiteAndBrowser } from './harness.mjs';

const env = useSiteAndBrowser();
const BEIJING = JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'shipped', 'estimate', 'beijing-tier3-working-crosses-two-bands.json'), 'utf8'));
const DEMO = JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'data', 'institutions', 'demo.json'), 'utf8'));

// Runs in every frame before its scripts: CSP violations are kept where the test can read them.
function recordViolations() {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, url: document.URL });
  });
}

// What the host's own elements look like: compared with and without the assistant on the page.
function hostStyles() {
  const pick = (selector) => {
    const s = getComputedStyle(document.querySelector(selector));
    return {
      color: s.color, background: s.backgroundColor, font: s.fontFamily, size: s.fontSize,
      border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`, spacing: s.letterSpacing, line: s.lineHeight,
    };
  };
  return Object.fromEntries(['body', '.portal-header h1', '.portal-sub', '#estimate h2', '#estimate > p', '#clear-events',
    '.portal-nav a', '.portal-card', '#event-list'].map((sel) => [sel, pick(sel)]));
}

// The same elements' look inside a flow page: compared embedded and standalone.
function pageStyles() {
  const pick = (selector) => {
    const s = getComputedStyle(document.querySelector(selector));
    return {
      color: s.color, background: s.backgroundColor, font: s.fontFamily, size: s.fontSize,
      border: `${s.borderTopWidth} ${s.borderTopStyle}`, radius: s.borderTopLeftRadius, spacing: s.letterSpacing,
    };
  };
  return Object.fromEntries(['body', 'h1', '#lang-zh', '#large-text', '.app-name'].map((sel) => [sel, pick(sel)]));
}

async function openPortal(t, { withoutElement = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  t.after(() => context.close());
  await context.addInitScript(recordViolations);
  if (withoutElement) {
    await context.route('**/medins-assistant.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  }
  const page = await context.newPage();
  const { problems, requests } = record(page);
  await page.goto(`${env.baseUrl}demo/portal.html`);
  return { context, page, problems, requests };
}

async function frameOf(page, id) {
  const handle = await page.waitForSelector(`#${id} >>> iframe`);
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.ready === '1');
  return frame;
}

// enterCase drives a page; a frame does the same, typing through the page's keyboard.
function asPage(frame, page) {
  const driver = Object.create(frame);
  driver.keyboard = page.keyboard;
  return driver;
}

const events = (page) => page.evaluate(() => window.portalEvents);

test('two instances on the demo portal: independent, one wasm module, events, no style crossing, the portal CSP', async (t) => {
  const { context, page, problems, requests } = await openPortal(t);
  const estimate = await frameOf(page, 'assistant-estimate');
  const full = await frameOf(page, 'assistant-full');
  assert.match(estimate.url(), /\/estimate\/\?embed=1$/);
  assert.match(full.url(), /\/\?embed=1$/);
  // One fetch and one compile of medins.wasm for the element and both frames.
  assert.equal(requests.filter((u) => u.endsWith('/medins.wasm')).length, 1, requests.join('\n'));

  // The malformed list: an error event with the core's words, and the instance works on.
  await page.waitForFunction(() => window.portalEvents.some((e) => e.type === 'medins-error'));
  const errors = (await events(page)).filter((e) => e.type === 'medins-error');
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].target, 'assistant-estimate');
  assert.equal(errors[0].detail.source, 'institutions-src');
  assert.equal(errors[0].detail.errors[0].code, 'institutions.malformed_json');
  assert.ok(errors[0].detail.errors[0].message['zh-CN'] && errors[0].detail.errors[0].message.en);
  assert.equal(await page.textContent('#event-list li.medins-error'),
    'assistant-estimate · medins-error · institutions-src institutions.check: institutions.malformed_json');

  // The person inside the element is told too, in one plain sentence in the element's language:
  // no code, pointer or file name (those are for the portal's developers, in the event).
  const notice = await page.waitForSelector('#assistant-estimate .medins-notice');
  const said = (await notice.textContent()).trim();
  assert.equal(said, EMBED_TEXT['zh-CN'].notLoaded.institutions);
  assert.doesNotMatch(said, /institutions|\.json|\/|malformed|[a-z_]+\.[a-z_]+/, 'no code, path or pointer');
  assert.equal(await page.evaluate(() => document.getElementById('assistant-full').shadowRoot.querySelectorAll('.medins-notice').length), 0);
  await page.evaluate(() => document.getElementById('assistant-estimate').setAttribute('lang', 'en'));
  await page.waitForFunction((text) => document.getElementById('assistant-estimate').shadowRoot
    .querySelector('.medins-notice')?.textContent.trim() === text, EMBED_TEXT.en.notLoaded.institutions);
  await page.evaluate(() => document.getElementById('assistant-estimate').setAttribute('lang', 'zh-CN'));

  // Theme: the estimate instance's --medins-accent reaches its page; the other keeps its own.
  assert.equal(await estimate.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#8c1515');
  assert.equal(await full.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#0a4aa8');

  // Styles do not cross: the portal's broad rules (button, p, iframe, *) do not reach inside...
  const embeddedLook = await full.evaluate(pageStyles);
  const alone = await context.newPage();
  // The full instance has large text (its attribute): so does the standalone page compared.
  await alone.addInitScript(() => localStorage.setItem('medins.large_text', '1'));
  await alone.goto(env.baseUrl);
  await alone.waitForFunction(() => document.documentElement.dataset.ready === '1');
  const standaloneLook = await alone.evaluate(pageStyles);
  await alone.close();
  assert.deepEqual(embeddedLook, standaloneLook);
  assert.equal(embeddedLook['#lang-zh'].spacing, 'normal');
  const frameBox = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('#assistant-full').shadowRoot.querySelector('iframe'));
    return { border: s.borderTopWidth, width: s.width };
  });
  assert.equal(frameBox.border, '0px', 'the portal\'s iframe rule does not reach the element\'s frame');
  // ...and nothing of the element's or the pages' styles reaches the portal's own elements.
  const hostWith = await page.evaluate(hostStyles);
  const bare = await openPortal(t, { withoutElement: true });
  const hostWithout = await bare.page.evaluate(hostStyles);
  assert.deepEqual(hostWith, hostWithout);
  assert.equal(hostWith['#clear-events'].background, 'rgb(255, 0, 170)', 'the portal\'s own button rule applies to its own button');
  assert.match(hostWith.body.font, /Georgia/);

  // The frames are as tall as their pages: no scrollbar inside.
  for (const frame of [estimate, full]) {
    assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1), frame.url());
  }

  // Large text from the element's attribute, for that instance only.
  assert.equal(await full.evaluate(() => document.documentElement.classList.contains('large-text')), true);
  assert.equal(await estimate.evaluate(() => document.documentElement.classList.contains('large-text')), false);

  // Independent: English in the full instance only.
  await full.click('#lang-en');
  await full.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await estimate.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await estimate.getAttribute('#lang-zh', 'aria-pressed'), 'true');
  assert.equal(await full.textContent('#lang-en'), 'English');

  // An estimate in the estimate instance: the portal gets the core's figures, to the fen.
  await enterCase(asPage(estimate, page), BEIJING.request);
  await page.waitForFunction(() => window.portalEvents.some((e) => e.type === 'medins-result'));
  const results = (await events(page)).filter((e) => e.type === 'medins-result');
  assert.equal(results.length, 1, JSON.stringify(results.map((r) => [r.target, r.detail.op])));
  const [result] = results;
  assert.equal(result.target, 'assistant-estimate');
  assert.equal(result.detail.op, 'estimate');
  assert.equal(result.detail.mode, 'estimate');
  assert.equal(result.detail.result.fund_pays_fen, BEIJING.expected.result.fund_pays_fen);
  assert.equal(result.detail.result.person_pays_fen, BEIJING.expected.result.person_pays_fen);
  assert.equal(Number(await estimate.getAttribute('#result-sentence', 'data-fund-fen')), BEIJING.expected.result.fund_pays_fen);
  // The event's result is the core's answer to the request the page sent, whole.
  const sent = await estimate.evaluate(() => JSON.parse(localStorage.getItem('medins.estimate.last_request')));
  // The saved request carries the fetched policy inline (the handover card loads no policy
  // files): the same figures, to the fen (the policy's id, file and the pointers of its
  // warnings name the shipped file in the event, the inline document in the saved request).
  assert.equal(typeof sent.policy, 'object');
  const again = (await askCore(estimate, 'estimate', sent)).result;
  const figures = (r) => ({ total: r.total_fen, fund: r.fund_pays_fen, person: r.person_pays_fen, breakdown: r.breakdown, slip: r.slip });
  assert.deepEqual(figures(result.detail.result), figures(again));
  // The full instance, meanwhile, is still on its own first screen, in English.
  assert.equal(await full.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await full.evaluate(() => location.hash), '');
  await shot(page, 'embed-portal.png');

  // The element's lang attribute, changed by the portal, switches that instance only.
  await page.evaluate(() => document.getElementById('assistant-estimate').setAttribute('lang', 'en'));
  await estimate.waitForFunction(() => document.documentElement.lang === 'en');
  await waitScreen(estimate, 'result');

  // The portal's CSP held: no violation anywhere, and nothing left the origin.
  for (const frame of page.frames()) {
    assert.deepEqual(await frame.evaluate(() => window.cspViolations), [], frame.url());
  }
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:')), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(bare.problems, []);

  // The portal's policy is the one in force on its page: an inline script is refused (and seen).
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true;';
    document.head.append(s);
  });
  await page.waitForFunction(() => window.cspViolations.length > 0);
  assert.equal(await page.evaluate(() => window.inlineRan), undefined);
  assert.match((await page.evaluate(() => window.cspViolations))[0].directive, /^script-src/);
});

test('with the portal\'s institution list, the eligibility question offers a search that answers it; without one, it asks as before', async (t) => {
  const { page, problems, requests } = await openPortal(t);
  const full = await frameOf(page, 'assistant-full');
  const estimate = await frameOf(page, 'assistant-estimate');
  // Into the eligibility part from the home page's task list, inside the full instance.
  await full.click('#task-eligibility a');
  await full.waitForURL('**/eligibility/');
  await full.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await full.evaluate(() => {
    location.hash = '#/designated';
  });
  await waitScreen(full, 'designated');
  assert.match(await full.textContent('#institution-list-source'), /演示用定点医药机构名单.*截至 2026-11-01.*演示名单/);
  // Pinyin without spaces finds the hospital by its name.
  await full.fill('#institution-query', 'yanshidiyi');
  await full.waitForSelector('#institution-hits button');
  const first = DEMO.institutions[0];
  assert.equal(await full.getAttribute('#institution-hits button', 'data-code'), first.code);
  await shot(page, 'embed-institution-search.png');
  await full.click('#institution-hits button');
  // Designated and networked come from the list, so the flow goes on past both questions.
  await waitScreen(full, 'filed');
  const stored = await full.evaluate(() => Object.fromEntries(['designated', 'networked', 'treatment', 'institution']
    .map((k) => [k, JSON.parse(localStorage.getItem(`medins.eligibility.${k}`))])));
  assert.deepEqual(stored, {
    designated: 'yes',
    networked: first.networked.outpatient ? 'yes' : 'no',
    treatment: first.region,
    institution: { code: first.code, name: first.name, level: first.level },
  });

  // The estimate instance's list was refused: its eligibility question has no search, and its
  // hint says where to look.
  await estimate.evaluate(() => {
    location.href = '../eligibility/#/designated';
  });
  await estimate.waitForURL('**/eligibility/#/designated');
  await estimate.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await waitScreen(estimate, 'designated');
  assert.equal(await estimate.$('#institution-search'), null);
  assert.match(await estimate.textContent('#designated-hint'), /医保定点/);
  // Both frames moved to new pages and were handed the compiled module again: still one fetch.
  assert.equal(requests.filter((u) => u.endsWith('/medins.wasm')).length, 1);
  assert.deepEqual(problems, []);
});

test('the portal\'s policy (policy-src) is checked, offered first and sent to the core inline', async (t) => {
  const { page, problems } = await openPortal(t);
  const full = await frameOf(page, 'assistant-full');
  await full.click('#task-estimate a');
  await full.waitForURL('**/estimate/');
  await full.waitForFunction(() => document.documentElement.dataset.ready === '1');
  // enterCase checks that the policy offered and chosen by itself is the portal's.
  await enterCase(asPage(full, page), { ...BEIJING.request, policy: 'portal' });
  const result = (await events(page)).find((e) => e.type === 'medins-result' && e.target === 'assistant-full');
  assert.equal(result.detail.op, 'estimate');
  assert.equal(result.detail.result.policy.id, 'inline', 'the portal\'s document went to the core, not the shipped id');
  // The portal republished the shipped Beijing file: the same figures to the fen.
  assert.equal(result.detail.result.fund_pays_fen, BEIJING.expected.result.fund_pays_fen);
  assert.equal(result.detail.result.person_pays_fen, BEIJING.expected.result.person_pays_fen);
  assert.equal((await events(page)).filter((e) => e.type === 'medins-error' && e.target === 'assistant-full').length, 0);
  assert.deepEqual(problems, []);
});

test('dist/: the versioned element, loaded with its SRI hash, runs the assistant from the versioned module', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'medins-dist-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const manifest = buildDist(siteDir, path.join(dir, 'dist'), '0.0.0-test');
  const { server, url } = await startServer(path.join(dir, 'dist'), 0);
  t.after(() => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  }));
  const context = await env.browser.newContext();
  t.after(() => context.close());
  const { element } = manifest.entry;
  // A portal page of its own, as docs/embedding.md's example writes it.
  await context.route(`${url}portal.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>portal</title><link rel="icon" href="data:,">
<script type="module" src="/${element}" integrity="${manifest.files[element].integrity}" crossorigin="anonymous"></script>
</head><body><medins-assistant mode="estimate"></medins-assistant></body></html>` }));
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  await page.goto(`${url}portal.html`);
  const frame = await (await page.waitForSelector('medins-assistant >>> iframe')).contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.ready === '1');
  assert.deepEqual(requests.filter((p) => p.endsWith('.wasm')), [`/${manifest.entry.wasm}`]);
  assert.ok(requests.includes(`/${manifest.entry.style}`));
  assert.deepEqual(problems, []);
});

test('a portal file that is missing, or that the core refuses as a policy, is an error event; the instance still works', async (t) => {
  const { page } = await openPortal(t);
  await frameOf(page, 'assistant-estimate');
  // Added by the portal's script later, as a portal might: a missing list and a wrong policy file.
  await page.evaluate(() => {
    const more = document.createElement('medins-assistant');
    more.id = 'assistant-more';
    more.setAttribute('mode', 'filing');
    more.setAttribute('institutions-src', 'no-such-list.json');
    more.setAttribute('policy-src', 'institutions-demo.json');
    document.getElementById('events').before(more);
  });
  const frame = await frameOf(page, 'assistant-more');
  assert.match(frame.url(), /\/filing\/\?embed=1$/);
  await page.waitForFunction(() => window.portalEvents.filter((e) => e.target === 'assistant-more').length === 2);
  const [missing, refused] = (await events(page)).filter((e) => e.target === 'assistant-more');
  assert.equal(missing.detail.source, 'institutions-src');
  assert.equal(missing.detail.errors[0].code, 'embed.fetch_failed');
  assert.match(missing.detail.errors[0].message.en, /no-such-list\.json could not be fetched \(HTTP 404\)/);
  assert.match(missing.detail.errors[0].message['zh-CN'], /没有取到文件 no-such-list\.json/);
  assert.equal(refused.detail.source, 'policy-src');
  assert.equal(refused.detail.op, 'policy.validate');
  assert.ok(refused.detail.errors.length > 0 && refused.detail.errors.every((e) => e.path.startsWith('/policy')), JSON.stringify(refused.detail.errors));
  // Inside the element, one plain sentence for each file that did not load, in its language.
  const said = await page.evaluate(() => [...document.getElementById('assistant-more').shadowRoot
    .querySelectorAll('.medins-notice li')].map((li) => li.textContent.trim()));
  const zh = EMBED_TEXT['zh-CN'].notLoaded;
  assert.deepEqual(said, [zh.institutions, zh.policy]);
  assert.ok(said.every((s) => !/no-such-list|\.json|HTTP|\//.test(s)), said.join(' | '));
  // The filing flow in that instance starts as usual.
  await frame.click('#start-button');
  await frame.waitForFunction(() => document.getElementById('screen').dataset.screen !== 'start');
});
