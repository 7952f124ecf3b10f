// Offline use (web/sw.js, web/shell/offline.js): after one visit online, the network goes away
// (Chromium's offline emulation, which the service worker's own fetches obey too) and a person
// still opens the estimate page, types a bill and gets the answer to the fen (from their insured
// place's policy file, kept since it was fetched on that visit); every page opens. zxing's QR
// writer and reader are kept only on use, and by the pages that draw a code: offline, a filing
// printout still has its QR code.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/offline.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { TEXT as FILING_TEXT } from '../../web/filing/text.js';
import { enterCase, pickRegion } from './estimate-steps.mjs';
import { waitScreen } from './flow-steps.mjs';
import { openPage, repoRoot, shot, siteDir, useSiteAndBrowser, waitReady } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const env = useSiteAndBrowser();
const CASE = JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'shipped', 'estimate', 'yuncheng-employee-other-temporary-cut.json'), 'utf8'));

test('after the first visit, the site works with no network: every page opens, an estimate is made', async (t) => {
  const { page, context, problems, requests } = await openPage(env, t);
  // The built worker lists the site and carries a version; the template's placeholders are gone.
  const sw = readFileSync(path.join(siteDir, 'sw.js'), 'utf8');
  assert.doesNotMatch(sw, /^const VERSION = 'dev';$/m);
  const files = JSON.parse(sw.match(/^const FILES = (\[.*\]);$/m)[1]);
  for (const f of ['./', 'estimate/', 'estimate/index.html', 'medins.wasm', 'medins.js', 'shell/first-paint.js']) {
    assert.ok(files.includes(f), `offline list lacks ${f}`);
  }
  // zxing's files are kept on use only; the demo portal and the READMEs not at all.
  assert.deepEqual(files.filter((f) => f.startsWith('vendor/') || f.startsWith('demo/') || f.endsWith('README.md')), []);
  const onUse = JSON.parse(sw.match(/^const ON_USE = (\[.*\]);$/m)[1]);
  assert.ok(onUse.includes('vendor/zxing/writer/zxing_writer.wasm') && onUse.includes('vendor/zxing/reader/zxing_reader.wasm'), onUse);

  // Installed and in control (the first load is not controlled; the worker claims it).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('medins-')));
  assert.equal(cached.length, 1);

  // The policies are not precached (docs/policy-data-plane.md): the person's insured place's
  // file is kept once the estimate page has fetched it, online.
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  await page.check(`input[name="scheme"][value="${CASE.request.person.scheme}"]`);
  await pickRegion(page, 'insured', CASE.request.insured_region);
  await page.waitForSelector(`input[name="policy"][value="${CASE.request.policy}"]`);

  await context.setOffline(true);
  const before = requests.length;
  for (const where of ['filing/', 'eligibility/', 'handover/', '']) {
    await page.goto(`${env.baseUrl}${where}`);
    await waitReady(page);
  }
  await page.goto(`${env.baseUrl}estimate/`);
  await waitReady(page);
  await enterCase(page, CASE.request);
  const sentence = await page.textContent('#result-sentence');
  assert.ok(sentence.includes(formatFen(CASE.expected.result.person_pays_fen)), sentence);
  assert.ok(sentence.includes(formatFen(CASE.expected.result.fund_pays_fen)), sentence);
  await shot(page, 'offline-estimate-zh.png');
  assert.ok(requests.length > before, 'the pages were requested (and answered from the cache)');
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  assert.deepEqual(problems, []);
});

// A first visit to a page that has the core compiled ahead (filing): the page's worker downloads
// the wasm; the service worker is registered once that is done, and its install asks whether the
// files it lists changed (If-None-Match) rather than downloading them again, so the core's wasm
// and the page's own files are sent once, not twice, and the site still works offline after.
test('a first visit sends the core\'s wasm and the page\'s files once, and the offline copy is still made', async (t) => {
  const sent = new Map(); // path → [statuses]
  const count = (req, res) => res.on('finish', () => {
    const { pathname } = new URL(req.url, env.baseUrl);
    sent.set(pathname, [...(sent.get(pathname) ?? []), res.statusCode]);
  });
  env.server.on('request', count);
  t.after(() => env.server.off('request', count));
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(`${env.baseUrl}filing/`);
  await waitReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.deepEqual(sent.get('/medins.wasm'), [200, 304], 'the page\'s download, then the install\'s question');
  for (const file of ['/filing/', '/medins.js', '/shell/first-paint.js', '/styles/shared.css']) {
    assert.equal(sent.get(file)?.filter((s) => s === 200).length, 1, `${file}: ${sent.get(file)}`);
  }
  // What the install kept is the whole file: offline, the flow starts and asks its first question.
  const kept = await page.evaluate(async () => {
    const response = await caches.match(new URL('../medins.wasm', location.href).href, { ignoreSearch: true });
    return response ? (await response.arrayBuffer()).byteLength : 0;
  });
  assert.equal(kept, statSync(path.join(siteDir, 'medins.wasm')).size);
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await page.click('#start-button');
  await page.waitForFunction(() => document.getElementById('screen')?.dataset.screen === 'scheme');
});

