// A small static file server for the web app and its browser tests (Node 20, no dependencies).
// Usage: node scripts/static-server.mjs <root> <port> [host=127.0.0.1]   (port 0 = any free port)
// Sends the same Content-Security-Policy as the page's meta tag, so tests see what users get.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants as zlib, gunzipSync, gzipSync } from 'node:zlib';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  // Only a header can say this; browsers ignore frame-ancestors in a meta tag.
  "frame-ancestors 'self'",
].join('; ');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // Browsers compile wasm while it streams in only when it has this exact type.
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

// Text and wasm are sent compressed when the browser accepts it (brotli, else gzip), as any real
// deployment would (docs/deploying.md); PNGs are already compressed.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg']);
// Compressed (or its copy checked) once per version of the file and its copy: the site is small.
const compressedCache = new Map();

function chooseEncoding(acceptEncoding = '') {
  const accepted = new Set(acceptEncoding.split(',').map((e) => e.split(';')[0].trim().toLowerCase()));
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

// The build's own copies (tools/precompress.mjs: brotli 11, gzip 9) when they decompress to the
// file as it is now; else compressed here, at brotli 9 to stay quick. The bytes decide, not the
// times: a plain copy of the site (cp -r, fs.cpSync) can leave a copy older than its file, and a
// file edited since the build must not go out as its stale copy.
async function compressed(file, info, encoding) {
  const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  const built = await stat(copy).catch(() => null);
  const key = `${encoding}:${file}:${info.size}:${info.mtimeMs}:${built?.size}:${built?.mtimeMs}`;
  if (!compressedCache.has(key)) {
    const raw = await readFile(file);
    let body = null;
    if (built?.isFile()) {
      const packed = await readFile(copy);
      const unpacked = (() => {
        try {
          return encoding === 'br' ? brotliDecompressSync(packed) : gunzipSync(packed);
        } catch {
          return null;
        }
      })();
      if (unpacked?.equals(raw)) body = packed;
    }
    compressedCache.set(key, body ?? (encoding === 'br'
      ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipSync(raw, { level: 9 })));
  }
  return compressedCache.get(key);
}

const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

// A validator for each file, as nginx sends by default: with `Cache-Control: no-cache` a browser
// (and the service worker installing a new version of the site, web/sw.js) asks again for a file
// it holds with If-None-Match and gets a 304 without the body when the file has not changed, so a
// first visit does not download the ~400 KB wasm twice and an update only what changed. Weak: the
// brotli, gzip and plain bodies of a file are the same content in different encodings.
function entityTag(info) {
  return `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
}

// If-None-Match lists tags (or "*"); they are compared weakly, as RFC 9110 asks for a GET.
function unchangedFor(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

function sendText(res, status, text, extraHeaders = {}) {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    ...extraHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

// Maps a URL path to a file under root, or null when it would leave root or cannot be decoded.
function resolveUnderRoot(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // Refuse ".." outright (also after %2e%2e decoding) rather than clamp it: a request that
  // tries to climb out of root is a mistake or an attack, not a file.
  if (decoded.includes('\0') || decoded.split(/[/\\]/).includes('..')) return null;
  const file = path.resolve(root, `.${decoded}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function findFile(root, urlPath) {
  const file = resolveUnderRoot(root, urlPath);
  if (!file) return null;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html');
      info = await stat(index);
      return info.isFile() ? { file: index, info } : null;
    }
    return info.isFile() ? { file, info } : null;
  } catch {
    return null;
  }
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const { pathname } = new URL(req.url, 'http://localhost');
  const found = await findFile(root, pathname);
  if (!found) {
    sendText(res, 404, 'Not found\n');
    return;
  }
  const ext = path.extname(found.file).toLowerCase();
  const type = MIME_TYPES[ext] ?? 'application/octet-stream';
  const etag = entityTag(found.info);
  if (unchangedFor(req.headers['if-none-match'], etag)) {
    res.writeHead(304, { ...COMMON_HEADERS, ETag: etag, Vary: 'Accept-Encoding' });
    res.end();
    return;
  }
  const encoding = COMPRESSIBLE.has(ext) ? chooseEncoding(req.headers['accept-encoding']) : null;
  if (encoding) {
    const body = await compressed(found.file, found.info, encoding);
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': type,
      'Content-Encoding': encoding,
      'Content-Length': body.length,
      ETag: etag,
      Vary: 'Accept-Encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': type,
    'Content-Length': found.info.size,
    ETag: etag,
    Vary: 'Accept-Encoding',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

export function startServer(root, port = 0, host = '127.0.0.1') {
  const absRoot = path.resolve(root);
  const server = createServer((req, res) => {
    handle(absRoot, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({ server, url: `http://${shownHost}:${address.port}/` });
    });
  });
}

async function main(args) {
  const [root, portText = '', host = '127.0.0.1'] = args;
  const port = Number(portText);
  if (!root || !/^\d+$/.test(portText) || port > 65535) {
    console.error('usage: node scripts/static-server.mjs <root> <port> [host=127.0.0.1]');
    process.exit(2);
  }
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) {
    console.error(`static-server: not a folder: ${root}`);
    process.exit(2);
  }
  const { server, url } = await startServer(root, port, host);
  console.log(`listening ${url}`);
  const stop = () => {
    server.close(() => process.exit(0));
    // Keep-alive connections from a browser would otherwise hold close() open.
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`static-server: ${err.message}`);
    process.exit(1);
  });
}
