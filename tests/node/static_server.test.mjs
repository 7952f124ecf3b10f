// scripts/static-server.mjs's validators: each file goes out with an ETag; asked again with it
// (If-None-Match, as a browser does for a `no-cache` file it holds, and as the service worker's
// install does, web/sw.js), the server answers 304 with no body while the file is unchanged, in
// whichever encoding, and the whole file once it has changed.
// Run: node --test tests/node/static_server.test.mjs
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';

const root = mkdtempSync(path.join(tmpdir(), 'medins-static-'));
writeFileSync(path.join(root, 'app.js'), 'console.log("异地就医");\n'.repeat(200));
writeFileSync(path.join(root, 'picture.png'), Buffer.alloc(2000, 7));
const { server, url } = await startServer(root, 0);
after(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (name, headers = {}) => fetch(new URL(name, url), { headers });

test('a file goes out with a weak ETag; asked with it, 304 and no body, in any encoding', async () => {
  for (const encoding of ['br', 'gzip', 'identity']) {
    const first = await get('app.js', { 'Accept-Encoding': encoding });
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    assert.ok((await first.arrayBuffer()).byteLength > 0);
    for (const asked of [etag, etag.slice(2), `"other", ${etag}`, '*']) {
      const again = await get('app.js', { 'Accept-Encoding': encoding, 'If-None-Match': asked });
      assert.equal(again.status, 304, `If-None-Match: ${asked}`);
      assert.equal((await again.arrayBuffer()).byteLength, 0);
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(again.headers.get('cache-control'), 'no-cache');
      assert.match(again.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    }
  }
  const png = await get('picture.png');
  const again = await get('picture.png', { 'If-None-Match': png.headers.get('etag') });
  assert.equal(again.status, 304);
});

test('a changed file is sent whole to a browser holding the old one', async () => {
  const old = (await get('app.js')).headers.get('etag');
  writeFileSync(path.join(root, 'app.js'), 'console.log("备案");\n'.repeat(300));
  const later = new Date(Date.now() + 5000);
  utimesSync(path.join(root, 'app.js'), later, later);
  const response = await get('app.js', { 'If-None-Match': old, 'Accept-Encoding': 'identity' });
  assert.equal(response.status, 200);
  assert.notEqual(response.headers.get('etag'), old);
  assert.match(await response.text(), /备案/);
  const stale = await get('app.js', { 'If-None-Match': '"not-this-one"' });
  assert.equal(stale.status, 200);
});
