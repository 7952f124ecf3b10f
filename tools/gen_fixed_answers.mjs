// Answers that never change for a build, written into the site by the native CLI so that a page
// can show them before (or without) the wasm core: the voucher guide (voucher.guide takes no
// request; its answer is data/voucher/guide.json with each step's basis). The page loads the core
// only for the face-check walk, which asks questions (docs/performance.md, "My data and the
// voucher guide without the core"). The browser test compares what the page shows with the
// wasm core's own answer, so the two cannot drift apart.
//   node tools/gen_fixed_answers.mjs CLI SITE_DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// [op, request, file in the site]
const FIXED = [['voucher.guide', {}, 'voucher/guide-answer.json']];

const [cli, site] = process.argv.slice(2);
if (!cli || !site) {
  console.error('usage: node tools/gen_fixed_answers.mjs CLI SITE_DIR');
  process.exit(2);
}
if (!fs.existsSync(cli)) {
  console.error(`gen_fixed_answers: ${cli} is missing: build the native tree first (scripts/build does)`);
  process.exit(1);
}

let failed = false;
for (const [op, request, file] of FIXED) {
  const run = spawnSync(cli, [op, '-'], { input: JSON.stringify(request), encoding: 'utf8', maxBuffer: 16 << 20 });
  let response = null;
  try {
    response = JSON.parse(run.stdout);
  } catch {
    // reported below
  }
  if (!response?.ok) {
    console.error(`gen_fixed_answers: ${op} gave no answer (exit ${run.status}): ${run.stdout.slice(0, 500)} ${run.stderr}`);
    failed = true;
    continue;
  }
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  fs.writeFileSync(path.join(site, file), JSON.stringify(response));
}
process.exit(failed ? 1 : 0);
