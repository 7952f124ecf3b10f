// Runs the worked examples of one folder through the wasm module and the native CLI: the two
// answers must be the same bytes, and must match the case's expected answer (subset.mjs).
// tests/node/cases.test.mjs runs tests/cases/, shipped_data.test.mjs runs tests/shipped/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { caseFiles, caseRequest } from './case_request.mjs';
import { loadMedinsWithPolicies } from './load_module.mjs';
import { subsetMismatch } from './subset.mjs';

const cli = process.env.MEDINS_CLI ?? 'build/native/medins';

// allowFixtures false: the folder pins what the shipped data answers, so a case there must not
// swap in a test policy.
export async function runCases(dir, { allowFixtures = true } = {}) {
  const files = caseFiles(dir);
  // The shipped policies handed over as the page hands over the files it fetches.
  const medins = await loadMedinsWithPolicies();

  test('there are cases to run', () => {
    assert.ok(files.length >= 5, `only ${files.length} case files under ${dir}`);
  });

  for (const file of files) {
    const c = JSON.parse(fs.readFileSync(file, 'utf8'));
    test(`${path.relative(dir, file)}: ${c.name}`, () => {
      if (!allowFixtures) assert.ok(!('policy_fixture' in c), `${dir} pins the shipped data: no policy_fixture`);
      const request = caseRequest(c);
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
}
