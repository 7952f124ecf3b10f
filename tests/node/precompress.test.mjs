// tools/precompress.mjs and the static server's use of its copies: beside each text and wasm file
// of the site a brotli-11 and a gzip-9 copy that decompress to the file, none for policies/, images
// or tiny files; copies of unchanged files are kept on a rebuild, of changed files written again,
// of removed files deleted; the server sends a copy only while it is as new as its file.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/node/precompress.test.mjs
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, constants as zlib, gunzipSync } from 'node:zlib';
import { startServer } from '../../scripts/static-server.mjs';
import { precompress } from '../../tools/precompress.mjs';

const site = process.env.MEDINS_SITE_DIR;
const scratch = mkdtempSync(path.join(tmpdir(), 'medins-precompress-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Text that compresses, of a given size, different for each seed.
const WORDS = [...'异地就医 filing '];
const text = (bytes, seed) => Array.from({ length: bytes }, (_, i) => WORDS[(i * seed) % WORDS.length]).join('');

function smallSite() {
  const root = mkdtempSync(path.join(scratch, 'site-'));
  mkdirSync(path.join(root, 'policies', '110000'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), text(5000, 3));
  writeFileSync(path.join(root, 'app.js'), text(3000, 5));
  writeFileSync(path.join(root, 'tiny.css'), 'p{margin:0}');
  writeFileSync(path.join(root, 'picture.png'), Buffer.alloc(4000, 7));
  writeFileSync(path.join(root, 'policies', '110000', 'employee.json'), JSON.stringify({ note: text(4000, 3) }));
  return root;
}

test('each text file of 1 KB or more gets a .br and a .gz copy that decompress to it; nothing else does', () => {
  const root = smallSite();
  const { written } = precompress(root);
  assert.deepEqual(written.sort(), ['app.js.br', 'app.js.gz', 'index.html.br', 'index.html.gz']);
  for (const f of ['index.html', 'app.js']) {
    const raw = readFileSync(path.join(root, f));
    assert.ok(brotliDecompressSync(readFileSync(path.join(root, `${f}.br`))).equals(raw), f);
    assert.ok(gunzipSync(readFileSync(path.join(root, `${f}.gz`))).equals(raw), f);
    assert.ok(readFileSync(path.join(root, `${f}.br`)).length < raw.length / 4, `${f}: compressed`);
  }
  for (const f of ['tiny.css', 'picture.png', 'policies/110000/employee.json']) assert.equal(existsSync(path.join(root, `${f}.br`)), false, f);
});

test('a rebuild keeps the copies of unchanged files, writes changed ones again and drops orphans', () => {
  const root = smallSite();
  precompress(root);
  // The build copies web/ over the site again: same bytes, newer mtime.
  const later = new Date(Date.now() + 5000);
  utimesSync(path.join(root, 'index.html'), later, later);
  writeFileSync(path.join(root, 'app.js'), text(3000, 11));
  writeFileSync(path.join(root, 'index.html.gz'), 'not gzip');
  const second = precompress(root);
  assert.deepEqual(second.written.sort(), ['app.js.br', 'app.js.gz', 'index.html.gz']);
  assert.deepEqual(second.kept, ['index.html.br']);
  assert.ok(brotliDecompressSync(readFileSync(path.join(root, 'app.js.br'))).equals(readFileSync(path.join(root, 'app.js'))));
  unlinkSync(path.join(root, 'app.js'));
  assert.deepEqual(precompress(root).removed.sort(), ['app.js.br', 'app.js.gz']);
  assert.equal(existsSync(path.join(root, 'app.js.br')), false);
});

test('the server sends the build\'s copy while it is current, and the file itself once it changed', async (t) => {
  const root = smallSite();
  precompress(root);
  // A marker copy: still a valid brotli stream of the file, but not the bytes the server would make.
  const raw = readFileSync(path.join(root, 'index.html'));
  const marker = brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } });
  writeFileSync(path.join(root, 'index.html.br'), marker);
  const { server, url } = await startServer(root);
  t.after(() => server.close());
  const get = async (f, encoding) => {
    const res = await fetch(`${url}${f}`, { headers: { 'Accept-Encoding': encoding } });
    return { encoding: res.headers.get('content-encoding'), body: Buffer.from(await res.arrayBuffer()) };
  };
  // fetch() decodes the body; the header and the byte count (Content-Length) tell which was sent.
  const head = async (f, encoding) => (await fetch(`${url}${f}`, { method: 'HEAD', headers: { 'Accept-Encoding': encoding } })).headers;
  assert.equal((await head('index.html', 'br')).get('content-length'), String(marker.length));
  assert.ok((await get('index.html', 'br')).body.equals(raw));
  assert.equal((await head('index.html', 'gzip')).get('content-encoding'), 'gzip');
  assert.equal((await head('index.html', 'gzip')).get('content-length'), String(readFileSync(path.join(root, 'index.html.gz')).length));

  // A plain copy of the site can leave the copy older than its file: still the file's bytes, sent.
  const earlier = new Date(Date.now() - 60000);
  utimesSync(path.join(root, 'index.html.br'), earlier, earlier);
  assert.equal((await head('index.html', 'br')).get('content-length'), String(marker.length));

  // The file changed after the build: its copies are stale and must not be sent.
  const changed = Buffer.from(text(5000, 13));
  writeFileSync(path.join(root, 'index.html'), changed);
  const later = new Date(Date.now() + 5000);
  utimesSync(path.join(root, 'index.html'), later, later);
  const fresh = await get('index.html', 'br');
  assert.equal(fresh.encoding, 'br');
  assert.ok(fresh.body.equals(changed), 'the changed file, not the stale copy');
  assert.ok((await get('index.html', 'gzip')).body.equals(changed));
});

test('the built site: every copy is current, and the module goes out at brotli 11', { skip: !site && 'MEDINS_SITE_DIR not set' }, () => {
  const wasm = readFileSync(path.join(site, 'medins.wasm'));
  const br = readFileSync(path.join(site, 'medins.wasm.br'));
  assert.ok(brotliDecompressSync(br).equals(wasm));
  const q9 = brotliCompressSync(wasm, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } });
  assert.ok(br.length < q9.length, `medins.wasm.br ${br.length} B, brotli 9 would send ${q9.length} B`);
  for (const f of ['index.html', 'filing/index.html', 'medins.js', 'sw.js']) {
    const file = readFileSync(path.join(site, f));
    assert.ok(brotliDecompressSync(readFileSync(path.join(site, `${f}.br`))).equals(file), `${f}.br`);
    assert.ok(gunzipSync(readFileSync(path.join(site, `${f}.gz`))).equals(file), `${f}.gz`);
  }
});
