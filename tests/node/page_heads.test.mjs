// Every page's <head> and header come from one place: web/shell/head.html and header.html, which
// tools/build_pages.mjs fills with a page's own lines, those after <!-- medins:head … --> (the
// page's first line) and after <!-- medins:header … --> in its index.html. Here: every source page
// has both markers and none of the shared lines itself, and every BUILT page (MEDINS_SITE_DIR) opens with the same head, carries the policy the
// static server sends (scripts/static-server.mjs adds only frame-ancestors, which a meta tag
// cannot say) before anything is fetched, and makes few stylesheet requests. Without
// MEDINS_SITE_DIR the pages are built from web/ into a temporary folder. The demo portal (web/demo/)
// is a stand-in for someone else's site and is not checked.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/node/page_heads.test.mjs
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../scripts/static-server.mjs';
import { PARTIALS, buildPage, buildSite, bundles, pages } from '../../tools/build_pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const web = path.join(root, 'web');
let site = process.env.MEDINS_SITE_DIR;
const fromWeb = !site;
if (fromWeb) {
  site = path.join(mkdtempSync(path.join(tmpdir(), 'medins-pages-')), 'site');
  cpSync(web, site, { recursive: true });
  buildSite(site);
  after(() => rmSync(path.dirname(site), { recursive: true, force: true }));
}

const PAGES = ['eligibility/index.html', 'estimate/index.html', 'filing/index.html', 'handover/index.html',
  'index.html', 'ledger/index.html', 'mydata/index.html', 'voucher/index.html'];
const source = (rel) => readFileSync(path.join(web, rel), 'utf8');
const built = (rel) => readFileSync(path.join(site, rel), 'utf8');
const partials = Object.fromEntries(Object.entries(PARTIALS).map(([k, f]) => [k, source(f)]));
// Written out here rather than taken from the build tool, so a tool that drops a directive fails.
const META_CSP = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
// The lines every head opens with, in this order, before anything is fetched.
const OPENING = [
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  `<meta http-equiv="Content-Security-Policy" content="${META_CSP}">`,
  '<!-- An empty icon, so the browser does not ask the server for /favicon.ico. -->',
  '<link rel="icon" href="data:,">',
];

function head(html) {
  return /<head>([\s\S]*?)<\/head>/.exec(html)[1].split('\n').map((l) => l.trim()).filter(Boolean);
}

test('every page is checked, in the source and in the built site', () => {
  assert.deepEqual(pages(web), PAGES);
  assert.deepEqual(pages(site), PAGES);
});

test('the shared stylesheets: a few bundles, each its sheets joined in the partial\'s order', () => {
  const joined = bundles(partials.head).bundles;
  assert.deepEqual(joined.map((b) => b.file), ['styles/shared.css', 'styles/shared-flow.css', 'styles/shared-fields.css']);
  assert.equal(joined[0].sheets[0], 'styles/base.css');
  for (const { file, sheets } of joined) {
    const bundle = built(file);
    let at = 0;
    for (const sheet of sheets) {
      const found = bundle.indexOf(source(sheet).trimEnd(), at);
      assert.ok(found >= at, `${sheet} is in ${file}, after the one before it`);
      at = found;
    }
    // No page asks for a bundled sheet by itself, so the site does not carry them.
    for (const sheet of sheets) assert.ok(!existsSync(path.join(site, sheet)), sheet);
  }
  for (const file of Object.values(PARTIALS)) assert.ok(!existsSync(path.join(site, file)), file);
});

