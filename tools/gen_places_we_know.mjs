// Writes the shipped policies' lowest and highest figures (the `places_we_know` basis of a ranged
// estimate, docs/estimate.md) as the native CLI works them out, for the wasm module to embed: the
// module holds no policies, yet must answer as the CLI does.
//   node tools/gen_places_we_know.mjs CLI OUT.json
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const [cli, out] = process.argv.slice(2);
if (!cli || !out) {
  console.error('usage: node tools/gen_places_we_know.mjs CLI OUT.json');
  process.exit(2);
}
const answer = spawnSync(cli, ['estimate.bounds', '-'], { input: '{}', encoding: 'utf8' });
let parsed;
try {
  parsed = JSON.parse(answer.stdout);
} catch {
  console.error(`${cli} estimate.bounds gave no JSON: ${answer.stderr || answer.stdout}`);
  process.exit(1);
}
if (!parsed.ok) {
  console.error(`${cli} estimate.bounds: ${JSON.stringify(parsed.errors)}`);
  process.exit(1);
}
const text = `${JSON.stringify(parsed.result)}\n`;
fs.mkdirSync(path.dirname(out), { recursive: true });
// Rewrite only on change, so an unchanged table does not rebuild the core.
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text);
