// Benchmark, not a test (nothing here passes or fails, and it is not registered with ctest):
// the core's region.search through the wasm module, against two npm libraries a page could use
// instead, pinyin-match and Fuse.js, on the same 3,213 region names and the same queries.
// Prints a markdown table of per-query medians (µs) and whether each engine's first result is
// the one a person typing the query most likely wants (the expectations are written below).
//
//   node bench/region_search.bench.mjs --site build-wasm-h3/site [--batches 21] [--min-batch-ms 2]
//
// Timings are medians over batches; each batch repeats one query enough times to last at least
// --min-batch-ms, so timer resolution does not dominate the fast engines.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import PinyinMatch from 'pinyin-match';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// [query, kind, expected first result (full path)]. Kinds: zh (Chinese characters), py (full
// pinyin), py_sp (pinyin with spaces), init (initials), mixed. Ambiguous queries ("gz": 广州,
// 贵州 or 赣州?) are left out on purpose: there would be no fair "right" first answer.
const QUERIES = [
  ['北京', 'zh', '北京市'],
  ['上海', 'zh', '上海市'],
  ['浦东', 'zh', '上海市 › 浦东新区'],
  ['长沙', 'zh', '湖南省 › 长沙市'],
  ['厦门', 'zh', '福建省 › 厦门市'],
  ['重庆', 'zh', '重庆市'],
  ['深圳', 'zh', '广东省 › 深圳市'],
  ['海淀', 'zh', '北京市 › 海淀区'],
  ['乌鲁木齐', 'zh', '新疆维吾尔自治区 › 乌鲁木齐市'],
  ['西双版纳', 'zh', '云南省 › 西双版纳傣族自治州'],
  ['苏州', 'zh', '江苏省 › 苏州市'],
  ['beijing', 'py', '北京市'],
  ['shanghai', 'py', '上海市'],
  ['changsha', 'py', '湖南省 › 长沙市'], // 长: zhang / chang
  ['chongqing', 'py', '重庆市'], // 重: zhong / chong
  ['xiamen', 'py', '福建省 › 厦门市'], // 厦: sha / xia
  ['leshan', 'py', '四川省 › 乐山市'], // 乐: le / yue
  ['chengdu', 'py', '四川省 › 成都市'],
  ['hangzhou', 'py', '浙江省 › 杭州市'],
  ['haidian', 'py', '北京市 › 海淀区'],
  ['pudong', 'py', '上海市 › 浦东新区'],
  ['wulumuqi', 'py', '新疆维吾尔自治区 › 乌鲁木齐市'],
  ['hefei', 'py', '安徽省 › 合肥市'],
  ['bei jing', 'py_sp', '北京市'],
  ['chang sha', 'py_sp', '湖南省 › 长沙市'],
  ['xi an', 'py_sp', '陕西省 › 西安市'], // "xian" alone would also read as 县
  ['guang zhou', 'py_sp', '广东省 › 广州市'],
  ['chong qing', 'py_sp', '重庆市'],
  ['bjcy', 'init', '北京市 › 朝阳区'],
  ['bj', 'init', '北京市'],
  ['shpd', 'init', '上海市 › 浦东新区'],
  ['bjhd', 'init', '北京市 › 海淀区'],
  ['xsbn', 'init', '云南省 › 西双版纳傣族自治州'],
  ['wlmq', 'init', '新疆维吾尔自治区 › 乌鲁木齐市'],
  ['beijing朝', 'mixed', '北京市 › 朝阳区'],
  ['上海pd', 'mixed', '上海市 › 浦东新区'],
  ['长sha', 'mixed', '湖南省 › 长沙市'],
  ['xia门', 'mixed', '福建省 › 厦门市'],
  ['成du', 'mixed', '四川省 › 成都市'],
];

const LIMIT = 10;

function options() {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'build-wasm/site' },
      batches: { type: 'string', default: '21' },
      'min-batch-ms': { type: 'string', default: '2' },
    },
  });
  return {
    site: path.resolve(values.site),
    batches: Math.max(3, Number(values.batches)),
    minBatchMs: Math.max(0.1, Number(values['min-batch-ms'])),
  };
}

function regionsCsv() {
  for (const file of [path.join(repoRoot, 'data/regions/admin_divisions.csv'),
    '/work/shared/data/admin_divisions.csv']) {
    if (fs.existsSync(file)) return file;
  }
  throw new Error('admin_divisions.csv not found in data/regions/ or /work/shared/data/');
}

// code,name,level,parent_code,note — no field is quoted in this file (checked below).
function loadRegions(file) {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split('\n');
  if (header !== 'code,name,level,parent_code,note') throw new Error(`unexpected header in ${file}`);
  const byCode = new Map();
  for (const line of lines) {
    if (line.includes('"')) throw new Error(`quoted CSV field, not handled: ${line}`);
    const [code, name, level, parent] = line.split(',');
    byCode.set(code, { code, name, level, parent });
  }
  // The same " › " path the core returns, so the three engines' first results compare directly.
  for (const region of byCode.values()) {
    const names = [];
    for (let r = region; r; r = byCode.get(r.parent)) names.unshift(r.name);
    region.full_name = names.join(' › ');
  }
  return [...byCode.values()];
}

