// Builds dist/ from the built site (scripts/dist; docs/embedding.md): an npm-packable folder a
// portal deploys as is. The entry files a portal names in its own HTML get content-hashed names
// (medins-assistant.<hash>.js, medins-api.<hash>.js, medins.<hash>.js, medins.<hash>.wasm,
// medins-assistant.<hash>.css), so they can be cached for ever; the hashed element and API name
// the hashed module and wasm. The flow pages the element frames keep their plain names (they
// link each other by them). manifest.json gives every file's sha384 Subresource Integrity hash
// and the version; package.json makes the folder an npm package.
//   node tools/dist.mjs SITE_DIR OUT_DIR [VERSION]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The demo portal and its files are for trying the element out, not for deploying.
const LEFT_OUT = new Set(['demo']);

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const shortHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);

function walk(dir, base = dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

function hashedName(file, bytes) {
  const ext = file.endsWith('.wasm') ? '.wasm' : path.extname(file);
  return `${file.slice(0, -ext.length)}.${shortHash(bytes)}${ext}`;
}

// Replaces a quoted file name ('medins.js') in a script's text; it must occur.
function renameIn(text, from, to, where) {
  const quoted = new RegExp(`(['"\`])${from.replace(/[.]/g, '\\.')}\\1`, 'g');
  if (!quoted.test(text)) throw new Error(`${where} does not name '${from}': the dist build needs updating`);
  return text.replace(quoted, `'${to}'`);
}

export function buildDist(site, out, version) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(site)) {
    // Not the .br/.gz copies (tools/precompress.mjs): dist renames and rewrites files, so they
    // would no longer match; a portal compresses what it deploys (docs/deploying.md).
    if (!LEFT_OUT.has(name)) {
      cpSync(path.join(site, name), path.join(out, name), { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
    }
  }
  const read = (f) => readFileSync(path.join(out, f));
  // The module and wasm first: the element and the API name them.
  const entry = {};
  entry.wasm = hashedName('medins.wasm', read('medins.wasm'));
  entry.module = hashedName('medins.js', read('medins.js'));
  entry.style = hashedName('medins-assistant.css', read('medins-assistant.css'));
  writeFileSync(path.join(out, entry.wasm), read('medins.wasm'));
  writeFileSync(path.join(out, entry.module), read('medins.js'));
  writeFileSync(path.join(out, entry.style), read('medins-assistant.css'));
  let element = read('medins-assistant.js').toString('utf8');
  element = renameIn(element, 'medins.wasm', entry.wasm, 'medins-assistant.js');
  element = renameIn(element, 'medins.js', entry.module, 'medins-assistant.js');
  element = renameIn(element, 'medins-assistant.css', entry.style, 'medins-assistant.js');
  entry.element = hashedName('medins-assistant.js', Buffer.from(element));
  writeFileSync(path.join(out, entry.element), element);
  let api = read('medins-api.js').toString('utf8');
  api = renameIn(api, 'medins.wasm', entry.wasm, 'medins-api.js');
  api = renameIn(api, 'medins.js', entry.module, 'medins-api.js');
  entry.api = hashedName('medins-api.js', Buffer.from(api));
  writeFileSync(path.join(out, entry.api), api);

  const pkg = {
    name: 'medins-assistant',
    version,
    description: 'On-device assistant for cross-region medical insurance (异地就医): <medins-assistant> element, headless API, wasm core',
    license: 'UNLICENSED',
    type: 'module',
    main: entry.api,
    exports: { '.': `./${entry.api}`, './element': `./${entry.element}`, './manifest.json': './manifest.json' },
    files: ['**/*'],
  };
  writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  copyDoc(out);
  // The service worker's offline list names the files of this folder (the demo is gone, the
  // versioned copies are new): written again, as the site build does.
  execFileSync(process.execPath, [path.join(repoRoot, 'tools', 'gen_offline_list.mjs'), out], { stdio: 'ignore' });
  const files = Object.fromEntries(walk(out).filter((f) => f !== 'manifest.json').map((f) => {
    const bytes = read(f);
    return [f, { bytes: bytes.length, integrity: sri(bytes) }];
  }));
  const manifest = { name: pkg.name, version, entry, files };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function copyDoc(out) {
  cpSync(path.join(repoRoot, 'docs', 'embedding.md'), path.join(out, 'README.md'));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [site, out, version = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version] = process.argv.slice(2);
  if (!site || !out) {
    console.error('usage: dist.mjs SITE_DIR OUT_DIR [VERSION]');
    process.exit(2);
  }
  const manifest = buildDist(site, out, version);
  console.log(`dist: ${Object.keys(manifest.files).length} files, version ${version}`);
  for (const [kind, file] of Object.entries(manifest.entry)) console.log(`  ${kind}: ${file} ${manifest.files[file].integrity}`);
}
