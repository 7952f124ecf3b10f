// What every browser test file needs: the built site served on 127.0.0.1, Debian's Chromium
// through playwright-core, pages that record their problems and requests, and screenshots.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const siteDir = process.env.MEDINS_SITE_DIR;
if (!siteDir) {
  throw new Error('MEDINS_SITE_DIR is not set: point it at the built site folder, '
    + 'e.g. MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/');
}
if (!existsSync(path.join(siteDir, 'index.html')) || !existsSync(path.join(siteDir, 'medins.js'))) {
  throw new Error(`MEDINS_SITE_DIR=${siteDir} has no index.html and medins.js: build the wasm site first`);
}
export const screenshotDir = path.resolve(process.env.MEDINS_SCREENSHOT_DIR
  ?? path.join(repoRoot, 'build', 'screenshots'));
mkdirSync(screenshotDir, { recursive: true });

// Debian's Chromium, with everything that would phone home switched off (see TOOLCHAIN.md).
export const LAUNCH_OPTIONS = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

/**
 * Registers before/after hooks that start the server and the browser for the calling file.
 * The returned object is filled in once `before` has run: read env.browser / env.baseUrl in tests.
 */
export function useSiteAndBrowser() {
  const env = { browser: null, server: null, baseUrl: null };
  before(async () => {
    ({ server: env.server, url: env.baseUrl } = await startServer(siteDir, 0));
    env.browser = await chromium.launch(LAUNCH_OPTIONS);
    // A first visit follows the browser's language (en-* opens in English), and headless Chromium
    // says en-US: contexts are Chinese unless a test asks for another locale, as most people are.
    const newContext = env.browser.newContext.bind(env.browser);
    env.browser.newContext = (options = {}) => newContext({ locale: 'zh-CN', ...options });
  });
  after(async () => {
    await env.browser?.close();
    env.server?.closeAllConnections();
    await new Promise((resolve) => (env.server ? env.server.close(resolve) : resolve()));
  });
  return env;
}

export function waitReady(page) {
  return page.waitForFunction(() => document.documentElement.dataset.ready === '1');
}

/** Records a page's console errors, page errors (`problems`) and requested URLs (`requests`). */
export function record(page) {
  const problems = [];
  const requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => requests.push(req.url()));
  return { problems, requests };
}

// A fresh page whose console errors, page errors and requests are recorded.
export async function openPage(env, t, contextOptions = {}) {
  const context = await env.browser.newContext(contextOptions);
  t.after(() => context.close());
  const page = await context.newPage();
  const { problems, requests } = record(page);
  const response = await page.goto(env.baseUrl);
  await waitReady(page);
  return { page, problems, requests, response, context };
}

/**
 * A page at `where` (under the site) whose requests for the core (medins.js, medins.wasm) are
 * listed by `coreRequests()`. Its context has no service worker, so those requests are the
 * page's own and a test can refuse them (page.route).
 */
export async function openCounted(env, t, where, contextOptions = {}) {
  const context = await env.browser.newContext({ ...contextOptions, serviceWorkers: 'block' });
  t.after(() => context.close());
  const page = await context.newPage();
  const { requests } = record(page);
  await page.goto(new URL(where, env.baseUrl).href);
  await waitReady(page);
  return { page, context, coreRequests: () => requests.filter((url) => /\/medins\.(js|wasm)$/.test(new URL(url).pathname)) };
}

/** Follows a link (`selector`) to a part's page (`part`, its folder), as people do, and waits until it is drawn. */
export async function follow(page, selector, part) {
  await Promise.all([page.waitForURL(`**/${part}/`), page.click(selector)]);
  await waitReady(page);
}

/** A fresh recorded page (openPage) that goes into a part through the home page's start link, as people come. */
export async function openPart(env, t, part, contextOptions) {
  const opened = await openPage(env, t, contextOptions);
  await follow(opened.page, `#${part}-start`, part);
  return opened;
}

export function shot(page, name) {
  return page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

/**
 * A first visit to `where` (a fresh context at 390 px, no service worker) with the core's wasm
 * held back, as on a slow line, until `release()`; resolves once the page is ready. For the pages
 * that draw a first visit's first screen before the core.
 */
export async function openWithCoreHeld(env, t, where, { locale } = {}) {
  const context = await env.browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, ...(locale ? { locale } : {}) });
  t.after(() => context.close());
  const page = await context.newPage();
  const { problems } = record(page);
  const held = [];
  let holding = true;
  await page.route('**/medins.wasm', (route) => (holding ? held.push(route) : route.continue()));
  await page.goto(new URL(where, env.baseUrl).href);
  await waitReady(page);
  const release = async () => {
    holding = false;
    for (const route of held) await route.continue();
  };
  return { page, problems, release };
}
