// zh-CN and en are complete: every catalogue (web/**/text.json, written key by key with both
// languages side by side, loaded by the text.js beside it and read by language through
// shell/bilingual.js) has the same keys in both languages, the same kinds of entries (a function
// takes the same arguments, a list has the same length), and no empty text; a template's {slots}
// are its declared args in both languages; and the texts that choose (one or many, a hospital or
// a pharmacy) say what they said when they were functions written out in JS. And the page code
// itself holds no Chinese outside the catalogues and comments, so no word is hard-coded where the
// other language cannot reach it.
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
  'voucher/text.js': 'TEXT',
  'shell/text.js': 'EMBED_TEXT',
  'shell/text.js#SHELL_TEXT': 'SHELL_TEXT',
  'components/question-flow/text.js': 'QUESTION_TEXT',
  'components/region-picker/text.js': 'REGION_PICKER_TEXT',
  'components/confidence/text.js': 'CONFIDENCE_TEXT',
};

// Lines that hold Chinese on purpose, not as page words: each with why.
const ALLOWED = [
  ['shell/i18n.js', '年', 'the Chinese form of a date (2026年1月5日)'],
  ['components/money/money.js', '元', 'an amount typed as "300元" is read as 300 yuan'],
  ['estimate/policy.js', '参保人照本人收到的通知填写', 'bilingual source title sent to the core with a typed policy'],
  ['estimate/policy.js', '您照通知填写的政策', 'bilingual policy name sent to the core'],
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
  assert.deepEqual(bilingual({ a: { 'zh-CN': '甲', en: 'A' }, g: { l: { 'zh-CN': ['一', '二'], en: ['one', 'two'] } } }).en, { a: 'A', g: { l: ['one', 'two'] } });
  assert.throws(() => bilingual({ g: { b: { 'zh-CN': '乙' } } }), /g\.b: a text needs exactly zh-CN and en/);
  assert.throws(() => bilingual({ g: { b: { 'zh-CN': '乙', en: 'B', fr: 'B' } } }), /g\.b: a text needs exactly/);
  assert.throws(() => bilingual({ g: { b: { args: ['n'] } } }), /g\.b: a text needs exactly zh-CN and en, not $/);
  assert.throws(() => bilingual({ c: 'C' }), /c: not in both languages/);
  assert.throws(() => bilingual({ c: { 'zh-CN': 3, en: 'three' } }), /c: zh-CN is not a string or a list of strings/);
});

test('bilingual(): a template becomes a function of its args in their declared order, in each language', () => {
  const t = bilingual({ ledgerOff: { 'zh-CN': '{year}年的 {n} 笔', en: '{n} settlements of {year}', args: ['year', 'n'] }, none: { 'zh-CN': '无', en: 'None', args: [] } });
  assert.equal(t['zh-CN'].ledgerOff(2026, 3), '2026年的 3 笔');
  assert.equal(t.en.ledgerOff(2026, 3), '3 settlements of 2026');
  assert.equal(t.en.ledgerOff.length, 2);
  assert.equal(t.en.none(), 'None');
});

test('bilingual(): an unknown slot, an unused argument or a slot in a text without args is refused', () => {
  assert.throws(() => bilingual({ g: { t: { 'zh-CN': '找到 {n} 家', en: '{count} found', args: ['n'] } } }), /g\.t: \{count\} in en is not one of its args \(n\)/);
  assert.throws(() => bilingual({ t: { 'zh-CN': '找到 {n} 家', en: 'Some found', args: ['n'] } }), /t: en does not use the argument n/);
  assert.throws(() => bilingual({ t: { 'zh-CN': '找到 {n} 家', en: '{n} found' } }), /t: \{n\} in zh-CN, but the text takes no args/);
  assert.throws(() => bilingual({ t: { 'zh-CN': ['{n}'], en: ['{n}'], args: ['n'] } }), /t: a text with args is one string in zh-CN/);
  assert.throws(() => bilingual({ t: { 'zh-CN': '{n}{n}', en: '{n}', args: ['n', 'n'] } }), /t: args must be a list of distinct names/);
});

test('bilingual(): a text that chooses is made from its language\'s texts, and never hides one from the data', () => {
  const words = { g: { one: { 'zh-CN': '一项', en: 'one item' }, many: { 'zh-CN': '{n} 项', en: '{n} items', args: ['n'] } } };
  const t = bilingual(words, { 'g.count': (g) => (n) => (n === 1 ? g.one : g.many(n)) });
  assert.deepEqual([t.en.g.count(1), t.en.g.count(4), t['zh-CN'].g.count(4)], ['one item', '4 items', '4 项']);
  assert.throws(() => bilingual(words, { 'g.one': () => () => '' }), /g\.one: the data already has a text there/);
  assert.throws(() => bilingual(words, { 'h.count': () => () => '' }), /h\.count: no group to put it in/);
});

