// The medins command line: every subcommand's output and exit status, batch order and error
// lines, and QR images in both directions between ZXing-cpp (native) and zxing-wasm (what the
// page uses), so a code drawn on one side reads on the other.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';

import { prepareZXingModule as prepareReader, readBarcodes } from 'zxing-wasm/reader';
import { prepareZXingModule as prepareWriter, writeBarcode } from 'zxing-wasm/writer';

import { caseFiles, caseRequestObject } from './case_request.mjs';

const cli = process.env.MEDINS_CLI ?? 'build/native/medins';
const casesDir = process.env.MEDINS_CASES_DIR ?? 'tests/cases';
const require = createRequire(import.meta.url);
// zxing-wasm's .wasm files from node_modules, never from its default CDN.
prepareReader({ overrides: { wasmBinary: fs.readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')) } });
prepareWriter({ overrides: { wasmBinary: fs.readFileSync(require.resolve('zxing-wasm/writer/zxing_writer.wasm')) } });

// A white greyscale PNG, written by hand so the test needs no image library.
function whitePng(width, height) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;  // bit depth; colour type 0 (grey) and the rest stay 0
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 255)]);  // filter 0, white
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(Array(height).fill(row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'medins-cli-'));
const run = (args, input) => spawnSync(cli, args, { input, encoding: 'utf8' });
const codes = (line) => JSON.parse(line).errors.map((e) => e.code);
const casePayload = (name) => JSON.parse(fs.readFileSync(path.join(casesDir, 'filing.decode_qr', name), 'utf8')).request.payload;

test('help lists every op with a description; usage errors exit 2', () => {
  const help = run(['help']);
  assert.equal(help.status, 0);
  const ops = run(['--list-ops']).stdout.trim().split('\n');
  assert.ok(ops.length >= 10);
  for (const op of ops) assert.match(help.stdout, new RegExp(`^  ${op.replace('.', '\\.')} +\\S`, 'm'), op);
  assert.equal(run([]).status, 2);
  assert.equal(run(['qr']).status, 2);
  assert.equal(run(['qr', 'paint', 'x']).status, 2);
  assert.equal(run(['id.check', 'a', 'b']).status, 2);
});

test('one request: 0 answered, 2 refused, unreadable file refused with its own code', () => {
  const ok = run(['id.check', '-'], '{"id":"11010519491231002X","as_of":"2026-11-25"}');
  assert.equal(ok.status, 0);
  assert.equal(JSON.parse(ok.stdout).result.birth_date, '1949-12-31');
  const refused = run(['id.check'], '{"id":"110105194912310021","as_of":"2026-11-25"}');
  assert.equal(refused.status, 2);
  assert.deepEqual(codes(refused.stdout), ['id.bad_checksum']);
  const missing = run(['id.check', path.join(tmp, 'nope.json')]);
  assert.equal(missing.status, 2);
  assert.deepEqual(codes(missing.stdout), ['input.unreadable']);
});

test('batch answers every line in order; bad lines get their own error and the batch goes on', () => {
  const lines = [
    JSON.stringify({ op: 'id.check', request: { id: '11010519491231002X', as_of: '2026-11-25' } }),
    'not json',
    JSON.stringify({ op: 'region.get', request: { code: '430100' } }),
    JSON.stringify({ op: 'region.get' }),
    JSON.stringify({ op: 'no.such', request: {} }),
    '',
    JSON.stringify({ op: 'id.check', request: { id: '110105194912310021', as_of: '2026-11-25' } }),
  ];
  const out = run(['batch', '-'], `${lines.join('\n')}\n`);
  assert.equal(out.status, 2, 'some lines were refused');
  assert.equal(out.stderr, '', 'no progress line when stderr is not a terminal');
  const answers = out.stdout.trimEnd().split('\n');
  assert.equal(answers.length, lines.length);
  assert.equal(JSON.parse(answers[0]).result.birth_date, '1949-12-31');
  assert.deepEqual(codes(answers[1]), ['batch.bad_line']);
  assert.equal(JSON.parse(answers[2]).result.full_name, '湖南省 › 长沙市');
  assert.deepEqual(codes(answers[3]), ['batch.bad_record']);
  assert.deepEqual(codes(answers[4]), ['request.unknown_op']);
  assert.deepEqual(codes(answers[5]), ['batch.bad_line']);
  assert.deepEqual(codes(answers[6]), ['id.bad_checksum']);
  // Each answer is what the single-request command gives for the same request, byte for byte.
  const single = run(['region.get', '-'], JSON.stringify({ code: '430100' }));
  assert.equal(answers[2], single.stdout.trimEnd());
});

