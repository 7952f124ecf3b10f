// Joins the native Google Benchmark JSON and the wasm harness JSON into one markdown table.
//   node bench/report.mjs native.json wasm.json
import fs from 'node:fs';

const [nativeFile, wasmFile] = process.argv.slice(2);
const native = JSON.parse(fs.readFileSync(nativeFile, 'utf8'));
const wasm = new Map(JSON.parse(fs.readFileSync(wasmFile, 'utf8')).map((r) => [r.name, r.median_ns]));

const unit = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };
const medians = native.benchmarks.filter((b) => b.aggregate_name === 'median');
const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);

console.log(`native: ${native.context.host_name}, ${native.context.num_cpus} CPUs @ ${native.context.mhz_per_cpu} MHz, ${native.context.date}`);
console.log('');
console.log('| benchmark | native median | wasm median | wasm / native |');
console.log('|---|--:|--:|--:|');
for (const b of medians) {
  const name = b.run_name;
  const ns = b.real_time * unit[b.time_unit];
  const w = wasm.get(name);
  const throughput = b.bytes_per_second ? ` (${(b.bytes_per_second / 1e6).toFixed(1)} MB/s)` : '';
  console.log(`| ${name} | ${fmt(ns)}${throughput} | ${w ? fmt(w) : '–'} | ${w ? (w / ns).toFixed(2) : '–'} |`);
}
