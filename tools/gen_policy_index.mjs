// The site's policy data plane: copies every data/policies/<region>/<scheme>.json into
// SITE/policies/ as it is, and writes SITE/policies/index.json, the list of places the page
// offers (id, region and its name, province, scheme, name, settings, confidence, dates), from the
// native CLI's policy.coverage, so the one parser validates every shipped file at build time:
// a file that fails stops the build with its errors, named by file and pointer.
//   node tools/gen_policy_index.mjs CLI DATA_DIR SITE_DIR
// The wasm module holds no policy (core/CMakeLists.txt): the page fetches index.json when it
// needs to know which places exist, and one place's file when a person is insured there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [cli, dataDir, site] = process.argv.slice(2);
if (!cli || !dataDir || !site) {
  console.error('usage: node tools/gen_policy_index.mjs CLI DATA_DIR SITE_DIR');
  process.exit(2);
}
if (!fs.existsSync(cli)) {
  console.error(`gen_policy_index: ${cli} is missing: build the native tree first (scripts/build does)`);
  process.exit(1);
}

const root = path.join(dataDir, 'policies');
const files = fs.existsSync(root)
  ? fs.readdirSync(root).sort().flatMap((region) => {
    const dir = path.join(root, region);
    if (!fs.statSync(dir).isDirectory()) return [];
    return fs.readdirSync(dir).sort().filter((f) => f.endsWith('.json')).map((f) => `policies/${region}/${f}`);
  })
  : [];

const failures = [];
const entries = [];
// A request may be up to kMaxRequestBytes (medins/handle.hpp): the files go in batches under it.
const LIMIT = 700 * 1024;
let batch = [];
let size = 0;
function run() {
  if (!batch.length) return;
  const request = JSON.stringify({ policies: batch.map((b) => ({ file: b.file, policy: b.policy })) });
  const answer = spawnSync(cli, ['policy.coverage', '-'], { input: request, encoding: 'utf8', maxBuffer: 64 << 20 });
  let response;
  try {
    response = JSON.parse(answer.stdout);
  } catch {
    failures.push(`${cli} policy.coverage gave no answer: ${answer.stderr}`);
    batch = [];
    return;
  }
  if (response.ok) {
    entries.push(...response.result.policies);
  } else {
    for (const e of response.errors) {
      const m = /^\/policies\/(\d+)(\/policy)?(.*)$/.exec(e.path ?? '');
      const file = m ? batch[Number(m[1])].file : null;
      failures.push(`${m ? `data/${file} ${m[3] || '/'}` : '(request)'}: ${e.code}: ${e.message?.en ?? ''}`);
    }
  }
  batch = [];
  size = 0;
}

for (const file of files) {
  const text = fs.readFileSync(path.join(dataDir, file), 'utf8');
  let policy;
  try {
    policy = JSON.parse(text);
  } catch (err) {
    failures.push(`data/${file}: policy.malformed_json: ${err.message}`);
    continue;
  }
  if (size + text.length > LIMIT) run();
  batch.push({ file, policy });
  size += text.length;
}
run();

if (failures.length) {
  console.error(`gen_policy_index: ${failures.length} problem(s) in data/policies:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const out = path.join(site, 'policies');
fs.rmSync(out, { recursive: true, force: true });
for (const file of files) {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  fs.copyFileSync(path.join(dataDir, file), path.join(site, file));
}
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'index.json'), `${JSON.stringify({ format: 1, count: entries.length, policies: entries })}\n`);
console.log(`gen_policy_index: ${entries.length} policies in ${path.join(out, 'index.json')}`);
