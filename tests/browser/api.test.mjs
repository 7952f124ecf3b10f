// The headless JS API (web/medins-api.js): what a portal's own form calls. Two callers share one
// module (medins.wasm fetched once); answers are the core's, parsed, for a request given as an
// object or as text; bad requests come back as structured errors, not exceptions.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/api.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openPage, repoRoot, useSiteAndBrowser } from './harness.mjs';

const env = useSiteAndBrowser();

test('two callers share one module; objects and text in, the core\'s JSON out; bad input is an error answer', async (t) => {
  const { page, requests } = await openPage(env, t, { serviceWorkers: 'block' });
  const before = requests.filter((u) => u.endsWith('/medins.wasm')).length;
  const out = await page.evaluate(async () => {
    const { createMedins } = await import('/medins-api.js');
    const [a, b] = await Promise.all([createMedins(), createMedins()]);
    const request = { id: '11010519491231002X', as_of: '2026-11-25' };
    return {
      version: a.version,
      same: a.version === b.version,
      fromObject: a.handle('id.check', request),
      fromText: b.handle('id.check', JSON.stringify(request)),
      malformed: a.handle('id.check', '{"id": '),
      unknownOp: a.handle('no.such.op', {}),
      nothing: a.handle('id.check'),
      cycle: (() => {
        const c = {};
        c.c = c;
        try {
          a.handle('id.check', c);
          return 'no error';
        } catch (err) {
          return err.name;
        }
      })(),
    };
  });
  // The home page loaded the core already: the API reuses nothing of it (a page's own script
  // and the API are separate callers) but both API callers share one more load at most.
  const wasmLoads = requests.filter((u) => u.endsWith('/medins.wasm')).length - before;
  assert.ok(wasmLoads <= 1, `medins.wasm fetched ${wasmLoads} times for two API callers`);
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  assert.equal(out.fromObject.ok, true);
  assert.equal(out.fromObject.result.birth_date, '1949-12-31');
  assert.deepEqual(out.fromText, out.fromObject);
  assert.equal(out.malformed.ok, false);
  assert.equal(out.malformed.errors[0].code, 'request.malformed_json');
  assert.ok(out.malformed.errors[0].message['zh-CN'] && out.malformed.errors[0].message.en);
  assert.equal(out.unknownOp.errors[0].code, 'request.unknown_op');
  assert.equal(out.nothing.ok, false, 'no request is the core\'s error, not an exception');
  assert.equal(out.cycle, 'TypeError');
});

test('a portal\'s institution list is loaded once, then searched without sending it again', async (t) => {
  const { page } = await openPage(env, t);
  const demo = readFileSync(path.join(repoRoot, 'tests', 'data', 'institutions', 'demo.json'), 'utf8');
  const out = await page.evaluate(async (file) => {
    const { createMedins } = await import('/medins-api.js');
    const medins = await createMedins();
    const before = medins.handle('institutions.search', { query: 'a' });
    const loaded = medins.loadInstitutions(file);
    const other = await createMedins();
    const first = JSON.parse(file).institutions[0];
    const query = first.name.replace(/（.*）$/, '');
    const hit = other.handle('institutions.search', { query, limit: 1 });
    const refused = medins.loadInstitutions('{"format": "medins-institutions"');
    const still = medins.handle('institutions.search', { query, limit: 1 });
    return { before, loaded, hit, refused, still, first };
  }, demo);
  assert.equal(out.loaded.ok, true);
  assert.equal(out.loaded.result.by_kind.hospital + out.loaded.result.by_kind.pharmacy, JSON.parse(demo).institutions.length);
  assert.equal(out.hit.ok, true, JSON.stringify(out.hit.errors));
  assert.equal(out.hit.result.hits[0].code, out.first.code, 'a second caller searches the list the first loaded');
  assert.equal(out.refused.ok, false, JSON.stringify(out.refused));
  assert.equal(out.refused.errors[0].code, 'institutions.malformed_json');
  assert.deepEqual(out.still, out.hit, 'a refused file leaves the loaded list in place');
});
