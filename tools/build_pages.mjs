// Fills in every page of a built site from the two shared partials, so the <head> (its CSP, the
// core preload, the shared stylesheets, the shell's modules) and the header are written once:
// web/shell/head.html where a page has <!-- medins:head … -->, web/shell/header.html where it has
// <!-- medins:header … -->. The head partial's stylesheets become a few files (styles/shared*.css,
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

/** The policy a page's meta tag carries: the server's, less what only a header can say. */
export const META_CSP = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
export const PARTIALS = { head: 'shell/head.html', header: 'shell/header.html' };
const MARKER = /^([ \t]*)<!-- medins:(head|header)\b([^>]*?)-->[ \t]*$/gm;
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
    if (line === '{page}') {
      out.push({ page: true });
      continue;
    }
    out.push(line.replace(/\{(\w+)\}/g, (m, name) => (name in slots ? slots[name] : m)));
  }
  while (out.length && out.at(-1) === '') out.pop();
  return out;
}

const STYLESHEET = /^(\{\?[!\w=-]+\})?<link rel="stylesheet" href="\{root\}([^"]+)">$/;

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
      last.sheets.push(m[2]);
      continue;
    }
    if (m) {
      const name = cond ? `-${cond.slice(2, -1)}` : '';
      const bundle = { cond, file: `styles/shared${name}.css`, sheets: [m[2]] };
      bundle.line = `${cond}<link rel="stylesheet" href="{root}${bundle.file}">`;
      found.push(bundle);
      lines.push(bundle.line);
    } else lines.push(line);
  }
  return { partial: lines.join('\n'), bundles: found.map(({ file, sheets }) => ({ file, sheets })) };
}

/** One page's HTML with both markers filled in; throws where a marker is missing or repeated. */
export function buildPage(rel, html, partials) {
  const root = '../'.repeat(rel.split('/').length - 1);
  const markers = [...html.matchAll(MARKER)];
  for (const which of ['head', 'header']) {
    const count = markers.filter((m) => m[2] === which).length;
    if (count !== 1) throw new Error(`${rel}: ${count} <!-- medins:${which} --> markers, not one`);
  }
  const head = /<head>\n([\s\S]*?)<\/head>/.exec(html);
  if (!head || !markers.find((m) => m[2] === 'head' && head[1].includes(m[0]))) throw new Error(`${rel}: the medins:head marker is not in <head>`);
  // The page's own head lines (everything in its <head> but the marker) go into the partial's
  // {page} slot; the head is first cut down to the marker alone.
  const lines = head[1].split('\n');
  const marker = lines.find((l) => /<!-- medins:head\b/.test(l));
  const own = lines.filter((l) => l.trim() !== '' && l !== marker);
  const cut = html.replace(head[0], `<head>\n${marker}\n</head>`);
  return cut.replace(MARKER, (match, indent, which, args) => {
    const opts = { ...DEFAULTS, ...options(args), home: root === '' };
    const partial = which === 'head' ? bundles(partials.head).partial : partials[which];
    const filled = render(partial, opts, { root, csp: META_CSP, text: opts.text });
    return filled.flatMap((l) => (l.page ? own.map((o) => o.slice(indent.length)) : [l]))
      .map((l) => (l === '' ? '' : indent + l)).join('\n');
  });
}

export function buildSite(site) {
  const partials = Object.fromEntries(Object.entries(PARTIALS).map(([k, f]) => [k, readFileSync(path.join(site, f), 'utf8')]));
  const joined = bundles(partials.head).bundles;
  const built = pages(site);
  for (const rel of built) {
    const file = path.join(site, rel);
    writeFileSync(file, buildPage(rel, readFileSync(file, 'utf8'), partials));
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
