// Every module a page's scripts import, preloaded, so the browser asks for all of them at once
// instead of finding each import only after its parent has arrived (about 30 files, 7 deep: as
// many round trips on a slow phone connection); asked for after the first paint (deferModules). The graph is
// read from the files themselves (static imports and re-exports; an import() loads later, on
// demand, and is left to load then). JSON modules are left out: Chromium's modulepreload takes
// only scripts, and a JSON file is requested as soon as the (preloaded) module importing it is
// read.
import { readFileSync } from 'node:fs';
import path from 'node:path';

// import … from '…', import '…', export … from '…' (at a line's start: comments and strings
// that mention an import are not imports).
const IMPORT = /^\s*(?:import|export)\s+(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]\s*(with\s*\{[^}]*\})?/gm;

/** The site-relative files `file` imports statically: [{ file, json }]. */
export function importsOf(site, file) {
  const text = readFileSync(path.join(site, file), 'utf8');
  const found = [];
  for (const m of text.matchAll(IMPORT)) {
    if (!m[1].startsWith('.')) continue; // a bare name would not load in the page anyway
    found.push({ file: path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1])), json: /type\s*:\s*['"]json['"]/.test(m[2] ?? '') });
  }
  return found;
}

/** Every script module reachable from `entries` (site-relative), entries left out, in walk order. */
export function moduleGraph(site, entries) {
  const seen = new Set(entries);
  const order = [];
  const queue = [...entries];
  while (queue.length) {
    for (const { file, json } of importsOf(site, queue.shift())) {
      if (json || seen.has(file)) continue;
      seen.add(file);
      order.push(file);
      queue.push(file);
    }
  }
  return order;
}

/**
 * `html` (the built page `rel`) with its module scripts and modulepreload lines moved onto
 * shell/first-paint.js's tag, which asks for them once the first screen is shown: data-modules
 * the scripts (run in this order), data-preload everything they import and the head's own
 * preloads (the core's module). On a slow connection the first paint then waits only for the
 * HTML and the stylesheets; the modules arrive in one round trip after it, alongside the core's
 * wasm where the page loads it, which it cannot work without anyway.
 */
export function deferModules(rel, html, site) {
  const dir = path.posix.dirname(rel);
  const SCRIPT = /^ *<script type="module" src="([^"]+)"><\/script>\n/gm;
  const PRELOAD = /^ *<link rel="modulepreload" href="([^"]+)">\n/gm;
  const scripts = [...html.matchAll(SCRIPT)].map((m) => m[1]);
  if (!scripts.length) return html;
  const entries = scripts.map((src) => path.posix.normalize(path.posix.join(dir, src)));
  const own = [...html.matchAll(PRELOAD)].map((m) => m[1]);
  const imported = moduleGraph(site, entries).map((f) => path.posix.relative(dir, f));
  const preload = [...own, ...imported.filter((f) => !own.includes(f))];
  // A page without the core (my data) too: its heading, lead and section titles are in the HTML,
  // and modules that arrived before the paint was shown counted as part of it (Lighthouse: my
  // data's largest paint at 4.0 s, its first at 1.7 s).
  const tag = /<script src="([^"]*shell\/first-paint\.js)"><\/script>/;
  if (!tag.test(html)) throw new Error(`${rel}: module scripts but no shell/first-paint.js to load them`);
  return html.replace(SCRIPT, '').replace(PRELOAD, '')
    .replace(tag, (m, src) => `<script src="${src}" data-modules="${scripts.join(' ')}"\n          data-preload="${preload.join(' ')}"></script>`);
}
