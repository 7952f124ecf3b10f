// Builds every page of a site from the two shared partials, so what all pages have is written once.
// A page's index.html holds only its own lines: after <!-- medins:head … --> (its first line) its
// head lines (description, title, stylesheet, module), after <!-- medins:header … --> what its
// <main> holds. web/shell/head.html is the document's opening and <head> (its CSP, the core
// preload, the shared stylesheets, the shell's modules); web/shell/header.html the <body>: the
// header, and the <main> with the no-script notice and the status line. The head partial's stylesheets become a few files (styles/shared*.css,
// each the sheets of one run in cascade order), so a page makes at most four stylesheet requests
// while each component keeps its own .css in the source. The partials and the bundled sheets are
// then removed from the site: no page names them any more, and the offline list
// (tools/gen_offline_list.mjs, run after this) should not carry them.
// SITE_DIR is a fresh copy of web/: wasm/CMakeLists.txt runs this right after copying it, and
// scripts/dist packs the result. Run once per copy (the partials are gone afterwards).
//   node tools/build_pages.mjs SITE_DIR
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../scripts/static-server.mjs';
import { deferModules } from './defer_modules.mjs';
import { fillWords, firstScreen } from './page_words.mjs';

/** The policy a page's meta tag carries: the server's, less what only a header can say. */
export const META_CSP = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
export const PARTIALS = { head: 'shell/head.html', header: 'shell/header.html' };
const MARKER = /^<!-- medins:(head|header)\b([^>]*?)-->[ \t]*$/gm;
// Pages are every index.html but the demo portal's, which stands for someone else's site (and
// the vendor folder's, which the build fills with zxing's files).
const NOT_PAGES = new Set(['demo', 'vendor']);
const DEFAULTS = { text: 'data-i18n' };

export function pages(site, dir = site) {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return dir === site && NOT_PAGES.has(name) ? [] : pages(site, full);
    return name === 'index.html' ? [path.relative(site, full).split(path.sep).join('/')] : [];
  });
}

/** `core=script mydata-link` → { core: 'script', 'mydata-link': true }. */
export function options(text) {
  const found = {};
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const [name, value] = word.split('=');
    found[name] = value ?? true;
  }
  return found;
}

// A partial's line prefixed {?name}, {?name=value} or {?!name} is kept only where that holds.
function keep(condition, opts) {
  const negated = condition.startsWith('!');
  const [name, value] = (negated ? condition.slice(1) : condition).split('=');
  const holds = value === undefined ? Boolean(opts[name]) : opts[name] === value;
  return negated ? !holds : holds;
}

/** A partial's lines for one page: template comments dropped, conditions applied, slots filled. */
export function render(partial, opts, slots) {
  const text = partial.replace(/<!--#[\s\S]*?-->\n?/g, '');
  const out = [];
  for (const raw of text.split('\n')) {
    const cond = /^\{\?([!\w=-]+)\}/.exec(raw);
    if (cond && !keep(cond[1], opts)) continue;
    const line = cond ? raw.slice(cond[0].length) : raw;
    const page = /^(\s*)\{page\}$/.exec(line);
    if (page) {
      out.push({ page: page[1] });
      continue;
    }
    out.push(line.replace(/\{(\w+)\}/g, (m, name) => (name in slots ? slots[name] : m)));
  }
  while (out.length && out.at(-1) === '') out.pop();
  return out;
}

const STYLESHEET = /^(\{\?[!\w=-]+\})?(\s*)<link rel="stylesheet" href="\{root\}([^"]+)">$/;

/**
 * The head partial with each run of stylesheets under one condition replaced by one bundle's
 * link, and the bundles: [{ file, sheets }] (sheets in cascade order, relative to the site root).
 * The unconditional run is styles/shared.css; the one under {?flow}, styles/shared-flow.css.
 */
