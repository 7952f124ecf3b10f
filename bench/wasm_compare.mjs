// Benchmark, not a test: two or more builds of the page's module side by side, in one Node
// process, on every request of bench/corpus.json. The builds take turns request by request and
// round by round, and each is timed in process CPU time, so that other work on a shared machine
// (builds, tests) weighs on every column alike; the wall-time harness (bench/wasm_bench.mjs)
// gives the absolute figures on a quiet machine. Prints a markdown table of medians (µs) and the
// size of each module (raw and brotli -q 11).
//
//   node --no-liftoff bench/wasm_compare.mjs <site> <site> [...] [--rounds 7] [--min-batch-ms 30]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '7' },
    'min-batch-ms': { type: 'string', default: '30' },
  },
});
if (positionals.length < 1) {
  console.error('usage: node --no-liftoff bench/wasm_compare.mjs <site> <site> [...]');
  process.exit(2);
}
const sites = positionals.map((s) => path.resolve(s));
const corpus = JSON.parse(fs.readFileSync(path.join(root, 'bench/corpus.json'), 'utf8'));

// One instance per site. The query string makes each site's medins.js a module of its own even
// when two sites share a path layout; each gets the site's policies, as the page would.
async function load(site) {
  const url = `${pathToFileURL(path.join(site, 'medins.js')).href}?site=${encodeURIComponent(site)}`;
  const { default: createMedins } = await import(url);
  const wasm = fs.readFileSync(path.join(site, 'medins.wasm'));
  const m = await createMedins({ wasmBinary: wasm });
  const index = JSON.parse(fs.readFileSync(path.join(site, 'policies/index.json'), 'utf8'));
  for (const { file } of index.policies) {
    const loaded = JSON.parse(m.loadPolicy(file, fs.readFileSync(path.join(site, file), 'utf8')));
    if (!loaded.ok) throw new Error(`${site}: ${file}: ${JSON.stringify(loaded.errors)}`);
  }
  const brotli = zlib.brotliCompressSync(wasm, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  return { m, raw: wasm.length, brotli };
}
const modules = [];
for (const site of sites) modules.push(await load(site));

const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const minBatch = Number(values['min-batch-ms']) * 1000;
const samples = corpus.map(() => modules.map(() => []));
for (let round = 0; round < Number(values.rounds); round++) {
  corpus.forEach((entry, i) => {
    const request = JSON.stringify(entry.request);
    modules.forEach(({ m }, s) => {
      for (let k = 0; k < 20; k++) m.handle(entry.op, request);
      let n = 0;
      let spent = 0;
      const t0 = cpuMicros();
      do {
        for (let k = 0; k < 10; k++) m.handle(entry.op, request);
        n += 10;
        spent = cpuMicros() - t0;
      } while (spent < minBatch);
      samples[i][s].push(spent / n);
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const names = sites.map((s) => path.relative(process.cwd(), s) || '.');
console.log(`| request | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '--:').join('|')}|`);
corpus.forEach((entry, i) => {
  console.log(`| ${entry.name} | ${samples[i].map((xs) => median(xs).toFixed(1)).join(' | ')} |`);
});
console.log(`| medins.wasm raw / brotli (B) | ${modules.map((x) => `${x.raw} / ${x.brotli}`).join(' | ')} |`);