test('batch over every worked example equals one CLI call per case, and exits 0 when all are ok', () => {
  const cases = caseFiles(casesDir).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')))
    .filter((c) => 'request' in c).map((c) => ({ ...c, request: caseRequestObject(c) }));
  const input = cases.map((c) => JSON.stringify({ op: c.op, request: c.request })).join('\n');
  const answers = run(['batch'], `${input}\n`).stdout.trimEnd().split('\n');
  assert.equal(answers.length, cases.length);
  cases.forEach((c, i) => {
    assert.equal(answers[i], run([c.op, '-'], JSON.stringify(c.request)).stdout.trimEnd(), c.name);
  });
  const okOnly = cases.filter((c) => c.expected.ok === true);
  const file = path.join(tmp, 'ok.jsonl');
  fs.writeFileSync(file, okOnly.map((c) => JSON.stringify({ op: c.op, request: c.request })).join('\n'));
  assert.equal(run(['batch', file]).status, 0);
});

test('batch split across processes by GNU parallel gives the same output as one process', () => {
  // 600 records of mixed ops, some refused, so a reordering would show.
  const records = [];
  for (let i = 0; i < 600; i++) {
    if (i % 3 === 0) records.push(JSON.stringify({ op: 'region.search', request: { query: ['bj', 'changsha', '朝阳'][i % 9 / 3], limit: 2 } }));
    else if (i % 3 === 1) records.push(JSON.stringify({ op: 'id.check', request: { id: i % 2 ? '11010519491231002X' : '110105194912310021', as_of: '2026-11-25' } }));
    else records.push(i % 5 ? JSON.stringify({ op: 'region.get', request: { code: String(110000 + i) } }) : 'broken');
  }
  const input = `${records.join('\n')}\n`;
  const single = run(['batch'], input);
  const split = spawnSync('parallel', ['--pipe', '--keep-order', '-N', '37', '-j', '2', cli, 'batch'],
    { input, encoding: 'utf8' });
  assert.equal(split.error, undefined, 'GNU parallel is installed by scripts/setup');
  assert.equal(split.stdout.split('\n').length, records.length + 1);
  assert.equal(split.stdout, single.stdout);
});

test("qr encode draws a PNG that zxing-wasm (the page's reader) reads back", async () => {
  const payload = casePayload('masked-id.json');
  const png = path.join(tmp, 'native.png');
  const out = run(['qr', 'encode', png, payload]);
  assert.equal(out.status, 0, out.stdout);
  assert.equal(JSON.parse(out.stdout).result.payload, payload);
  const found = await readBarcodes(new Blob([fs.readFileSync(png)]), { formats: ['QRCode'] });
  assert.equal(found.length, 1);
  assert.equal(found[0].text, payload);
  // And the native reader reads its own drawing, verified by the core.
  const back = run(['qr', 'decode', png]);
  assert.equal(back.status, 0);
  assert.equal(JSON.parse(back.stdout).result.application.id, '110105********002X');
});

test("qr decode reads a PNG drawn by zxing-wasm (the page's writer)", async () => {
  const payload = casePayload('full-id.json');
  const drawn = await writeBarcode(payload, { format: 'QRCode', ecLevel: 'M', scale: 4 });
  assert.equal(drawn.error, '');
  const png = path.join(tmp, 'wasm.png');
  fs.writeFileSync(png, Buffer.from(await drawn.image.arrayBuffer()));
  const out = run(['qr', 'decode', png]);
  assert.equal(out.status, 0, out.stdout);
  assert.equal(out.stdout, `${run(['filing.decode_qr', '-'], JSON.stringify({ payload })).stdout}`);
});

