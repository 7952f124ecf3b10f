// What a BUILT page (MEDINS_SITE_DIR) shows and asks for before its scripts run: its first
// heading and the header in both languages, straight from the catalogues (so a phone on a slow
// connection draws the page's heading before the core has arrived, in the person's language),
// and no module on any page: shell/first-paint.js asks for them after the first
// paint is shown, and preloads only the core's module (what they import the browser finds itself:
// preloading all ~45 modules slowed the core's wasm, docs/performance.md). Without MEDINS_SITE_DIR the pages are built from web/ into a
// temporary folder.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/node/first_paint.test.mjs
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildSite, pages } from '../../tools/build_pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const web = path.join(root, 'web');
let site = process.env.MEDINS_SITE_DIR;
if (!site) {
  site = path.join(mkdtempSync(path.join(tmpdir(), 'medins-first-paint-')), 'site');
  cpSync(web, site, { recursive: true });
  buildSite(site);
  after(() => rmSync(path.dirname(site), { recursive: true, force: true }));
}
const built = (rel) => readFileSync(path.join(site, rel), 'utf8');
const words = (file) => JSON.parse(readFileSync(path.join(web, file), 'utf8'));
const shell = words('shell/text.json').shell;
const both = (text) => `<span class="words-zh" lang="zh-CN">${text['zh-CN']}</span><span class="words-en" lang="en">${text.en}</span>`;

// Each page's first heading, as its script draws it when the page opens without a screen named
// in the address: written out here, so a build that drops one fails.
const FIRST_HEADING = {
  'index.html': ['home/text.json', 'homeTitle'],
  'filing/index.html': ['filing/text.json', 'start.title'],
  'eligibility/index.html': ['eligibility/text.json', 'start.title'],
  'estimate/index.html': ['estimate/text.json', 'form.title'],
  'handover/index.html': ['handover/text.json', 'title'],
  'ledger/index.html': ['ledger/text.json', 'title'],
  'mydata/index.html': ['mydata/text.json', 'title'],
  'voucher/index.html': ['voucher/text.json', 'title'],
};

test('every page is here', () => {
  assert.deepEqual(pages(site), Object.keys(FIRST_HEADING).sort());
});

for (const [rel, [file, key]] of Object.entries(FIRST_HEADING)) {
  test(`${rel}: the first heading, the header and the status line in both languages in the HTML`, () => {
    const html = built(rel);
    const text = key.split('.').reduce((g, k) => g[k], words(file));
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
    assert.ok(h1, 'an <h1> in the HTML');
    assert.equal(h1[1], both(text));
    // The app's name as the page's script writes it: the page's own words first, then the shell's.
    assert.ok(html.includes(`>${both(words(file).appName ?? shell.appName)}</`), 'the app\'s name');
    assert.ok(html.includes(`>${both(shell.largeText)}</button>`), 'the large-text button');
    assert.match(html, new RegExp(`<p id="status" class="notice" role="status"[^>]*>${both(shell.loading)}</p>`), 'the status line');
    // The language is known before anything is drawn: the classic script that sets it comes
    // before the first stylesheet, and no module is needed for it.
    const firstPaint = html.indexOf('shell/first-paint.js"');
    assert.ok(firstPaint > 0 && firstPaint < html.indexOf('rel="stylesheet"'), 'first-paint.js before the stylesheets');
  });

  test(`${rel}: its modules are asked for after the first paint, only the core's module preloaded`, () => {
    const html = built(rel);
    const resolve = (spec) => path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec));
    // Nothing but the stylesheets and the small classic scripts before the first paint.
    assert.doesNotMatch(html, /<script type="module"|rel="modulepreload"/);
    const tag = /<script src="[^"]*shell\/first-paint\.js" data-modules="([^"]*)"\s+data-preload="([^"]*)"><\/script>/.exec(html);
    assert.ok(tag, 'first-paint.js carries the page\'s modules');
    const modules = tag[1].split(' ').map(resolve);
    // The page's own script first, in the order its source lists them, and the shell's after it.
    const own = [...readFileSync(path.join(web, rel), 'utf8').matchAll(/<script type="module" src="([^"]+)">/g)].map((m) => resolve(m[1]));
    assert.ok(own.length > 0, 'the source page has a module script');
    assert.deepEqual(modules.slice(0, own.length), own);
    for (const f of modules) assert.ok(existsSync(path.join(site, f)), `${f} is in the site`);
    assert.ok(modules.includes('shell/large-text.js'), 'the large-text button\'s script');
    // My data, the voucher guide, the ledger, the home page and the handover card load the core
    // only when it is needed (a file to check, the face-check walk, a first visit's first slip or
    // claim, ID number or place, answers saved for the card); the question flows and the estimate
    // draw a first visit's first screen without it too, but preload it for the first tap there.
    const preloaded = tag[2].split(' ').filter(Boolean).map(resolve);
    const onUse = ['index.html', 'mydata/index.html', 'voucher/index.html', 'ledger/index.html', 'handover/index.html'];
    assert.deepEqual(preloaded, onUse.includes(rel) ? [] : ['medins.js']);
  });
}