// The texts that choose, as a reader sees them: the same sentences as before they were data.
const catalogue = async (file, name) => (await import(path.join(web, file)))[name];

test('the texts that choose say the right sentence for each case, in both languages', async () => {
  const eligibility = await catalogue('eligibility/text.js', 'TEXT');
  const days = [1, 2, 0, -1, -3].map((n) => [eligibility['zh-CN'].answer.daysLeft(n), eligibility.en.answer.daysLeft(n)]);
  assert.deepEqual(days, [['还有 1 天。', '1 day left.'], ['还有 2 天。', '2 days left.'], ['还有 0 天。', '0 days left.'], ['已经过了 1 天。', '1 day ago.'], ['已经过了 3 天。', '3 days ago.']]);
  assert.equal(eligibility.en.steps.designated.title(true), 'Is the pharmacy designated by medical insurance?');
  assert.equal(eligibility['zh-CN'].institutionSearch.title(false), '在本网站的定点医院名单里找');
  assert.equal(eligibility.en.steps.networked.title('chronic'), 'Does the hospital settle this chronic disease care directly for people insured elsewhere?');
  const mydata = await catalogue('mydata/text.js', 'TEXT');
  assert.deepEqual([mydata.en.stored.count(1), mydata.en.stored.count(2), mydata['zh-CN'].import.done(2)], ['1 item', '2 items', '已导入 2 项。']);
  const estimate = await catalogue('estimate/text.js', 'ESTIMATE_TEXT');
  assert.equal(estimate.en.slip.compare.someDiffer(1), '1 figure differs from the estimate; the likely reasons are below.');
  assert.equal(estimate.en.result.whatIf.level(estimate.en.form.level.options[3].label), 'At a tier 3 hospital');
  assert.equal(estimate['zh-CN'].result.whatIf.level(estimate['zh-CN'].form.level.options[3].label), '如果在三级医院看病');
  const ledger = await catalogue('ledger/text.js', 'LEDGER_TEXT');
  assert.deepEqual([ledger.en.year.monthName('2026-01'), ledger.en.year.monthName('2026-12'), ledger['zh-CN'].year.monthName('2026-03')], ['Jan', 'Dec', '3月']);
  const filing = await catalogue('filing/text.js', 'TEXT');
  assert.equal(filing.en.result.provinceOrCity('海南省', '三亚市'), 'either 海南省 or 三亚市');
  assert.equal(filing['zh-CN'].result.provinceOrCity('北京市', ''), '北京市');
  const picker = await catalogue('components/region-picker/text.js', 'REGION_PICKER_TEXT');
  assert.match(picker.en.regionResults(1, false), /^1 place matches\./);
  assert.match(picker.en.regionResults(3, false), /^3 places match\./);
  assert.match(picker['zh-CN'].regionResults(20, true), /^找到很多地方，先列出前 20 个。/);
});

// Each text.json is the words of the text.js beside it, and that text.js is checked above.
test('every text.json is loaded by the text.js beside it, and has no empty text', () => {
  const data = jsonFiles(web).filter((f) => path.basename(f) === 'text.json');
  assert.ok(data.length >= 10, `only ${data.length} text.json files found`);
  const problems = [];
  for (const file of data) {
    const rel = path.relative(web, file).split(path.sep).join('/');
    const js = rel.replace(/\.json$/, '.js');
    if (!(js in CATALOGUES)) problems.push(`${rel}: ${js} is not among the catalogues checked here`);
    else if (!/import \w+ from '\.\/text\.json' with \{ type: 'json' \};/.test(readFileSync(path.join(web, js), 'utf8'))) problems.push(`${js} does not import ./text.json`);
    (function walk(value, where) {
      if (typeof value === 'string') { if (!value.trim()) problems.push(`${rel}: ${where} is empty`); return; }
      if (Array.isArray(value)) { value.forEach((v, i) => walk(v, `${where}[${i}]`)); return; }
      for (const [k, v] of Object.entries(value)) if (k !== 'args') walk(v, where ? `${where}.${k}` : k);
    })(JSON.parse(readFileSync(file, 'utf8')), '');
  }
  assert.deepEqual(problems, []);
});

function jsonFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

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