async function loadWasm(site) {
  const js = path.join(site, 'medins.js');
  if (!fs.existsSync(js)) throw new Error(`${js} is missing: build the wasm site first`);
  const { default: createMedins } = await import(pathToFileURL(js).href);
  // Emscripten 3.1.6's web build would fetch() a file path under Node; hand it the bytes.
  return createMedins({ wasmBinary: fs.readFileSync(path.join(site, 'medins.wasm')) });
}

function engines(m, regions) {
  const fuse = new Fuse(regions, {
    keys: [{ name: 'name', weight: 2 }, { name: 'full_name', weight: 1 }],
    // Matches anywhere in the string (place names are short, position says little), and a
    // threshold strict enough that one Chinese character does not match everything.
    ignoreLocation: true,
    threshold: 0.3,
  });
  return {
    // What the page pays: JSON in, JSON out and parsed.
    wasm: (query) => {
      const response = JSON.parse(m.handle('region.search', JSON.stringify({ query, limit: LIMIT })));
      if (!response.ok) throw new Error(`region.search ${query}: ${JSON.stringify(response.errors)}`);
      return response.result.hits[0]?.full_name ?? null;
    },
    // Filters every name, as a page using it would; its first hit is the first in list order.
    'pinyin-match': (query) => {
      let first = null;
      let count = 0;
      for (const region of regions) {
        if (PinyinMatch.match(region.name, query)) {
          count += 1;
          first ??= region.full_name;
        }
      }
      return count ? first : null;
    },
    'Fuse.js': (query) => fuse.search(query, { limit: LIMIT })[0]?.item.full_name ?? null,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Median µs per call for one engine and one query.
function timeQuery(run, query, { batches, minBatchMs }) {
  for (let i = 0; i < 20; i += 1) run(query); // warm-up: JIT, caches, wasm tiers
  let inner = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < inner; i += 1) run(query);
    if (performance.now() - start >= minBatchMs || inner >= 1 << 20) break;
    inner *= 2;
  }
  const perCall = [];
  for (let b = 0; b < batches; b += 1) {
    const start = performance.now();
    for (let i = 0; i < inner; i += 1) run(query);
    perCall.push(((performance.now() - start) * 1000) / inner);
  }
  return median(perCall);
}

const fmt = (us) => (us >= 100 ? us.toFixed(0) : us.toFixed(1));
const ratio = (a, b) => (a / b).toFixed(3);
const mark = (ok) => (ok ? '✓' : '✗');
const cell = (text) => String(text ?? '—').replace(/\|/g, '\\|');

async function main() {
  const opts = options();
  const csv = regionsCsv();
  const regions = loadRegions(csv);
  const m = await loadWasm(opts.site);
  const run = engines(m, regions);
  const names = Object.keys(run);
  const known = new Set(regions.map((r) => r.full_name));
  for (const [query, , expected] of QUERIES) {
    if (!known.has(expected)) throw new Error(`expected "${expected}" for "${query}" is not a region`);
  }

  const rows = [];
  for (const [query, kind, expected] of QUERIES) {
    const row = { query, kind, expected, us: {}, first: {} };
    for (const name of names) {
      row.first[name] = run[name](query);
      row.us[name] = timeQuery(run[name], query, opts);
    }
    rows.push(row);
  }

  const out = [];
  out.push(`region.search benchmark: ${regions.length} regions from ${path.relative(repoRoot, csv) || csv}, `
    + `${QUERIES.length} queries, median of ${opts.batches} batches (≥ ${opts.minBatchMs} ms each) per cell, `
    + `Node ${process.version}, site ${path.relative(process.cwd(), opts.site) || opts.site}.`);
  out.push('');
  out.push('| query | kind | expected first | wasm µs | pinyin-match µs | Fuse.js µs | wasm/pinyin-match | wasm/Fuse | wasm 1st | pinyin-match 1st | Fuse 1st |');
  out.push('|---|---|---|--:|--:|--:|--:|--:|:-:|:-:|:-:|');
  for (const r of rows) {
    const firsts = names.map((n) => `${mark(r.first[n] === r.expected)}${r.first[n] === r.expected ? '' : ` ${cell(r.first[n])}`}`);
    out.push(`| ${cell(r.query)} | ${r.kind} | ${r.expected} | ${fmt(r.us.wasm)} | ${fmt(r.us['pinyin-match'])} | `
      + `${fmt(r.us['Fuse.js'])} | ${ratio(r.us.wasm, r.us['pinyin-match'])} | ${ratio(r.us.wasm, r.us['Fuse.js'])} | `
      + `${firsts.join(' | ')} |`);
  }
  const med = Object.fromEntries(names.map((n) => [n, median(rows.map((r) => r.us[n]))]));
  const right = Object.fromEntries(names.map((n) => [n, rows.filter((r) => r.first[n] === r.expected).length]));
  out.push(`| **median of the ${rows.length} medians** | | | **${fmt(med.wasm)}** | **${fmt(med['pinyin-match'])}** | `
    + `**${fmt(med['Fuse.js'])}** | **${ratio(med.wasm, med['pinyin-match'])}** | **${ratio(med.wasm, med['Fuse.js'])}** | `
    + `**${right.wasm}/${rows.length}** | **${right['pinyin-match']}/${rows.length}** | **${right['Fuse.js']}/${rows.length}** |`);
  out.push('');
  out.push('A ✗ shows what the engine put first instead (— when it found nothing). Ratios below 1 mean the wasm core is faster.');
  out.push('wasm timings include JSON.stringify of the request and JSON.parse of the answer, as on the page.');
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(`region_search.bench: ${err.message}`);
  process.exit(1);
});
