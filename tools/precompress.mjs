// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside each text and wasm file of
// the built site, so that a server sends the smallest bytes without compressing per request: nginx
// with `gzip_static on;` (and `brotli_static on;` where ngx_brotli is loaded), Caddy's
// `precompressed`, scripts/static-server.mjs (docs/deploying.md). On-the-fly compression is done at
// a lower quality to stay fast (the static server used brotli 9: medins.wasm went out 51 KB larger
// than at 11), and the module is most of what a phone on a slow connection waits for.
//   node tools/precompress.mjs SITE_DIR
// A copy is written again only when its file changed: the build copies web/ over the site each time
// (new mtimes, same bytes), and quality 11 takes seconds on the module, so a copy that still
// decompresses to its file is kept and touched. Copies whose file is gone are removed.
// Not policies/: a deployment may correct a policy file in place (docs/policy-data-plane.md), and
// nginx's gzip_static would go on sending the old copy beside it; they are small and few per visit.
import { readFileSync, readdirSync, statSync, unlinkSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants as zlib, gunzipSync, gzipSync } from 'node:zlib';

export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg']);
// Below this a compressed response saves less than its headers cost.
const MIN_BYTES = 1024;
export const COMPRESSED = {
  '.br': {
    compress: (raw) => brotliCompressSync(raw, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }),
    decompress: brotliDecompressSync,
  },
  '.gz': { compress: (raw) => gzipSync(raw, { level: 9 }), decompress: gunzipSync },
};

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Brings every copy up to date; returns { written, kept, removed } (paths under `site`). */
export function precompress(site) {
  const done = { written: [], kept: [], removed: [] };
  const files = walk(site);
  for (const file of files) {
    const ext = path.extname(file);
    if (COMPRESSED[ext]) {
      // A copy whose file is gone (renamed or deleted in web/) would be served for nothing.
      if (!existsSync(file.slice(0, -ext.length))) {
        unlinkSync(file);
        done.removed.push(path.relative(site, file));
      }
      continue;
    }
    if (!COMPRESSIBLE.has(ext.toLowerCase()) || statSync(file).size < MIN_BYTES) continue;
    if (path.relative(site, file).split(path.sep)[0] === 'policies') continue;
    const raw = readFileSync(file);
    const mtime = statSync(file).mtime;
    for (const [suffix, { compress, decompress }] of Object.entries(COMPRESSED)) {
      const copy = file + suffix;
      if (existsSync(copy)) {
        let same = false;
        try {
          same = decompress(readFileSync(copy)).equals(raw);
        } catch {
          // Not a valid stream: written again below.
        }
        if (same) {
          if (statSync(copy).mtimeMs < mtime.getTime()) utimesSync(copy, new Date(), new Date());
          done.kept.push(path.relative(site, copy));
          continue;
        }
      }
      writeFileSync(copy, compress(raw));
      done.written.push(path.relative(site, copy));
    }
  }
  return done;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site = process.argv[2];
  if (!site || !existsSync(site)) {
    console.error('usage: node tools/precompress.mjs SITE_DIR');
    process.exit(2);
  }
  const { written, kept, removed } = precompress(site);
  console.log(`precompress: ${written.length} written, ${kept.length} kept, ${removed.length} removed`);
}
