// Writes the fuzz seed corpora into the build tree: node make_seeds.mjs ROOT FUZZ_REQUEST OUT
//
// Every JSON case of tests/cases/ becomes a request seed (first byte: the op's index in the
// order fuzz_request prints, then the request text) and a line of a batch seed; the policy
// files and the policies inside cases seed the policy loader; QR payloads seed the decoder in
// both its modes; region queries seed the search; institution lists (tests/data/institutions and
// the cases' requests) seed the list loader, with their queries after a NUL byte. Hand-picked
// seeds in tests/fuzz/seeds/ are copied as they are. Seeds are named by content hash so reruns
// do not pile up duplicates.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

import { caseRequestObject } from '../node/case_request.mjs';

const [root, fuzzRequest, out] = process.argv.slice(2);
const ops = execFileSync(fuzzRequest, [], { env: { ...process.env, MEDINS_FUZZ_PRINT_OPS: '1' } })
  .toString().split('\n').filter(Boolean);

rmSync(out, { recursive: true, force: true });
const write = (harness, bytes) => {
  const dir = join(out, harness);
  mkdirSync(dir, { recursive: true });
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
  writeFileSync(join(dir, createHash('sha1').update(buf).digest('hex')), buf);
};

const files = (dir, ext) => readdirSync(dir, { recursive: true })
  .filter((f) => f.endsWith(ext)).map((f) => join(dir, f));

// RFC 9285 Base45, to seed the sealed mode of fuzz_filing_qr with the body of real payloads.
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const base45Decode = (text) => {
  const bytes = [];
  for (let i = 0; i < text.length; i += 3) {
    const group = text.slice(i, i + 3);
    let n = 0;
    for (let k = group.length - 1; k >= 0; k--) n = n * 45 + alphabet.indexOf(group[k]);
    if (group.length === 3) bytes.push(n >> 8, n & 0xff); else bytes.push(n);
  }
  return Buffer.from(bytes);
};

const batchLines = {};
for (const file of files(join(root, 'tests/cases'), '.json')) {
  const c = JSON.parse(readFileSync(file, 'utf8'));
  if ('request' in c) c.request = caseRequestObject(c);  // with its policy fixture in place
  const text = 'request_text' in c ? c.request_text : JSON.stringify(c.request);
  const index = ops.indexOf(c.op);
  if (index >= 0) write('fuzz_request', Buffer.concat([Buffer.from([index]), Buffer.from(text)]));
  if ('request' in c) {
    (batchLines[c.op] ??= []).push(JSON.stringify({ op: c.op, request: c.request }));
    const policy = c.request && c.request.policy;
    if (policy && typeof policy === 'object') write('fuzz_policy', JSON.stringify(policy, null, 2));
    const payload = c.request && c.request.payload;
    if (typeof payload === 'string') {
      write('fuzz_filing_qr', Buffer.concat([Buffer.from([0]), Buffer.from(payload)]));
      const parts = payload.split(':');
      if (parts.length === 3) {
        write('fuzz_filing_qr', Buffer.concat([Buffer.from([1]), base45Decode(parts[1])]));
      }
    }
    // Case files (case.check): the file's text in the raw mode, its entries in the entries mode.
    const file = c.op === 'case.check' && c.request ? c.request.case : undefined;
    if (file !== undefined && file !== null) {
      const text = typeof file === 'string' ? file : JSON.stringify(file);
      write('fuzz_case', Buffer.concat([Buffer.from([0]), Buffer.from(text)]));
      const parsed = typeof file === 'string' ? (() => { try { return JSON.parse(file); } catch { return null; } })() : file;
      if (parsed && !Array.isArray(parsed) && typeof parsed === 'object' && parsed.entries && typeof parsed.entries === 'object') {
        write('fuzz_case', Buffer.concat([Buffer.from([1]), Buffer.from(JSON.stringify(parsed.entries))]));
        for (const [k, v] of Object.entries(parsed.entries)) {
          write('fuzz_case', Buffer.concat([Buffer.from([2]), Buffer.from(`${k}\0${v}`)]));
        }
      }
    }
    const list = c.request && c.request.institutions;
    if (list && typeof list === 'object') {
      const file = JSON.stringify(list, null, 2);
      write('fuzz_institutions', file);
      if (typeof c.request.query === 'string') write('fuzz_institutions', `${file}\0${c.request.query}`);
    }
    const query = c.request && c.request.query;
    if (typeof query === 'string' && !c.op.startsWith('institutions.')) {
      write('fuzz_region_search', Buffer.concat([Buffer.from([c.request.limit ?? 20]),
        Buffer.from(query)]));
    }
  }
}
// One batch seed per op folder, plus one with every case, so the runner sees long streams.
for (const lines of Object.values(batchLines)) write('fuzz_batch', lines.join('\n') + '\n');
write('fuzz_batch', Object.values(batchLines).flat().join('\r\n'));

for (const file of files(join(root, 'data/policies'), '.json')) {
  write('fuzz_policy', readFileSync(file));
}

// The institution lists of the tests (fictional demo entries), with a few queries.
for (const file of files(join(root, 'tests/data/institutions'), '.json')) {
  const text = readFileSync(file, 'utf8');
  write('fuzz_institutions', text);
  for (const q of ['changsha', 'cs', '长沙', 'laoting', 'H4301', '演示yy']) write('fuzz_institutions', `${text}\0${q}`);
}

const handPicked = join(root, 'tests/fuzz/seeds');
for (const harness of readdirSync(handPicked)) {
  mkdirSync(join(out, harness), { recursive: true });
  for (const f of readdirSync(join(handPicked, harness))) {
    copyFileSync(join(handPicked, harness, f), join(out, harness, f));
  }
}
