// Every page's <head> starts the same way and carries the same Content-Security-Policy, and that
// policy is the one the static server sends (scripts/static-server.mjs, which adds only
// frame-ancestors, which a meta tag cannot say). The server's list is the canonical copy: a page
// whose copy drifts fails here rather than in one browser test of the home page. The demo portal
// (web/demo/) is a stand-in for someone else's site and is not checked.
// Run: node --test tests/node/page_heads.test.mjs
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../scripts/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const web = path.join(root, 'web');

function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'demo' ? [] : pages(full);
    return name === 'index.html' ? [full] : [];
  });
}

const PAGES = pages(web).map((file) => ({ rel: path.relative(web, file), html: readFileSync(file, 'utf8') }));
const META_CSP = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
// The lines every head opens with, in this order, before anything is fetched.
const OPENING = [
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
];

function head(html) {
  return /<head>([\s\S]*?)<\/head>/.exec(html)[1].split('\n').map((l) => l.trim()).filter(Boolean);
}

test('every page is checked', () => {
  assert.deepEqual(PAGES.map((p) => p.rel).sort(), ['eligibility/index.html', 'estimate/index.html', 'filing/index.html',
    'handover/index.html', 'index.html', 'ledger/index.html', 'mydata/index.html']);
});

for (const { rel, html } of PAGES) {
  test(`${rel}: the shared opening of the head, and the server's CSP before anything is fetched`, () => {
    const lines = head(html);
    assert.deepEqual(lines.slice(0, OPENING.length), OPENING);
    const csp = lines.filter((l) => l.includes('http-equiv="Content-Security-Policy"'));
    assert.equal(csp.length, 1, 'one CSP meta tag');
    assert.equal(/content="([^"]*)"/.exec(csp[0])[1], META_CSP);
    const cspAt = lines.indexOf(csp[0]);
    const firstFetch = lines.findIndex((l) => /<(script|link)\b/.test(l) && !/rel="icon" href="data:,"/.test(l));
    assert.ok(cspAt < firstFetch, 'the CSP comes before the first script or stylesheet');
    // No favicon request: an empty icon.
    assert.ok(lines.includes('<link rel="icon" href="data:,">'));
    // Large text and offline use on every page, from the shell.
    const prefix = rel.includes('/') ? '../' : '';
    for (const module of ['shell/large-text.js', 'shell/offline.js']) {
      assert.ok(lines.includes(`<script type="module" src="${prefix}${module}"></script>`), `${module} is loaded`);
    }
  });
}
