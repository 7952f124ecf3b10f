// The web/ layout rule (docs/build.md): a page folder uses only shell/, components/, styles/ and
// its own files, never another page's; shell/, components/ and styles/ use no page at all. Every
// `import`/`export … from`/`import()` and `new URL(…, import.meta.url)` in web/**/*.js, and every
// stylesheet, preload and script in web/**/*.html (the shared head partial's too), is read and resolved; each must also name a
// file that exists (or one the build adds: the core, zxing's vendor copy).
// Run: node --test tests/node/web_layout.test.mjs
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PARTIALS } from '../../tools/build_pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const web = path.join(root, 'web');

const SHARED = new Set(['shell', 'components', 'styles']);
const PAGES = new Set(['home', 'filing', 'eligibility', 'estimate', 'handover', 'ledger', 'mydata', 'voucher']);
// What wasm/CMakeLists.txt puts beside web/'s files in the built site, and the site's own service
// worker and root folder (its scope), which every page registers through shell/offline.js. The
// policies/ folder is data the build writes there too (tools/gen_policy_index.mjs), and so are the
// fixed answers (*-answer.json, tools/gen_fixed_answers.mjs).
const BUILT = [/^medins\.(js|wasm)$/, /^vendor\//, /^policies(\/|$)/, /-answer\.json$/];
const SITE = new Set(['', 'sw.js']);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** The part of the site a file (path relative to web/) belongs to: a page, a shared folder, or the site root. */
export function owner(rel) {
  if (rel === 'index.html') return 'home';
  const top = rel.split('/')[0];
  return rel.includes('/') ? top : '(root)';
}

/** Relative references in a JS module or an HTML page. */
export function references(rel, text) {
  const found = [];
  if (rel.endsWith('.js')) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    for (const m of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
    for (const m of code.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
    for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
    for (const m of code.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)) found.push(m[1]);
  } else if (rel.endsWith('.html')) {
    const html = text.replace(/<!--[\s\S]*?-->/g, '');
    for (const m of html.matchAll(/<link\b[^>]*>/g)) {
      const rels = /\brel="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const href = /\bhref="([^"]*)"/.exec(m[0])?.[1];
      if (href && /\b(stylesheet|modulepreload|preload)\b/.test(rels)) found.push(href);
    }
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) found.push(m[1]);
  }
  return found.filter((r) => !/^(?:[a-z]+:|\/\/|#)/i.test(r));
}

/** What is wrong with `from` (relative to web/) using `target` (relative to web/), or null. */
export function violation(from, target) {
  const a = owner(from);
  const b = owner(target);
  if (BUILT.some((re) => re.test(target))) return null;
  if (SHARED.has(b) || a === b || SITE.has(target)) return null;
  if (SHARED.has(a)) return `${from} (shared) uses the page ${b}: ${target}`;
  if (PAGES.has(a) && PAGES.has(b)) return `${from} (page ${a}) reaches into the page ${b}: ${target}`;
  if (PAGES.has(a) || SHARED.has(a)) return `${from} uses ${target}, outside shell/, components/, styles/ and its own folder`;
  return null;
}

// The head and header partials (tools/build_pages.mjs) name files from the site root as {root}…
// and guard lines with {?option}: read them as they stand for a page one folder down.
function fromRoot(rel, text) {
  return Object.values(PARTIALS).includes(rel) ? text.replace(/^\{\?[^}]*\}/gm, '').replaceAll('{root}', '../') : text;
}

test('the checker: a page into another page, a shared module into a page, and what is allowed', () => {
  assert.match(violation('filing/flow.js', 'eligibility/text.js'), /reaches into the page eligibility/);
  assert.match(violation('index.html', 'estimate/entry-link.js'), /page home\) reaches into the page estimate/);
  assert.match(violation('components/dom/dom.js', 'filing/steps.js'), /\(shared\) uses the page filing/);
  assert.match(violation('ledger/index.html', 'style.css'), /outside shell\/, components\/, styles\//);
  assert.equal(violation('home/app.js', 'index.html'), null);
  assert.equal(violation('filing/flow.js', 'components/question-flow/flow.js'), null);
  assert.equal(violation('filing/index.html', 'medins.js'), null);
  assert.equal(violation('shell/offline.js', 'sw.js'), null);
  assert.deepEqual(references('x/a.js', "import { a } from './b.js';\n// import { c } from '../d.js';\nexport { e } from '../f/g.js';\nconst m = import('../h.js');\nnew URL('../sw.js', import.meta.url);"),
    ['./b.js', '../f/g.js', '../h.js', '../sw.js']);
  assert.deepEqual(references('x/text.js', "import words from './text.json' with { type: 'json' };"), ['./text.json']);
  assert.deepEqual(references('x/index.html', '<link rel="icon" href="data:,">\n<link rel="stylesheet" href="../a.css">\n<!-- <script src="old.js"></script> -->\n<script type="module" src="p.js"></script>'),
    ['../a.css', 'p.js']);
});

test('every page uses only shell/, components/, styles/ and its own folder; every reference exists', () => {
  const problems = [];
  let count = 0;
  for (const file of files(web)) {
    const rel = path.relative(web, file).split(path.sep).join('/');
    if (!/\.(js|html)$/.test(rel)) continue;
    for (const ref of references(rel, fromRoot(rel, readFileSync(file, 'utf8')))) {
      const target = path.relative(web, path.resolve(path.dirname(file), ref)).split(path.sep).join('/');
      count += 1;
      if (target.startsWith('..')) {
        problems.push(`${rel}: ${ref} is outside web/`);
        continue;
      }
      const problem = violation(rel, target);
      if (problem) problems.push(problem);
      if (!BUILT.some((re) => re.test(target)) && !existsSync(path.join(web, target))) problems.push(`${rel}: ${ref} does not exist`);
    }
  }
  assert.ok(count > 100, `only ${count} references read: is the reader still finding imports?`);
  assert.deepEqual(problems, []);
});
