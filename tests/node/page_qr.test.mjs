// The QR code the page drew (saved by tests/browser/filing.test.mjs as a screenshot) read by
// the native command line with ZXing-cpp and verified by the core: the two sides agree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const cli = process.env.MEDINS_CLI ?? 'build/native/medins';
const shots = process.env.MEDINS_SCREENSHOT_DIR ?? 'build/screenshots';

test('the native reader decodes the QR code the page drew', () => {
  const png = path.join(shots, 'filing-qr-zh.png');
  assert.ok(fs.existsSync(png), `${png} is written by chromium.filing, which ctest runs first`);
  const out = spawnSync(cli, ['qr', 'decode', png], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stdout);
  const answer = JSON.parse(out.stdout).result.application;
  // The filing test's person: a retiree from 北京 朝阳 resettled in 三亚, ID masked by default.
  assert.equal(answer.insured_region, '110105');
  assert.equal(answer.destination, '460200');
  assert.equal(answer.category, 'resettled_retiree');
  assert.match(answer.id, /^110105\*{8}\d{3}[\dX]$/);
});
