// Every worked example under tests/cases/ through the wasm module and the native CLI: the two
// answers must be the same bytes, and must match the case's expected answer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { loadMedins } from './load_module.mjs';
import { subsetMismatch } from './subset.mjs';

const casesDir = process.env.MEDINS_CASES_DIR ?? 'tests/cases';
const cli = process.env.MEDINS_CLI ?? 'build/native/medins';

function caseFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return caseFiles(full);
    return entry.name.endsWith('.json') ? [full] : [];
  }).sort();
}

const files = caseFiles(casesDir);
const medins = await loadMedins();

test('there are cases to run', () => {
  assert.ok(files.length >= 5, `only ${files.length} case files under ${casesDir}`);
});

for (const file of files) {
  const c = JSON.parse(fs.readFileSync(file, 'utf8'));
  test(`${path.relative(casesDir, file)}: ${c.name}`, () => {
    const request = 'request_text' in c ? c.request_text : JSON.stringify(c.request);
    const fromWasm = medins.handle(c.op, request);
    const run = spawnSync(cli, [c.op, '-'], { input: request, encoding: 'utf8' });
    assert.equal(run.error, undefined, `cannot run ${cli}`);
    assert.equal(run.stdout, `${fromWasm}\n`, 'CLI and wasm answers differ');
    const response = JSON.parse(fromWasm);
    assert.equal(run.status, response.ok ? 0 : 2, 'CLI exit status');
    const why = subsetMismatch(c.expected, response);
    assert.equal(why, null, `${why}\nresponse: ${fromWasm}`);
  });
}