export function bundles(headPartial) {
  const found = [];
  const lines = [];
  for (const line of headPartial.split('\n')) {
    const m = STYLESHEET.exec(line);
    const cond = m?.[1] ?? '';
    const last = found.at(-1);
    if (m && last && last.cond === cond && lines.at(-1) === last.line) {
      last.sheets.push(m[3]);
      continue;
    }
    if (m) {
      const name = cond ? `-${cond.slice(2, -1)}` : '';
      const bundle = { cond, file: `styles/shared${name}.css`, sheets: [m[3]] };
      bundle.line = `${cond}${m[2]}<link rel="stylesheet" href="{root}${bundle.file}">`;
      found.push(bundle);
      lines.push(bundle.line);
    } else lines.push(line);
  }
  return { partial: lines.join('\n'), bundles: found.map(({ file, sheets }) => ({ file, sheets })) };
}

/**
 * One page: its own lines put into the partials. Throws where the page does not start with its
 * head marker, or a marker is missing, repeated or out of order. With `site` (the folder the
 * page's modules and words are read from), what it shows before its scripts run is written in
 * both languages (page_words.mjs) and its modules are asked for after the first paint
 * (defer_modules.mjs).
 */
export function buildPage(rel, html, partials, site) {
  const page = joinPartials(rel, html, partials);
  return site ? deferModules(rel, fillWords(rel, firstScreen(page), site)) : firstScreen(page);
}

function joinPartials(rel, html, partials) {
  const root = '../'.repeat(rel.split('/').length - 1);
  const markers = [...html.matchAll(MARKER)];
  for (const which of ['head', 'header']) {
    const count = markers.filter((m) => m[1] === which).length;
    if (count !== 1) throw new Error(`${rel}: ${count} <!-- medins:${which} --> markers, not one`);
  }
  if (markers[0].index !== 0 || markers[0][1] !== 'head') throw new Error(`${rel}: the page does not start with its medins:head marker`);
  const [head, header] = markers;
  // The lines after a marker, up to the next one (blank lines at either end left out).
  const own = (from, to) => html.slice(from, to).replace(/^\s*\n|\s+$/g, '').split('\n');
  const parts = [
    { which: 'head', args: head[2], own: own(head[0].length, header.index) },
    { which: 'header', args: header[2], own: own(header.index + header[0].length) },
  ];
  return parts.map(({ which, args, own: lines }) => {
    const opts = { ...DEFAULTS, ...options(args), home: root === '' };
    const partial = which === 'head' ? bundles(partials.head).partial : partials[which];
    const filled = render(partial, opts, { root, csp: META_CSP, text: opts.text });
    return filled.flatMap((l) => (typeof l === 'object' ? lines.map((o) => (o.trim() === '' ? '' : l.page + o)) : [l])).join('\n');
  }).join('\n') + '\n';
}

export function buildSite(site) {
  const partials = Object.fromEntries(Object.entries(PARTIALS).map(([k, f]) => [k, readFileSync(path.join(site, f), 'utf8')]));
  const joined = bundles(partials.head).bundles;
  const built = pages(site);
  for (const rel of built) {
    const file = path.join(site, rel);
    writeFileSync(file, buildPage(rel, readFileSync(file, 'utf8'), partials, site));
  }
  for (const { file, sheets } of joined) {
    writeFileSync(path.join(site, file), sheets.map((f) => `/* ${f} */\n${readFileSync(path.join(site, f), 'utf8').trimEnd()}\n`).join('\n'));
  }
  for (const f of [...Object.values(PARTIALS), ...joined.flatMap((b) => b.sheets)]) rmSync(path.join(site, f));
  return { pages: built, bundles: joined };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const site = process.argv[2];
  if (!site) {
    console.error('usage: build_pages.mjs SITE_DIR');
    process.exit(2);
  }
  const { pages: built, bundles: joined } = buildSite(site);
  console.log(`build_pages: ${built.length} pages; ${joined.map((b) => `${b.file} (${b.sheets.length} sheets)`).join(', ')}`);
}
