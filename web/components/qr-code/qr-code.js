// The filing summary QR code, drawn and read with zxing-wasm (ZXing-C++ in WebAssembly).
// Both halves are loaded only when a screen needs them (dynamic import), and their .wasm comes
// from this site's vendor/zxing/ (copied there by wasm/CMakeLists.txt): the package would
// otherwise fetch it from a public CDN, which the page's CSP blocks and which would leak that
// someone is preparing a filing.

import { keepOffline } from '../../shell/offline.js';

const VENDOR = new URL('../../vendor/zxing/', import.meta.url);
const PARTS = {
  writer: { module: new URL('es/writer/index.js', VENDOR).href, wasm: new URL('writer/zxing_writer.wasm', VENDOR).href },
  reader: { module: new URL('es/reader/index.js', VENDOR).href, wasm: new URL('reader/zxing_reader.wasm', VENDOR).href },
};
const loaded = {};

/** For a page that draws a code: the offline copy keeps the writer (else kept on first use), so a
 * printout made with no signal still has its code. */
export function keepWriterOffline() {
  keepOffline([new URL('es/share.js', VENDOR), PARTS.writer.module, PARTS.writer.wasm]);
}

function load(part) {
  loaded[part] ??= import(PARTS[part].module).then((zx) => {
    zx.prepareZXingModule({
      overrides: {
        locateFile: (path, prefix) => (path.endsWith('.wasm') ? PARTS[part].wasm : prefix + path),
      },
    });
    return zx;
  }).catch((err) => {
    delete loaded[part]; // a later screen may try again
    throw err;
  });
  return loaded[part];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
// The quiet zone the QR standard asks for around the code, in modules.
const QUIET = 4;

// One SVG path from the module matrix (0 = dark, as zxing-wasm's symbol gives it), one run of
// dark modules per segment: crisp at any size on screen and on paper, and built as DOM nodes
// (no markup strings, no inline style the CSP would refuse).
function svgFromSymbol(symbol, title) {
  const { width, height, data } = symbol;
  let d = '';
  for (let y = 0; y < height; y++) {
    let x = 0;
    while (x < width) {
      if (data[y * width + x] !== 0) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && data[y * width + x] === 0) x++;
      d += `M${start + QUIET} ${y + QUIET}h${x - start}v1h${start - x}z`;
    }
  }
  const size = width + 2 * QUIET;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${height + 2 * QUIET}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr-code');
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(height + 2 * QUIET));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG_NS, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(titleEl, background, modules);
  return svg;
}

/** An <svg> of the payload as a QR code (error correction M: a crumpled printout still scans). */
export async function drawQr(payload, title) {
  const zx = await load('writer');
  const result = await zx.writeBarcode(payload, { format: 'QRCode', ecLevel: 'M' });
  if (result.error) throw new Error(`zxing-wasm: ${result.error}`);
  return svgFromSymbol(result.symbol, title);
}

/** The text of the first QR code found in an image file (a photo or a screenshot), or null. */
export async function readQr(file) {
  const zx = await load('reader');
  const results = await zx.readBarcodes(file, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
  const found = results.find((r) => r.isValid && r.text);
  return found ? found.text : null;
}
