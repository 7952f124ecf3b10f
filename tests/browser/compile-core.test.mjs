// The pages that draw a first visit's screen before the core (filing, eligibility, estimate) have
// a worker fetch and compile the core's wasm (web/shell/compile-core.js, started by
// shell/preload-core.js), so the page's own thread never carries the download. These tests check
// that the first tap's answer comes from that module, that the wasm is fetched once, and that the
// page still answers, fetching the wasm itself, when the worker cannot help.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/compile-core.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEXT as FILING_TEXT } from '../../web/filing/text.js';
import { record, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();
const WASM = /\/medins\.wasm$/;

/** A first visit to `where` (fresh context, 390 px, no service worker), with `routes` set first. */
async function firstVisit(t, where, routes = async () => {}) {
  const context = await env.browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  t.after(() => context.close());
  // The context's requests, the worker's among them; page.route sees those too.
  const wasmRequests = [];
  context.on('request', (req) => {
    if (WASM.test(new URL(req.url()).pathname)) wasmRequests.push(req.url());
  });
  const page = await context.newPage();
  const { problems } = record(page);
  await routes(page);
  await page.goto(new URL(where, env.baseUrl).href);
  await waitReady(page);
  return { page, problems, wasmRequests };
}

// What the worker handed over: 'module', 'none' (it could not make one), or 'no worker'.
const compiled = (page) => page.evaluate(async () => {
  if (!('medinsCompiledCore' in window)) return 'no worker';
  return (await window.medinsCompiledCore) instanceof WebAssembly.Module ? 'module' : 'none';
});
// Whether the page's own thread fetched the wasm (a worker's fetches are in the worker's timeline).
const pageFetchedWasm = (page) => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/medins\.wasm$/.test(new URL(e.name).pathname)));

async function startFiling(page) {
  await page.click('#start-button');
  await page.waitForFunction(() => document.getElementById('screen')?.dataset.screen === 'scheme');
  assert.equal(await page.textContent('#screen h1'), FILING_TEXT['zh-CN'].steps.scheme.title);
  assert.ok(await page.$('#screen input[type="radio"]'), 'the first question, with its choices');
}

test('filing, first visit: the core is fetched once, by the worker, and the first tap is answered from its module', async (t) => {
  const { page, problems, wasmRequests } = await firstVisit(t, 'filing/');
  assert.equal(await compiled(page), 'module');
  await startFiling(page);
  assert.equal(await pageFetchedWasm(page), false, 'the page\'s own thread did not fetch the wasm');
  assert.equal(wasmRequests.length, 1, wasmRequests.join(', '));
  assert.deepEqual(problems, []);
});

test('estimate, first visit: a place typed in the first box is found with the worker\'s module', async (t) => {
  const { page, problems, wasmRequests } = await firstVisit(t, 'estimate/');
  assert.equal(await compiled(page), 'module');
  await page.click('#insured-input');
  await page.keyboard.type('changsha');
  await page.waitForSelector('#insured-listbox [role="option"]');
  assert.match(await page.textContent('#insured-listbox [role="option"]'), /长沙市/);
  assert.equal(await pageFetchedWasm(page), false);
  assert.equal(wasmRequests.length, 1, wasmRequests.join(', '));
  assert.deepEqual(problems, []);
});

test('filing: the worker\'s script refused, the page fetches and compiles the core itself', async (t) => {
  const { page, problems, wasmRequests } = await firstVisit(t, 'filing/', (p) => p.route('**/shell/compile-core.js', (route) => route.abort()));
  assert.equal(await compiled(page), 'none');
  await startFiling(page);
  assert.equal(await pageFetchedWasm(page), true);
  assert.equal(wasmRequests.length, 1, 'the wasm fetched once, by the page');
  // The refused script is the only thing the console reports.
  assert.ok(problems.every((p) => /compile-core\.js|Failed to load resource/.test(p)), problems.join('\n'));
});

test('filing: the worker\'s download lost (a dropped line), the page fetches the core again and answers', async (t) => {
  let refused = 0;
  const { page, wasmRequests } = await firstVisit(t, 'filing/', (p) => p.route('**/medins.wasm', (route) => {
    if (refused++ === 0) return route.abort('internetdisconnected');
    return route.continue();
  }));
  assert.equal(await compiled(page), 'none');
  await startFiling(page);
  assert.equal(await pageFetchedWasm(page), true);
  assert.equal(wasmRequests.length, 2, 'the worker\'s lost request, then the page\'s');
});
