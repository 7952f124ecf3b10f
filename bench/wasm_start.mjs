// How long the page's module takes to become useful, on fresh instances: the page creates the
// module once per visit, so this cost is paid on every visit and cannot be amortised.
//   node bench/wasm_start.mjs --site build-wasm/site [--runs 15] [--filter estimate]
// Prints JSON, medians over `runs` fresh instances each:
//   start/instantiate          createMedins() called → resolved (the .wasm compiled once
//                              beforehand, as the browser's streaming compile has it by then)
//   start/ready                resolved → the first answer of meta.version, which needs no data:
//                              what every page waits for before it draws (the Engine created)
//   start/first <name>         resolved → the first answer of that corpus request on a fresh
//                              instance (the Engine created and whatever data the op needs)
//   start/second <name>        the same request again on that instance (data held by then)
// A request that names a policy ("110000/employee") first hands the module the site's file, as
// the page does once it has fetched it (loadPolicy); that is inside the "first" figure.
// The first calls run in the engine's baseline tier, as they do on a page.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    site: { type: 'string', default: path.join(root, 'build-wasm/site') },
    runs: { type: 'string', default: '15' },
    filter: { type: 'string', default: '' },
  },
});
const site = path.resolve(values.site);
const runs = Number(values.runs);
const { default: createMedins } = await import(pathToFileURL(path.join(site, 'medins.js')).href);
const compiled = await WebAssembly.compile(fs.readFileSync(path.join(site, 'medins.wasm')));
const corpus = JSON.parse(fs.readFileSync(path.join(root, 'bench/corpus.json'), 'utf8'));

// A fresh instance of the compiled module, through the same factory the page calls.
async function fresh() {
  const start = performance.now();
  const core = await createMedins({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
      return {};
    },
  });
  return { core, instantiate: performance.now() - start };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(fn) {
  const start = performance.now();
  const out = fn();
  return { ms: performance.now() - start, out };
}

function checked(name, text) {
  const answer = JSON.parse(text);
  if (!answer.ok) throw new Error(`${name}: refused: ${JSON.stringify(answer.errors)}`);
}

const samples = new Map();
const add = (name, ms) => samples.set(name, [...(samples.get(name) ?? []), ms]);

for (let r = 0; r < runs; r++) {
  const { core, instantiate } = await fresh();
  add('start/instantiate', instantiate);
  const ready = timed(() => core.handle('meta.version', '{}'));
  checked('meta.version', ready.out);
  add('start/ready', ready.ms);
  for (const entry of corpus) {
    if (!entry.name.includes(values.filter)) continue;
    const request = JSON.stringify(entry.request);
    const policy = typeof entry.request.policy === 'string' ? `policies/${entry.request.policy}.json` : null;
    const file = policy && fs.readFileSync(path.join(site, policy), 'utf8');
    const { core: own } = await fresh();
    const first = timed(() => {
      if (policy) checked(policy, own.loadPolicy(policy, file));
      return own.handle(entry.op, request);
    });
    checked(entry.name, first.out);
    add(`start/first ${entry.name}`, first.ms);
    add(`start/second ${entry.name}`, timed(() => own.handle(entry.op, request)).ms);
  }
}

const results = [...samples].map(([name, xs]) => ({ name, median_ns: Math.round(median(xs) * 1e6) }));
process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
