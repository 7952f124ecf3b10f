// Writes the offline file list into the built service worker: every file of the site (SITE/sw.js
// itself, the policies/ folder, zxing's vendor copy, the demo portal and the components' READMEs
// excepted), each folder's index.html also under the folder's own URL ("filing/"); the files kept
// only once used (zxing's: ON_USE, web/sw.js says why); and a version that is the SHA-256 of all of
// them, so the worker changes whenever the site does.
//   node tools/gen_offline_list.mjs SITE_DIR
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const site = process.argv[2];
if (!site) {
  console.error('usage: gen_offline_list.mjs SITE_DIR');
  process.exit(2);
}

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const swPath = path.join(site, 'sw.js');
// The policies (policies/, tools/gen_policy_index.mjs) are not precached: there may be hundreds and
// a person needs one or two; the worker keeps each one the page fetches (sw.js). They stay out of
// the version too, so a new place does not make every visitor download the whole site again.
const files = walk(site).filter((f) => f !== swPath).map((f) => path.relative(site, f).split(path.sep).join('/'))
  .filter((f) => !f.startsWith('policies/'))
  // The .br/.gz copies are the same files as the server may send them (tools/precompress.mjs).
  .filter((f) => !/\.(br|gz)$/.test(f));
// zxing's QR writer and reader, ~600 KB of wasm (brotli) that most visits never use: kept on use.
const onUse = (f) => f.startsWith('vendor/zxing/');
// What no one needs without a signal: the portal demo (an integrator's page) and the components'
// READMEs (documentation published with them).
const notOffline = (f) => f.startsWith('demo/') || /(^|\/)README\.md$/.test(f);
const hash = createHash('sha256');
for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(site, f)));
const precached = files.filter((f) => !onUse(f) && !notOffline(f));
const urls = ['./', ...precached.filter((f) => f !== 'index.html').map((f) => (f.endsWith('/index.html') ? [f.slice(0, -'index.html'.length), f] : [f])).flat(), 'index.html'];

const template = readFileSync(swPath, 'utf8');
const LINES = [/^const VERSION = '[^']*';$/m, /^const FILES = \[[^\]]*\];$/m, /^const ON_USE = \[[^\]]*\];$/m];
if (!LINES.every((line) => line.test(template))) {
  console.error('gen_offline_list: sw.js has no VERSION/FILES/ON_USE lines to fill');
  process.exit(1);
}
const filled = template
  .replace(/^const VERSION = '[^']*';$/m, `const VERSION = '${hash.digest('hex').slice(0, 16)}';`)
  .replace(/^const FILES = \[[^\]]*\];$/m, `const FILES = ${JSON.stringify(urls)};`)
  .replace(/^const ON_USE = \[[^\]]*\];$/m, `const ON_USE = ${JSON.stringify(files.filter(onUse))};`);
writeFileSync(swPath, filled);
console.log(`gen_offline_list: ${urls.length} URLs, ${files.filter(onUse).length} kept on use`);
