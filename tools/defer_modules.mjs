// A page's module scripts are asked for once its first screen is shown, not while it is painted.
//
// What they import is not preloaded. It was (a modulepreload of every module in the graph, about
// 45, so they came in one round trip instead of a 6-7-deep chain), and Lighthouse measured that
// as the slower page (docs/performance.md, "Modules found by the browser"): the 45 link elements
// took one 70 ms task to add (150-380 ms at a phone's speed) just after the first paint, and the
// 45 requests shared the slow line with the core's wasm, which the page cannot work without and
// which arrived 1.2-2 s later for them. Found import by import, the modules still arrive before
// the wasm. The head's own preloads (the core's module, medins.js) stay.
import path from 'node:path';

/**
 * `html` (the built page `rel`) with its module scripts and modulepreload lines moved onto
 * shell/first-paint.js's tag, which asks for them once the first screen is shown: data-modules
 * the scripts (run in this order), data-preload the head's own preloads. On a slow connection
 * the first paint then waits only for the HTML and the stylesheets.
 */
export function deferModules(rel, html) {
  const SCRIPT = /^ *<script type="module" src="([^"]+)"><\/script>\n/gm;
  const PRELOAD = /^ *<link rel="modulepreload" href="([^"]+)">\n/gm;
  const scripts = [...html.matchAll(SCRIPT)].map((m) => m[1]);
  if (!scripts.length) return html;
  const preload = [...html.matchAll(PRELOAD)].map((m) => m[1]);
  // A page without the core (my data) too: its heading, lead and section titles are in the HTML,
  // and modules that arrived before the paint was shown counted as part of it (Lighthouse: my
  // data's largest paint at 4.0 s, its first at 1.7 s).
  const tag = /<script src="([^"]*shell\/first-paint\.js)"><\/script>/;
  if (!tag.test(html)) throw new Error(`${rel}: module scripts but no shell/first-paint.js to load them`);
  return html.replace(SCRIPT, '').replace(PRELOAD, '')
    .replace(tag, (m, src) => `<script src="${src}" data-modules="${scripts.join(' ')}"\n          data-preload="${preload.join(' ')}"></script>`);
}
