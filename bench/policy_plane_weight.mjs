// What each page loads at first load (a fresh visitor: no cache, no service worker, no answers),
// before and after 300 synthetic policy files are added to the site: the policies are files of the
// site fetched one place at a time (docs/policy-data-plane.md), so adding places must not add a
// byte to any page's first load. Prints bytes per page (as the server sends them, compressed)
// both times and exits 1 if any page's requests or bytes changed.
//   MEDINS_SITE_DIR=build-wasm/site MEDINS_CLI=build/native/medins node bench/policy_plane_weight.mjs
// tests/browser/plane-weight.test.mjs runs the same comparison as a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES = ['', 'filing/', 'eligibility/', 'estimate/', 'handover/', 'ledger/', 'mydata/'];

/** {page: {bytes, urls}} for one site: every response of the first load, until the network is idle. */
export async function firstLoad(site, browser) {
  const { server, url } = await startServer(site, 0);
  const out = {};
  try {
    for (const page of PAGES) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const urls = new Map();
      let bytes = 0;
      cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, new URL(e.response.url).pathname));
      cdp.on('Network.loadingFinished', (e) => {
        if (urls.has(e.requestId)) bytes += e.encodedDataLength;
      });
      await tab.goto(url + page);
      await tab.waitForFunction(() => document.documentElement.dataset.ready === '1');
      await tab.waitForLoadState('networkidle');
      out[page || 'index'] = { bytes, urls: [...new Set(urls.values())].sort() };
      await context.close();
    }
  } finally {
    server.close();
  }
  return out;
}

/** Region codes of prefectures that have no policy yet, for synthetic files. */
function freePrefectures(taken, n) {
  const rows = fs.readFileSync(path.join(repoRoot, 'data/regions/admin_divisions.csv'), 'utf8').split('\n').slice(1);
  const codes = rows.map((r) => r.split(',')).filter((c) => c[2] === 'prefecture' && !taken.has(c[0])).map((c) => c[0]);
  if (codes.length < n) throw new Error(`only ${codes.length} free prefectures`);
  return codes.slice(0, n);
}

/**
 * A copy of `site` with `n` synthetic policy files added (the Beijing employee file under other
 * prefectures' codes), its index and offline list made again as the build makes them.
 */
export function siteWithSyntheticPolicies(site, n, cli) {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'medins-plane-weight-'));
  const copy = path.join(dest, 'site');
  fs.cpSync(site, copy, { recursive: true });
  const data = path.join(dest, 'data');
  fs.cpSync(path.join(repoRoot, 'data', 'policies'), path.join(data, 'policies'), { recursive: true });
  const taken = new Set(fs.readdirSync(path.join(data, 'policies')));
  const template = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/policies/110000/employee.json'), 'utf8'));
  for (const code of freePrefectures(taken, n)) {
    fs.mkdirSync(path.join(data, 'policies', code));
    const doc = { ...template, region: code, name: { 'zh-CN': `合成测试政策 ${code}`, en: `Synthetic test policy ${code}` } };
    fs.writeFileSync(path.join(data, 'policies', code, 'employee.json'), JSON.stringify(doc, null, 2));
  }
  const run = (args) => {
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  run([path.join(repoRoot, 'tools/gen_policy_index.mjs'), cli, data, copy]);
  // As the build does: the worker's template back, then its list and version filled in.
  fs.copyFileSync(path.join(repoRoot, 'web/sw.js'), path.join(copy, 'sw.js'));
  run([path.join(repoRoot, 'tools/gen_offline_list.mjs'), copy]);
  return { site: copy, cleanup: () => fs.rmSync(dest, { recursive: true, force: true }) };
}

export const swFiles = (site) => fs.readFileSync(path.join(site, 'sw.js'), 'utf8').match(/^const (VERSION|FILES) = .*$/gm);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = process.env.MEDINS_SITE_DIR ?? 'build-wasm/site';
  const cli = process.env.MEDINS_CLI ?? 'build/native/medins';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const added = siteWithSyntheticPolicies(site, 300, cli);
  let changed = false;
  try {
    const before = await firstLoad(site, browser);
    const after = await firstLoad(added.site, browser);
    const count = (s) => JSON.parse(fs.readFileSync(path.join(s, 'policies/index.json'), 'utf8')).count;
    console.log(`| page | first load, ${count(site)} policies | first load, ${count(added.site)} policies | requests |`);
    console.log('|---|--:|--:|--:|');
    for (const page of Object.keys(before)) {
      const same = before[page].bytes === after[page].bytes && JSON.stringify(before[page].urls) === JSON.stringify(after[page].urls);
      changed ||= !same;
      console.log(`| ${page} | ${before[page].bytes} B | ${after[page].bytes} B${same ? '' : ' (changed)'} | ${after[page].urls.length} |`);
    }
    const swSame = JSON.stringify(swFiles(site)) === JSON.stringify(swFiles(added.site));
    console.log(`service worker's precache list and version: ${swSame ? 'unchanged' : 'CHANGED'}`);
    changed ||= !swSame;
  } finally {
    await browser.close();
    added.cleanup();
  }
  process.exit(changed ? 1 : 0);
}