test('qr refuses what it must not draw or cannot read', () => {
  const tampered = casePayload('masked-id.json').replace(/.$/, (c) => (c === '0' ? '1' : '0'));
  const out = run(['qr', 'encode', path.join(tmp, 'bad.png'), tampered]);
  assert.equal(out.status, 2);
  assert.deepEqual(codes(out.stdout), ['qr.bad_checksum']);
  assert.equal(fs.existsSync(path.join(tmp, 'bad.png')), false, 'nothing drawn for a bad payload');
  const notImage = path.join(tmp, 'not.png');
  fs.writeFileSync(notImage, 'hello');
  assert.deepEqual(codes(run(['qr', 'decode', notImage]).stdout), ['qr.image_unreadable']);
  // A plain white picture: a readable PNG, but no code in it.
  const blank = path.join(tmp, 'blank.png');
  fs.writeFileSync(blank, whitePng(64, 64));
  assert.deepEqual(codes(run(['qr', 'decode', blank]).stdout), ['qr.not_found']);
});

// A fictional list of n entries (names end in （演示）), in the regions of the demo list.
function generatedList(n) {
  const regions = ['430102', '430103', '110105', '350203', '500103', '130225'];
  const institutions = [];
  for (let i = 0; i < n; i++) {
    const region = regions[i % regions.length];
    const pharmacy = i % 5 === 4;
    institutions.push({
      code: `${pharmacy ? 'P' : 'H'}${region}${String(i).padStart(5, '0')}`,
      name: `演示${pharmacy ? '药房' : '医院'}第${i}号分部（演示）`,
      aliases: [`演示${i}号`],
      region,
      kind: pharmacy ? 'pharmacy' : 'hospital',
      networked: { inpatient: !pharmacy, outpatient: true, chronic: 'unknown' },
      address: `演示路${i}号（虚构地址）`,
    });
  }
  return { format: 'medins-institutions', version: 1, source: { title: '生成的演示名单（虚构）', demo: true },
    as_of: '2026-11-01', institutions };
}

test('institutions check and search take the list file itself, beyond the 1 MiB request limit', () => {
  const demo = 'tests/data/institutions/demo.json';
  const checked = run(['institutions', 'check', demo]);
  assert.equal(checked.status, 0);
  assert.equal(JSON.parse(checked.stdout).result.count, 8);
  const found = run(['institutions', 'search', demo, 'laoting']);
  assert.equal(found.status, 0);
  assert.deepEqual(JSON.parse(found.stdout).result.hits.map((h) => h.code), ['H13022599905']);

  const big = path.join(tmp, 'big.json');
  fs.writeFileSync(big, JSON.stringify(generatedList(6000)));
  assert.ok(fs.statSync(big).size > 1 << 20);
  const asRequest = run(['institutions.check', '-'], `{"institutions":${fs.readFileSync(big, 'utf8')}}`);
  assert.deepEqual(codes(asRequest.stdout), ['request.too_large']);
  const bigFound = run(['institutions', 'search', big, '演示19号', '--kind', 'pharmacy', '--region', '430000']);
  assert.equal(bigFound.status, 0, bigFound.stdout);
  const result = JSON.parse(bigFound.stdout).result;
  assert.deepEqual(result.hits.map((h) => [h.code, h.match, h.matched]), [['P43010300019', 'exact', 'alias']]);

  const broken = path.join(tmp, 'broken.json');
  fs.writeFileSync(broken, '{"format":"medins-institutions",');
  const refused = run(['institutions', 'search', broken, 'x']);
  assert.equal(refused.status, 2);
  assert.deepEqual(codes(refused.stdout), ['institutions.malformed_json']);
  assert.equal(run(['institutions', 'search', demo]).status, 2);
  assert.equal(run(['institutions', 'search', demo, 'x', '--limit']).status, 2);
  assert.equal(run(['institutions', 'list', demo]).status, 2);
});
