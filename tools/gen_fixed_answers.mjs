// Answers that never change for a build, written into the site by the native CLI so that a page
// can show them before (or without) the wasm core:
// - the voucher guide (voucher.guide takes no request; its answer is data/voucher/guide.json with
//   each step's basis). The page loads the core only for the face-check walk, which asks
//   questions (docs/performance.md, "My data and the voucher guide without the core").
// - eligibility's disease and category lists (tools/eligibility_lists.mjs: sixteen eligibility.check
//   answers read for their names), so that page asks nothing of the core when it arrives.
// The browser tests compare what the pages show with the wasm core's own answers, so the two
// cannot drift apart.
//   node tools/gen_fixed_answers.mjs CLI SITE_DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { policyLists } from './eligibility_lists.mjs';

// The core's local date, as a page would ask with it (the lists do not depend on it).
function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

// [file in the site, its content from ask(op, request); null when the core did not answer]
const FIXED = [
  ['voucher/guide-answer.json', (ask) => {
    const response = ask('voucher.guide', {});
    return response.ok ? response : null;
  }],
  ['eligibility/lists-answer.json', (ask) => {
    const { diseases, categories, unknown } = policyLists(ask, today());
    // An id the data no longer has fails the build here rather than vanish from the question.
    if (unknown.length) {
      console.error(`gen_fixed_answers: the core gave no name for ${unknown.join(', ')} (tools/eligibility_lists.mjs)`);
      return null;
    }
    return { diseases, categories };
  }],
];

const [cli, site] = process.argv.slice(2);
if (!cli || !site) {
  console.error('usage: node tools/gen_fixed_answers.mjs CLI SITE_DIR');
  process.exit(2);
}
if (!fs.existsSync(cli)) {
  console.error(`gen_fixed_answers: ${cli} is missing: build the native tree first (scripts/build does)`);
  process.exit(1);
}

// One CLI run a question; an answer that is not JSON stands as "no answer".
function ask(op, request) {
  const run = spawnSync(cli, [op, '-'], { input: JSON.stringify(request), encoding: 'utf8', maxBuffer: 16 << 20 });
  try {
    const response = JSON.parse(run.stdout);
    if (typeof response?.ok === 'boolean') return response;
  } catch {
    // reported below
  }
  console.error(`gen_fixed_answers: ${op} gave no answer (exit ${run.status}): ${run.stdout.slice(0, 500)} ${run.stderr}`);
  return { ok: false };
}

let failed = false;
for (const [file, answer] of FIXED) {
  const content = answer(ask);
  if (content === null) {
    console.error(`gen_fixed_answers: ${file} not written`);
    failed = true;
    continue;
  }
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  fs.writeFileSync(path.join(site, file), JSON.stringify(content));
}
process.exit(failed ? 1 : 0);
