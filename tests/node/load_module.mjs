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
