// The headless JS API, for portals that build their own forms (docs/embedding.md):
//
//   import { createMedins } from '/assistant/medins-api.js';
//   const medins = await createMedins();
//   const answer = medins.handle('estimate', { ... });   // {ok: true, result} | {ok: false, errors}
//
// Every caller on a page shares one loaded module: the first createMedins() loads and compiles
// medins.wasm, later ones (other forms on the page) get the same engine. (<medins-assistant> compiles
// the module once for all its instances itself: medins-assistant.js.)
// handle() takes the request as an object or as JSON text and answers with the core's JSON,
// parsed; it never throws for anything the core can read. A request JSON cannot express (a
// cycle, a BigInt) throws the TypeError JSON.stringify throws: that is a bug in the caller.
let shared = null;
// The wasm file beside the module; a versioned dist/ (scripts/dist) rewrites this name.
const WASM_FILE = 'medins.wasm';

function load(moduleUrl) {
  const locateFile = (name) => new URL(name.endsWith('.wasm') ? WASM_FILE : name, moduleUrl).href;
  shared ??= import(moduleUrl).then(({ default: create }) => create({ locateFile })).catch((err) => {
    shared = null; // a failed load may be retried (the network came back)
    throw err;
  });
  return shared;
}

export async function createMedins({ moduleUrl = new URL('medins.js', import.meta.url).href } = {}) {
  const core = await load(moduleUrl);
  return Object.freeze({
    version: core.version(),
    handle(op, request) {
      const text = typeof request === 'string' ? request : JSON.stringify(request);
      return JSON.parse(core.handle(String(op), text ?? 'null'));
    },
    // A designated-institution list (docs/institutions-format.md), as text or as an object: held
    // by the shared engine, so institutions.search without a list searches it. Answers as
    // institutions.check does.
    loadInstitutions(file) {
      return JSON.parse(core.loadInstitutions(typeof file === 'string' ? file : JSON.stringify(file)));
    },
    // A policy file (docs/policy-format.md) for its place, "policies/<region>/<scheme>.json", as
    // text or as an object: the module carries no policies (they are files of the site, under
    // policies/, listed in policies/index.json), so a caller that asks policy.get or estimate by
    // place hands the place's file over first. Checked like a shipped file; answers with the
    // policy's summary or its errors.
    loadPolicy(path, file) {
      return JSON.parse(core.loadPolicy(String(path), typeof file === 'string' ? file : JSON.stringify(file)));
    },
  });
}
