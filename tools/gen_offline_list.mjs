// Writes the offline file list into the built service worker: every file of the site (SITE/sw.js
// itself and the policies/ folder excepted), each folder's index.html also under the folder's own
// URL ("filing/"), and a version that is the SHA-256 of all of them, so the worker changes
// whenever the site does.
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
const hash = createHash('sha256');
for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(site, f)));
const urls = ['./', ...files.filter((f) => f !== 'index.html').map((f) => (f.endsWith('/index.html') ? [f.slice(0, -'index.html'.length), f] : [f])).flat(), 'index.html'];

const template = readFileSync(swPath, 'utf8');
const filled = template
  .replace(/^const VERSION = '[^']*';$/m, `const VERSION = '${hash.digest('hex').slice(0, 16)}';`)
  .replace(/^const FILES = \[[^\]]*\];$/m, `const FILES = ${JSON.stringify(urls)};`);
if (filled === template) {
  console.error('gen_offline_list: sw.js has no VERSION/FILES lines to fill');
  process.exit(1);
}
writeFileSync(swPath, filled);
console.log(`gen_offline_list: ${urls.length} URLs`);