// zxing's writer and reader (600 KB of wasm) are not part of every first visit: the home page's
// sends none of them. The filing page, whose printout has a QR code, has the worker keep the
// writer; the reader is kept when first used. Offline, a filing result still draws its code.
test('zxing is kept on use and by the pages that draw a code: offline, the filing printout has its QR code', async (t) => {
  const zxing = [];
  const count = (req) => {
    const { pathname } = new URL(req.url, env.baseUrl);
    if (pathname.startsWith('/vendor/zxing/')) zxing.push(pathname);
  };
  env.server.on('request', count);
  t.after(() => env.server.off('request', count));
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const keptFiles = () => page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('medins-') && k !== 'medins-policies');
    const cache = await caches.open(names[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/vendor/')).sort();
  });

  await page.goto(env.baseUrl);
  await waitReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForTimeout(500);
  assert.deepEqual(zxing, [], 'the home page sends no zxing file');
  assert.deepEqual(await keptFiles(), []);

  // The filing page asks the worker to keep the writer (module, shared part, wasm); not the reader.
  await page.goto(`${env.baseUrl}filing/`);
  await waitReady(page);
  const writer = ['/vendor/zxing/es/share.js', '/vendor/zxing/es/writer/index.js', '/vendor/zxing/writer/zxing_writer.wasm'];
  for (let tries = 0; tries < 80 && (await keptFiles()).length < writer.length; tries++) await page.waitForTimeout(250);
  assert.deepEqual(await keptFiles(), writer);
  // The reader, fetched as scan.js would, is kept from then on.
  const reader = await page.evaluate(async () => (await fetch(new URL('../vendor/zxing/reader/zxing_reader.wasm', location.href))).status);
  assert.equal(reader, 200);
  assert.deepEqual(await keptFiles(), [...writer, '/vendor/zxing/reader/zxing_reader.wasm'].sort());

  // A filing prepared on this phone (answers as the page saves them), its result opened offline.
  await page.evaluate((answers) => {
    for (const [k, v] of Object.entries(answers)) localStorage.setItem(`medins.filing.${k}`, JSON.stringify(v));
    sessionStorage.setItem('medins.filing.id', JSON.stringify('11010519491231002X'));
  }, {
    scheme: 'employee', employment: 'working', insured: '110105', destination: '310104', purpose: 'live',
    household: 'no', permit: 'yes', since: { year: '2026', month: '3', day: '1' },
    start_date: { year: '2026', month: '12', day: '1' }, name: '张三', mobile: '13800138000',
    address: '上海市徐汇区漕溪北路1号', reason: '',
  });
  await context.setOffline(true);
  const sentBefore = zxing.length;
  await page.goto(env.baseUrl); // then to the result as a new page, not an address change on filing/
  await waitReady(page);
  await page.goto(`${env.baseUrl}filing/#/result`);
  await waitReady(page);
  await waitScreen(page, 'result');
  await page.waitForSelector('#qr[data-state="ready"] svg');
  await shot(page, 'offline-filing-qr-zh.png');
  assert.equal(zxing.length, sentBefore, 'the writer came from the offline copy');
});

// The reader is kept only once used: a person who never read a QR picture online, and tries with
// no signal, is told why it cannot be read now (not "something went wrong").
test('offline, reading a QR picture before the reader was ever used says there is no connection', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(env.baseUrl);
  await waitReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto(`${env.baseUrl}filing/`);
  await waitReady(page);
  await page.click('#continue-link');
  await waitScreen(page, 'continue');
  const png = readFileSync(path.join(repoRoot, 'docs', 'img', 'layers.svg')); // any file: it is never read
  await page.setInputFiles('#qr-file', { name: 'qr.png', mimeType: 'image/png', buffer: png });
  await page.waitForSelector('#qr-file-error');
  const zh = FILING_TEXT['zh-CN'];
  assert.equal(await page.textContent('#qr-file-error'), zh.errorPrefix + zh.scan.failedOffline);
  await shot(page, 'offline-scan-zh.png');
});

// A new version of the site (one file changed, the list written again as the build does): the
// new worker keeps what the person had used under the old one (the writer the filing page asked
// for, the reader used once), asking the server whether each changed (a 304 while it has not),
// and the old cache goes.
test('a new version keeps the QR files a person had used, asking only whether they changed', async (t) => {
  const site = mkdtempSync(path.join(tmpdir(), 'medins-offline-'));
  t.after(() => rmSync(site, { recursive: true, force: true }));
  cpSync(siteDir, site, { recursive: true });
  const { server, url } = await startServer(site, 0);
  t.after(() => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  }));
  const sent = [];
  server.on('request', (req, res) => res.on('finish', () => sent.push([new URL(req.url, url).pathname, res.statusCode])));
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const kept = () => page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('medins-') && k !== 'medins-policies');
    const files = [];
    for (const name of names) {
      for (const r of await (await caches.open(name)).keys()) {
        if (r.url.includes('/vendor/')) files.push(new URL(r.url).pathname);
      }
    }
    return { names, files: files.sort() };
  });

  await page.goto(`${url}filing/`);
  await waitReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  for (let tries = 0; tries < 80 && (await kept()).files.length < 3; tries++) await page.waitForTimeout(250);
  await page.evaluate(async () => (await fetch(new URL('../vendor/zxing/reader/zxing_reader.wasm', location.href))).ok);
  const before = await kept();
  assert.equal(before.names.length, 1);
  assert.equal(before.files.length, 4, before.files.join(' '));

  appendFileSync(path.join(site, 'shell', 'text.js'), '\n');
  execFileSync(process.execPath, [path.join(repoRoot, 'tools', 'gen_offline_list.mjs'), site], { stdio: 'ignore' });
  sent.length = 0;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  let after = before;
  for (let tries = 0; tries < 120 && (after.names.length !== 1 || after.names[0] === before.names[0]); tries++) {
    await page.waitForTimeout(250);
    after = await kept();
  }
  assert.notEqual(after.names[0], before.names[0], 'the new version\'s cache replaced the old one');
  assert.deepEqual(after.files, before.files);
  for (const file of ['/vendor/zxing/writer/zxing_writer.wasm', '/vendor/zxing/reader/zxing_reader.wasm']) {
    assert.deepEqual(sent.filter(([p]) => p === file).map(([, status]) => status), [304], file);
  }
});
