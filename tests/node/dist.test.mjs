// scripts/dist (tools/dist.mjs): dist/ built from the wasm site into a temporary folder. Every
// file's sha384 in manifest.json is the file's; the versioned entry files are named by their
// content and name each other; package.json packs (npm pack --dry-run) with the manifest's files.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/node/dist.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { buildDist } from '../../tools/dist.mjs';

const site = process.env.MEDINS_SITE_DIR;
const out = path.join(mkdtempSync(path.join(tmpdir(), 'medins-dist-')), 'dist');
after(() => rmSync(path.dirname(out), { recursive: true, force: true }));
const manifest = buildDist(site, out, '9.8.7');
const read = (f) => readFileSync(path.join(out, f));

test('manifest.json: every file with its size and sha384, and nothing else', () => {
  assert.equal(manifest.version, '9.8.7');
  assert.deepEqual(JSON.parse(read('manifest.json')), manifest);
  for (const [file, { bytes, integrity }] of Object.entries(manifest.files)) {
    const content = read(file);
    assert.equal(content.length, bytes, file);
    assert.equal(integrity, `sha384-${createHash('sha384').update(content).digest('base64')}`, file);
  }
  // The same as the site, plus the versioned copies and the package files; no demo portal.
  assert.ok(manifest.files['estimate/index.html'] && manifest.files['medins.wasm'] && manifest.files['package.json']);
  assert.ok(!Object.keys(manifest.files).some((f) => f.startsWith('demo/')));
  assert.ok(existsSync(path.join(site, 'demo', 'portal.html')), 'the site itself has the demo');
  // The offline list is this folder's: no demo file (its install would fail), the versioned files in.
  const offline = JSON.parse(/^const FILES = (\[[^\]]*\]);$/m.exec(read('sw.js').toString('utf8'))[1]);
  assert.ok(!offline.some((f) => f.startsWith('demo/')));
  assert.ok(offline.includes(manifest.entry.element) && offline.includes(manifest.entry.wasm));
});

test('versioned entry files: named by their content, and the element and the API name the versioned module and wasm', () => {
  const { element, api, module, wasm, style } = manifest.entry;
  assert.equal(read(wasm).equals(readFileSync(path.join(site, 'medins.wasm'))), true);
  assert.equal(read(module).equals(readFileSync(path.join(site, 'medins.js'))), true);
  for (const file of [element, api, module, wasm, style]) {
    const hash = /\.([0-9a-f]{10})\.(js|wasm|css)$/.exec(file)?.[1];
    assert.equal(hash, createHash('sha256').update(read(file)).digest('hex').slice(0, 10), file);
  }
  const elementText = read(element).toString('utf8');
  assert.ok(elementText.includes(`'${wasm}'`) && elementText.includes(`'${module}'`) && elementText.includes(`'${style}'`));
  assert.ok(!/'medins\.(js|wasm)'/.test(elementText), 'the element names no unversioned core file');
  const apiText = read(api).toString('utf8');
  assert.ok(apiText.includes(`'${wasm}'`) && apiText.includes(`'${module}'`));
});

test('package.json packs with npm, its entry points exist', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.version, manifest.version);
  assert.equal(pkg.exports['.'], `./${manifest.entry.api}`);
  assert.equal(pkg.exports['./element'], `./${manifest.entry.element}`);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: out, encoding: 'utf8' }));
  const inPack = new Set(packed.files.map((f) => f.path));
  for (const file of [...Object.keys(manifest.files), 'manifest.json']) assert.ok(inPack.has(file), file);
  assert.equal(packed.version, '9.8.7');
});
