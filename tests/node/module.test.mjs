// The wasm module as a page or portal sees it: bad input of every kind comes back as a
// structured answer, never as a thrown exception or a crashed module.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { loadMedins } from './load_module.mjs';

const medins = await loadMedins();
const cli = process.env.MEDINS_CLI ?? 'build/native/medins';
const codes = (text) => JSON.parse(text).errors.map((e) => e.code);

test('meta.version names the module version and id.check', () => {
  const r = JSON.parse(medins.handle('meta.version', '{}'));
  assert.equal(r.ok, true);
  assert.equal(r.result.version, medins.version());
  assert.ok(r.result.ops.includes('id.check'));
  const cliVersion = spawnSync(cli, ['--version'], { encoding: 'utf8' }).stdout.trim();
  assert.equal(cliVersion, `medins ${medins.version()}`);
});

test('an oversized request is refused, and the module keeps working', () => {
  assert.deepEqual(codes(medins.handle('id.check', ' '.repeat((1 << 20) + 1))), ['request.too_large']);
  const ok = JSON.parse(medins.handle('id.check', '{"id":"11010519491231002X","as_of":"2026-11-25"}'));
  assert.equal(ok.result.birth_date, '1949-12-31');
});

test('deeply nested JSON is refused before it can exhaust the wasm stack', () => {
  const deep = '['.repeat(400000) + ']'.repeat(400000);
  assert.deepEqual(codes(medins.handle('id.check', deep)), ['request.too_deep']);
  assert.deepEqual(codes(medins.handle('id.check', '['.repeat(64) + ']'.repeat(64))), ['request.not_object']);
});

test('non-ASCII text survives the JS/wasm boundary as UTF-8 and matches the CLI', () => {
  const request = JSON.stringify({ id: '１１０１０５１９４９１２３１００２ｘ', as_of: '2026-11-25', 备注: '长沙' });
  const fromWasm = medins.handle('id.check', request);
  assert.deepEqual(JSON.parse(fromWasm).errors.map((e) => e.path), ['/备注']);
  const run = spawnSync(cli, ['id.check', '-'], { input: request, encoding: 'utf8' });
  assert.equal(run.stdout, `${fromWasm}\n`);
});

test('lone surrogates from JavaScript strings do not break the answer', () => {
  // embind encodes a lone surrogate as U+FFFD-style bytes; the core must still answer in JSON.
  const r = JSON.parse(medins.handle('id.check', '{"id":"\ud800","as_of":"2026-11-25"}'));
  assert.equal(r.ok, false);
});

test('many calls in a row give the same bytes (no state leaks between calls)', () => {
  const request = '{"id":"110105194912310021","as_of":"2026-11-25"}';
  const first = medins.handle('id.check', request);
  for (let i = 0; i < 2000; i++) assert.equal(medins.handle('id.check', request), first);
});
