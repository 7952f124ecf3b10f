// The wasm module's speed on bench/corpus.json, the corpus the native Google Benchmark times:
// each request through handle(), as the page calls it (strings in and out). Prints JSON:
//   [{"name": "handle/id.check", "median_ns": 5123}, ...]
//   node bench/wasm_bench.mjs --site build-wasm/site [--batches 15] [--min-batch-ms 20] [--filter region.search]
// --filter keeps the requests whose name contains the text (as the native --benchmark_filter).
// Medians of batches: each batch repeats a request until it has run at least min-batch-ms,
// which keeps timer resolution and one-off pauses (GC, tiering) out of the figure.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    site: { type: 'string', default: path.join(root, 'build-wasm/site') },
    batches: { type: 'string', default: '15' },
    'min-batch-ms': { type: 'string', default: '20' },
    filter: { type: 'string', default: '' },
  },
});
const site = path.resolve(values.site);
const { default: createMedins } = await import(pathToFileURL(path.join(site, 'medins.js')).href);
const medins = await createMedins({ wasmBinary: fs.readFileSync(path.join(site, 'medins.wasm')) });
// The module embeds no policy: the page fetches a place's file and hands it over (loadPolicy).
// Hand over every file the site ships, once and before timing, so the requests that name a
// place answer as the native engine (which embeds them) does.
const policyIndex = JSON.parse(fs.readFileSync(path.join(site, 'policies/index.json'), 'utf8'));
for (const { file } of policyIndex.policies) {
  const loaded = JSON.parse(medins.loadPolicy(file, fs.readFileSync(path.join(site, file), 'utf8')));
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.errors)}`);
}
const corpus = JSON.parse(fs.readFileSync(path.join(root, 'bench/corpus.json'), 'utf8'));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn) {
  for (let i = 0; i < 20; i++) fn();  // warm up: compile tiers, grow memory
  const samples = [];
  for (let b = 0; b < Number(values.batches); b++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      fn();
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < Number(values['min-batch-ms']));
    samples.push((elapsed * 1e6) / runs);
  }
  return median(samples);
}

const results = [];
for (const entry of corpus) {
  if (!entry.name.includes(values.filter)) continue;
  const request = JSON.stringify(entry.request);
  const answer = JSON.parse(medins.handle(entry.op, request));
  if (!answer.ok) throw new Error(`${entry.name}: the corpus request is refused: ${JSON.stringify(answer.errors)}`);
  results.push({ name: `handle/${entry.name}`, median_ns: time(() => medins.handle(entry.op, request)) });
}
process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
