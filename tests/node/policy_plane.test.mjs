// The policies as a data plane (docs/policy-data-plane.md): the wasm module carries none; the
// site holds them under policies/ with an index the native CLI's policy.coverage wrote (every
// file validated at build), and a file handed to the module answers as the embedded copy does.
//   MEDINS_SITE_DIR=build-wasm/site MEDINS_CLI=build/native/medins node --test tests/node/policy_plane.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { loadMedins, shippedPolicyFiles, siteDir } from './load_module.mjs';
import { OWN, composePolicy } from '../../web/estimate/policy.js';

const cli = process.env.MEDINS_CLI ?? 'build/native/medins';
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const shipped = shippedPolicyFiles();
const cliAnswer = (op, request) => spawnSync(cli, [op, '-'], { input: JSON.stringify(request), encoding: 'utf8' });

test('medins.wasm holds no policy: none of the shipped policies\' names is in its bytes', async () => {
  assert.ok(shipped.length >= 4, 'the shipped policies are there to look for');
  const wasm = fs.readFileSync(path.join(siteDir(), 'medins.wasm'));
  // The bibliography is in the module on purpose, and a source's title may quote a regulation
  // whose name a policy file shares (《郑州市职工基本医疗保险办法》): such words prove nothing.
  const bibliography = fs.readFileSync(path.join(repoRoot, 'data', 'sources.json'), 'utf8');
  for (const { file, text } of shipped) {
    const doc = JSON.parse(text);
    const words = [doc.name['zh-CN'], doc.name.en, doc.notes?.['zh-CN'], doc.notes?.en].filter(Boolean);
    assert.ok(words.some((w) => !bibliography.includes(w)), `${file}: some words of its own to look for`);
    for (const w of words.filter((x) => !bibliography.includes(x))) {
      assert.equal(wasm.indexOf(Buffer.from(w, 'utf8')), -1, `${file}: "${w}" is in medins.wasm`);
    }
  }
  // And the module knows no place until it is given one.
  const medins = await loadMedins();
  assert.deepEqual(JSON.parse(medins.handle('policy.list', '{}')).result.policies, []);
});

test('a fetched file handed to the module answers the estimate to the fen, as the CLI with its embedded copy', async () => {
  const c = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/shipped/estimate/yuncheng-employee-other-temporary-cut.json'), 'utf8'));
  const medins = await loadMedins();
  const before = JSON.parse(medins.handle('estimate', JSON.stringify(c.request)));
  assert.equal(before.ok, false, 'without the file the module cannot answer by place');
  assert.ok(before.errors.some((e) => e.code === 'policy.not_found'), JSON.stringify(before.errors));

  const file = shipped.find((f) => f.file === `policies/${c.request.policy}.json`);
  assert.ok(file, `the case's policy ${c.request.policy} is shipped`);
  const loaded = JSON.parse(medins.loadPolicy(file.file, file.text));
  assert.equal(loaded.ok, true, JSON.stringify(loaded));
  assert.equal(loaded.result.file, file.file);
  const answer = medins.handle('estimate', JSON.stringify(c.request));
  const response = JSON.parse(answer);
  assert.equal(response.ok, true, answer);
  assert.equal(response.result.person_pays_fen, c.expected.result.person_pays_fen);
  assert.equal(response.result.fund_pays_fen, c.expected.result.fund_pays_fen);
  assert.equal(cliAnswer('estimate', c.request).stdout, `${answer}\n`, 'CLI and module answers differ');
});

