// Every module a page's scripts import, named in its <head> as <link rel="modulepreload">, so the
// browser asks for all of them at once instead of finding each import only after its parent has
// arrived (about 30 files, 7 deep: as many round trips on a slow phone connection). The graph is
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

/** `html` (the built page `rel`) with a modulepreload line for each module its scripts import. */
export function addModulePreloads(rel, html, site) {
  const dir = path.posix.dirname(rel);
  const entries = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)]
    .map((m) => path.posix.normalize(path.posix.join(dir, m[1])));
  const already = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)]
    .map((m) => path.posix.normalize(path.posix.join(dir, m[1]))));
  const lines = moduleGraph(site, entries).filter((f) => !already.has(f))
    .map((f) => `  <link rel="modulepreload" href="${path.posix.relative(dir, f)}">`);
  if (!lines.length) return html;
  const comment = '  <!-- What the modules below import (tools/module_preloads.mjs): fetched at once. -->';
  return html.replace(/\n<\/head>\n/, `\n${comment}\n${lines.join('\n')}\n</head>\n`);
}
