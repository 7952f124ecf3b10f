// The core's module as shell/preload-core.js's worker compiled it (filing, eligibility, estimate),
// read in one place: page-shell.js instantiates it, offline.js waits for its download to be over
// before the service worker's install asks for every file.
import { embedded } from './embed.js';

/**
 * Resolves with the compiled WebAssembly.Module once the worker is done, or with null: embedded,
 * on a page without that worker, or when the worker could not make one (the page then fetches the
 * wasm itself). Never rejects: preload-core.js resolves its promise in every case.
 */
export async function compiledCore() {
  if (embedded) return null;
  const module = await window.medinsCompiledCore;
  return module instanceof WebAssembly.Module ? module : null;
}
