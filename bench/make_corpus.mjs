// Writes bench/corpus.json: the requests both benchmark harnesses time, natively
// (bench/native/core_bench.cpp) and through wasm (bench/wasm_bench.mjs), so the two columns of
// scripts/bench measure the same work. Bills of 1, 10 and 50 lines come from one example on the
// shipped Beijing policy (tests/shipped/estimate/beijing-tier3-working-crosses-two-bands.json)
// split into equal lines.
//   node bench/make_corpus.mjs > bench/corpus.json
import fs from 'node:fs';

const load = (file) => JSON.parse(fs.readFileSync(new URL(`../tests/cases/${file}`, import.meta.url), 'utf8'));
const loadShipped = (file) => JSON.parse(fs.readFileSync(new URL(`../tests/shipped/${file}`, import.meta.url), 'utf8'));

function bill(lines) {
  const base = loadShipped('estimate/beijing-tier3-working-crosses-two-bands.json').request;
  const classes = ['A', 'B', 'C'];
  return {
    ...base,
    bill: {
      lines: Array.from({ length: lines }, (_, i) => ({
        name: `项目${i + 1}`,
        amount_fen: 123456 + i * 1000,
        class: classes[i % 3],
        ...(classes[i % 3] === 'B' ? { self_ratio_bp: 1000 } : {}),
      })),
    },
  };
}

const corpus = [
  { name: 'id.check', op: 'id.check', request: { id: '11010519491231002X', as_of: '2026-11-25' } },
  { name: 'region.search bjcy', op: 'region.search', request: { query: 'bjcy' } },
  { name: 'region.search changsha', op: 'region.search', request: { query: 'changsha' } },
  { name: 'region.search 北京', op: 'region.search', request: { query: '北京' } },
  { name: 'policy.validate (parse + validate a policy file)', op: 'policy.validate',
    request: { policy: JSON.parse(fs.readFileSync(new URL('../data/policies/140800/employee.json', import.meta.url), 'utf8')) } },
  { name: 'filing.plan', op: 'filing.plan', request: load('filing.plan/retiree-moved-to-sanya.json').request },
  { name: 'eligibility.check', op: 'eligibility.check', request: load('eligibility.check/chronic-hypertension.json').request },
  { name: 'estimate 1 line', op: 'estimate', request: bill(1) },
  { name: 'estimate 10 lines', op: 'estimate', request: bill(10) },
  { name: 'estimate 50 lines', op: 'estimate', request: bill(50) },
];
process.stdout.write(`${JSON.stringify(corpus, null, 1)}\n`);
