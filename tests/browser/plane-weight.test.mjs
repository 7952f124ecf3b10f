// Adding places costs the pages nothing at first load: the same requests and the same bytes for
// every page, and the same service-worker precache list, before and after 300 synthetic policy
// files join the site (bench/policy_plane_weight.mjs prints the bytes).
// Run: MEDINS_SITE_DIR=build-wasm/site MEDINS_CLI=build/native/medins node --test tests/browser/plane-weight.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { firstLoad, siteWithSyntheticPolicies, swFiles } from '../../bench/policy_plane_weight.mjs';
import { LAUNCH_OPTIONS, siteDir } from './harness.mjs';

const cli = process.env.MEDINS_CLI ?? 'build/native/medins';
let browser;
let added;
before(async () => {
  browser = await chromium.launch(LAUNCH_OPTIONS);
  added = siteWithSyntheticPolicies(siteDir, 300, cli);
});
after(async () => {
  await browser?.close();
  added?.cleanup();
});

test('300 more policy files change no page\'s first load and no precache entry', async () => {
  const count = (site) => JSON.parse(readFileSync(path.join(site, 'policies/index.json'), 'utf8')).count;
  assert.equal(count(added.site), count(siteDir) + 300);
  const beforeLoad = await firstLoad(siteDir, browser);
  const afterLoad = await firstLoad(added.site, browser);
  for (const page of Object.keys(beforeLoad)) {
    assert.deepEqual(afterLoad[page].urls, beforeLoad[page].urls, `${page}: the requests changed`);
    assert.ok(!afterLoad[page].urls.some((u) => u.includes('/policies/')), `${page} loads policies at first load`);
    assert.equal(afterLoad[page].bytes, beforeLoad[page].bytes, `${page}: the bytes changed`);
  }
  assert.deepEqual(swFiles(added.site), swFiles(siteDir));
});