test('a file that fails validation is refused with structured errors, and the module keeps what it held', async () => {
  const medins = await loadMedins();
  const good = shipped.find((f) => f.file === 'policies/110000/employee.json');
  assert.equal(JSON.parse(medins.loadPolicy(good.file, good.text)).ok, true);
  const broken = JSON.parse(good.text);
  broken.versions[0].confidence = 'certain';
  const refused = JSON.parse(medins.loadPolicy(good.file, JSON.stringify(broken)));
  assert.equal(refused.ok, false);
  const e = refused.errors[0];
  assert.equal(e.code, 'policy.bad_confidence');
  assert.equal(e.path, '/versions/0/confidence');
  assert.ok(e.message['zh-CN'] && e.message.en, JSON.stringify(e));

  const garbled = JSON.parse(medins.loadPolicy(good.file, '<html>Not found</html>'));
  assert.equal(garbled.errors[0].code, 'policy.malformed_json');
  const misplaced = JSON.parse(medins.loadPolicy('policies/120000/employee.json', good.text));
  assert.equal(misplaced.errors[0].code, 'policy.file_mismatch');

  const list = JSON.parse(medins.handle('policy.list', '{}')).result.policies;
  assert.deepEqual(list.map((p) => p.file), [good.file], 'the good file is still the one held');
});

test('the site carries every shipped file under policies/ with an index that is policy.coverage\'s answer', () => {
  const site = siteDir();
  const index = JSON.parse(fs.readFileSync(path.join(site, 'policies', 'index.json'), 'utf8'));
  const coverage = JSON.parse(cliAnswer('policy.coverage', {}).stdout);
  assert.equal(coverage.ok, true);
  assert.deepEqual(index.policies, coverage.result.policies);
  assert.equal(index.count, shipped.length);
  for (const { file, text } of shipped) {
    assert.equal(fs.readFileSync(path.join(site, file), 'utf8'), text, `${file} is copied as it is`);
  }
  const yuncheng = index.policies.find((p) => p.id === '140800/employee');
  assert.equal(yuncheng.region_name, '山西省 › 运城市');
  assert.deepEqual(yuncheng.province, { code: '140000', name: '山西省' });
  // The worker keeps fetched files; it does not precache them all.
  const sw = fs.readFileSync(path.join(site, 'sw.js'), 'utf8');
  const files = JSON.parse(sw.match(/^const FILES = (\[.*\]);$/m)[1]);
  assert.deepEqual(files.filter((f) => f.startsWith('policies/')), []);
});

test('a shipped file that fails validation fails the build with its file and pointer', () => {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'medins-plane-'));
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'medins-plane-site-'));
  try {
    fs.mkdirSync(path.join(data, 'policies', '110000'), { recursive: true });
    const doc = JSON.parse(shipped.find((f) => f.file === 'policies/110000/employee.json').text);
    doc.versions[0].confidence = 'certain';
    fs.writeFileSync(path.join(data, 'policies', '110000', 'employee.json'), JSON.stringify(doc));
    fs.writeFileSync(path.join(data, 'policies', '110000', 'resident.json'), '{"format": 1,');
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'tools/gen_policy_index.mjs'), cli, data, site], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stderr, /data\/policies\/110000\/employee\.json \/versions\/0\/confidence: policy\.bad_confidence/);
    assert.match(run.stderr, /data\/policies\/110000\/resident\.json: policy\.malformed_json/);
    assert.equal(fs.existsSync(path.join(site, 'policies', 'index.json')), false, 'no index from broken data');
  } finally {
    fs.rmSync(data, { recursive: true, force: true });
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('the figures a person typed, exported as a policy file, pass policy.validate and estimate', async () => {
  const medins = await loadMedins();
  const document = composePolicy({
    choice: OWN, shipped: null, figures: {},
    own: { deductible: '1300', ratio: '85', cap: '400000', bself: '10' },
    visit: { setting: 'inpatient', level: '3' }, insured: '320102', scheme: 'employee',
  });
  const text = JSON.stringify(document);
  const checked = JSON.parse(medins.handle('policy.validate', JSON.stringify({ policy: JSON.parse(text) })));
  assert.equal(checked.ok, true, JSON.stringify(checked.errors));
  assert.equal(checked.result.region, '320102');
  assert.equal(checked.result.versions[0].confidence, 'low');
  // Its figures are the ones typed, in fen and basis points.
  const row = document.versions[0].inpatient.levels.any.all;
  assert.equal(row.deductible_fen, 130000);
  assert.equal(row.bands[0].fund_ratio_bp, 8500);
  assert.equal(document.versions[0].inpatient.annual_cap_fen.value, 40000000);
});
