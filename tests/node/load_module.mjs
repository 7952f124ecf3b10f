// Loads the built wasm module the way the page does, but from disk: Emscripten 3.1.6's web
// build would try fetch() on a file path under Node, so the binary is handed over directly.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function siteDir() {
  const dir = process.env.MEDINS_SITE_DIR;
  if (!dir) throw new Error('MEDINS_SITE_DIR is not set: run through ctest, or point it at build-wasm/site');
  if (!fs.existsSync(path.join(dir, 'medins.wasm'))) {
    throw new Error(`${dir}/medins.wasm is missing: build the wasm target first (scripts/build)`);
  }
  return dir;
}

export async function loadMedins() {
  const dir = siteDir();
  const { default: createMedins } = await import(pathToFileURL(path.join(dir, 'medins.js')).href);
  return createMedins({ wasmBinary: fs.readFileSync(path.join(dir, 'medins.wasm')) });
}

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** Every data/policies/<region>/<scheme>.json, as {file: "policies/…", text}. */
export function shippedPolicyFiles() {
  const root = path.join(repoRoot, 'data', 'policies');
  return fs.readdirSync(root).sort().flatMap((region) => fs.readdirSync(path.join(root, region)).sort()
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: `policies/${region}/${f}`, text: fs.readFileSync(path.join(root, region, f), 'utf8') })));
}

/**
 * The module with every shipped policy handed over, as the page does for the files it fetches
 * (the module embeds none): it then answers by place as the CLI, which embeds them, does.
 */
export async function loadMedinsWithPolicies() {
  const medins = await loadMedins();
  for (const { file, text } of shippedPolicyFiles()) {
    const answer = JSON.parse(medins.loadPolicy(file, text));
    if (!answer.ok) throw new Error(`${file}: ${JSON.stringify(answer.errors)}`);
  }
  return medins;
}
