// zh-CN and en are complete: every catalogue (web/**/text.js, written key by key with both
// languages side by side and read by language through shell/bilingual.js) has the same keys
// in both languages, the same kinds of entries (a function takes the same arguments, a list has
// the same length), and no empty text. And the page code itself holds no Chinese outside the
// catalogues and comments, so no word is hard-coded where the other language cannot reach it.
// Run: node --test tests/node/catalogues.test.mjs
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bilingual } from '../../web/shell/bilingual.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const web = path.join(root, 'web');

const CATALOGUES = {
  'home/text.js': 'TEXT',
  'filing/text.js': 'TEXT',
  'eligibility/text.js': 'TEXT',
  'estimate/text.js': 'ESTIMATE_TEXT',
  'handover/text.js': 'TEXT',
  'ledger/text.js': 'LEDGER_TEXT',
  'mydata/text.js': 'TEXT',
  'shell/text.js': 'EMBED_TEXT',
  'shell/text.js#SHELL_TEXT': 'SHELL_TEXT',
  'components/question-flow/text.js': 'QUESTION_TEXT',
  'components/region-picker/text.js': 'REGION_PICKER_TEXT',
};

// Lines that hold Chinese on purpose, not as page words: each with why.
const ALLOWED = [
  ['shell/i18n.js', '年', 'the Chinese form of a date (2026年1月5日)'],
  ['components/money/money.js', '元', 'an amount typed as "300元" is read as 300 yuan'],
  ['estimate/policy.js', '参保人照本人收到的通知填写', 'bilingual source title sent to the core with a typed policy'],
  ['estimate/policy.js', '你照通知填写的政策', 'bilingual policy name sent to the core'],
];

function shape(zh, en, where, problems) {
  if (typeof zh !== typeof en || Array.isArray(zh) !== Array.isArray(en)) {
    problems.push(`${where}: ${typeof zh} in zh-CN, ${typeof en} in en`);
    return;
  }
  if (typeof zh === 'function') {
    if (zh.length !== en.length) problems.push(`${where}: takes ${zh.length} arguments in zh-CN, ${en.length} in en`);
    return;
  }
  if (typeof zh === 'string') {
    if (!zh.trim()) problems.push(`${where}: empty in zh-CN`);
    if (!en.trim()) problems.push(`${where}: empty in en`);
    return;
  }
  if (Array.isArray(zh)) {
    if (zh.length !== en.length) problems.push(`${where}: ${zh.length} items in zh-CN, ${en.length} in en`);
    zh.forEach((z, i) => i < en.length && shape(z, en[i], `${where}[${i}]`, problems));
    return;
  }
  if (zh && typeof zh === 'object') {
    for (const k of Object.keys(zh)) {
      if (!(k in en)) problems.push(`${where}.${k}: missing in en`);
      else shape(zh[k], en[k], `${where}.${k}`, problems);
    }
    for (const k of Object.keys(en)) if (!(k in zh)) problems.push(`${where}.${k}: missing in zh-CN`);
  }
}

for (const [file, name] of Object.entries(CATALOGUES)) {
  test(`${file}: zh-CN and en have the same entries`, async () => {
    const catalogue = (await import(path.join(web, file.split('#')[0])))[name];
    assert.deepEqual(Object.keys(catalogue).sort(), ['en', 'zh-CN']);
    const problems = [];
    shape(catalogue['zh-CN'], catalogue.en, name, problems);
    assert.deepEqual(problems, []);
  });
}

test('the shape check finds a missing key, a changed arity and an empty text', () => {
  const problems = [];
  shape({ a: 'x', b: (n) => n, c: '好', d: ['1', '2'] }, { a: 'x', b: () => '', c: ' ', d: ['1'], e: 'extra' }, 'T', problems);
  assert.deepEqual(problems, [
    'T.b: takes 1 arguments in zh-CN, 0 in en', 'T.c: empty in en', 'T.d: 2 items in zh-CN, 1 in en', 'T.e: missing in zh-CN',
  ]);
});

test('bilingual(): a text in one language only, or a bare value, is refused when the catalogue loads', () => {
  assert.deepEqual(bilingual({ a: { 'zh-CN': '甲', en: 'A' }, g: { n: { 'zh-CN': (n) => `${n}`, en: (n) => `${n}` } } })['en'].a, 'A');
  assert.throws(() => bilingual({ g: { b: { 'zh-CN': '乙' } } }), /g\.b: a text needs exactly zh-CN and en/);
  assert.throws(() => bilingual({ g: { b: { 'zh-CN': '乙', en: 'B', fr: 'B' } } }), /g\.b: a text needs exactly/);
  assert.throws(() => bilingual({ c: 'C' }), /c: not in both languages/);
});

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsFiles(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

test('no Chinese in page code outside the catalogues and comments', () => {
  const han = /[\u4e00-\u9fff]/;
  const found = [];
  for (const file of jsFiles(web)) {
    const rel = path.relative(web, file).split(path.sep).join('/');
    if (rel in CATALOGUES || rel.endsWith('/text.js')) continue;
    let inBlock = false;
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      let code = line;
      if (inBlock) {
        const end = code.indexOf('*/');
        if (end < 0) return;
        code = code.slice(end + 2);
        inBlock = false;
      }
      code = code.replace(/\/\*.*?\*\//g, '');
      const open = code.indexOf('/*');
      if (open >= 0) {
        inBlock = true;
        code = code.slice(0, open);
      }
      code = code.replace(/(^|[^:'"`])\/\/.*$/, '$1');
      if (!han.test(code)) return;
      if (ALLOWED.some(([f, text]) => f === rel && code.includes(text))) return;
      found.push(`${rel}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});