for (const rel of PAGES) {
  test(`${rel} (source): the two markers and only the page's own lines`, () => {
    const html = source(rel);
    assert.match(html, /^<!-- medins:head\b/, 'the page starts with its medins:head marker');
    assert.equal(html.match(/<!-- medins:head\b/g)?.length, 1, 'one medins:head marker');
    assert.equal(html.match(/<!-- medins:header\b/g)?.length, 1, 'one medins:header marker');
    assert.doesNotMatch(html, /<!doctype|<html\b|<\/?head>|<\/?body>|<\/?main>|<noscript>/i, 'no line of the document around the page');
    assert.doesNotMatch(html, /Content-Security-Policy|<meta charset|name="viewport"|<header\b/);
    assert.doesNotMatch(html, /shell\/(large-text|offline|mydata-link|preload-core)\.js|styles\/base\.css/);
  });

  test(`${rel} (built): the shared opening of the head, the server's CSP before anything is fetched`, () => {
    const html = built(rel);
    assert.equal(html, buildPage(rel, source(rel), partials, site), 'the built page is the source filled in (rebuild the site?)');
    assert.doesNotMatch(html, /medins:head|medins:header|\{\?|\{root\}|\{csp\}|\{page\}/, 'no marker or slot left');
    assert.match(html, /^<!doctype html>\n<html lang="zh-CN">\n<head>\n/);
    assert.match(html, /<\/header>\n\n  <main>\n    <noscript>[\s\S]*<\/noscript>[\s\S]*<p id="status" class="notice" role="status"[^>]*>[\s\S]*<\/main>\n<\/body>\n<\/html>\n$/);
    assert.equal(html.match(/id="status"/g).length, 1, 'one status line');
    const lines = head(html);
    assert.deepEqual(lines.slice(0, OPENING.length), OPENING);
    assert.equal(lines.filter((l) => l.includes('http-equiv="Content-Security-Policy"')).length, 1, 'one CSP meta tag');
    const firstFetch = lines.findIndex((l) => /<(script|link)\b/.test(l) && !/rel="icon" href="data:,"/.test(l));
    assert.ok(firstFetch > 2, 'the CSP comes before the first script or stylesheet');
    const prefix = '../'.repeat(rel.split('/').length - 1);
    // Large text and offline use on every page, from the shell (the modules are loaded after the
    // first paint by shell/first-paint.js, which carries their list).
    // (my data, without the core, names them in the HTML).
    const modules = /<script src="[^"]*shell\/first-paint\.js" data-modules="([^"]*)"/.exec(html)?.[1].split(' ')
      ?? [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    for (const module of ['shell/large-text.js', 'shell/offline.js']) {
      assert.ok(modules.includes(`${prefix}${module}`), `${module} is loaded`);
    }
    // The core's ~400 KB wasm is never asked for in the HTML itself: on a slow line it would share
    // the connection with the stylesheets the first paint needs (shell/preload-core.js asks after).
    assert.doesNotMatch(html, /<link[^>]*href="[^"]*medins\.wasm"/, 'no static preload of the wasm');
    // The shared look first, then the page's own sheet: at most 4 stylesheet requests.
    const sheets = lines.filter((l) => l.startsWith('<link rel="stylesheet"'));
    assert.equal(sheets[0], `<link rel="stylesheet" href="${prefix}styles/shared.css">`);
    assert.ok(sheets.length <= 4, `${sheets.length} stylesheets`);
    // The header: large text and both languages on every page.
    for (const id of ['large-text', 'lang-zh', 'lang-en']) assert.match(html, new RegExp(`<header class="top[^"]*">[\\s\\S]*id="${id}"[\\s\\S]*</header>`));
    // Everything the head names is in the site (built from web/ alone, it has no core).
    for (const m of html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)) {
      if (!m[1].startsWith('data:') && !(fromWeb && /medins\.(js|wasm)$/.test(m[1]))) assert.ok(existsSync(path.resolve(path.dirname(path.join(site, rel)), m[1])), m[1]);
    }
  });
}

test('a page without its markers is refused by the build', () => {
  const html = source('ledger/index.html');
  assert.throws(() => buildPage('ledger/index.html', html.replace(/ *<!-- medins:header[^\n]*\n/, ''), partials), /0 <!-- medins:header/);
  assert.throws(() => buildPage('ledger/index.html', html.replace(/ *<!-- medins:head [^\n]*\n/, ''), partials), /0 <!-- medins:head/);
  assert.throws(() => buildPage('ledger/index.html', `\n${html}`, partials), /does not start with its medins:head/);
});

test('the page\'s own lines go where the partials say: head lines in <head>, the rest in <main>', () => {
  const html = built('filing/index.html');
  assert.match(/<head>([\s\S]*?)<\/head>/.exec(html)[1], /\n  <title>异地就医备案准备 · 医保助手<\/title>\n  <link rel="stylesheet" href="print.css">\n/);
  assert.match(html, /data-modules="flow\.js /, 'the page\'s module first, as it was in the page\'s lines');
  // The filing page places the status line itself, under the first screen the HTML draws.
  assert.match(/<main>([\s\S]*?)<\/main>/.exec(html)[1], /<\/noscript>\n    <!-- Each screen of the flow is drawn here by flow.js. -->\n[\s\S]*<div id="screen">\n      <div class="screen before-core">\n        <h1 [\s\S]*<\/div>\n    <\/div>\n    <p id="status" class="notice" role="status" data-words="shell:loading">[^\n]*正在加载…[^\n]*<\/p>\n  $/);
  // A page that places the status line itself (own-status) gets none from the partial.
  const mydata = built('mydata/index.html');
  assert.ok(mydata.indexOf('id="status"') > mydata.indexOf('data-t="intro"'), 'my data\'s status line under its title and intro');
});

test('the header\'s variants: the home page\'s name is no link, my data has no link to itself, handover prints without it', () => {
  assert.match(built('index.html'), /<p class="app-name" data-i18n="appName">/);
  assert.match(built('filing/index.html'), /<p class="app-name"><a href="..\/" data-i18n="appName">[\s\S]*id="mydata-link"/);
  assert.doesNotMatch(built('mydata/index.html'), /mydata-link|data-i18n/);
  assert.match(built('mydata/index.html'), /data-t="appName"[\s\S]*data-t-label="langGroup"/);
  assert.match(built('handover/index.html'), /<header class="top no-print">/);
  assert.doesNotMatch(built('ledger/index.html'), /mydata-link/);
});

// A search engine (and a portal's link preview) shows this line under the page's title; a page
// without one shows whatever text comes first, here "正在加载…".
test('every built page says in its description what it is for', () => {
  for (const rel of PAGES) {
    const m = /<meta name="description" content="([^"]*)">/.exec(built(rel));
    assert.ok(m, `${rel}: no description`);
    assert.ok(m[1].length >= 20, `${rel}: description too short: ${m[1]}`);
  }
});
