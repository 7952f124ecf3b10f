// The stacked bar of who pays what, as SVG built with DOM calls (the CSP forbids inline styles,
// so colours come from classes in estimate.css). Widths are percentages of the total, so the
// bar fills any screen while its type keeps its size. Under the bar, a bracket and a label for
// each payer (the fund, the critical-illness layer, the person) span that payer's segments; the
// person's parts are told apart in the table beside it, whose swatches are the bar's legend.
// Each segment carries its figure in fen (data-fen); the table holds the same figures in words.
import { formatFen, formatShare } from '../components/money/money.js';

const SVG = 'http://www.w3.org/2000/svg';
const BAR = 48;
const ROW = 30;

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

// A width as a percentage with four decimals: finer than any screen shows.
function percent(part, total) {
  const scaled = Math.round((part * 1000000) / total); // millionths
  const s = String(scaled).padStart(5, '0');
  return `${s.slice(0, -4)}.${s.slice(-4)}%`;
}

/**
 * @param {{part: string, fen: number, label: string}[]} segments  in order, left to right
 * @param {{payer: string, parts: string[], label: string}[]} payers  who pays which segments
 * @param {number} total  fen (> 0)
 * @param {{title, desc(list), item(label, amount, share), join, yuan(amount)}} t
 */
export function stackedBar(segments, payers, total, t) {
  const shown = segments.filter((s) => s.fen > 0);
  const labelled = payers.map((p) => ({ ...p, fen: shown.filter((s) => p.parts.includes(s.part)).reduce((a, s) => a + s.fen, 0) }))
    .filter((p) => p.fen > 0);
  const root = svg('svg', {
    class: 'bar', width: '100%', height: BAR + 8 + ROW * labelled.length, role: 'img',
    'aria-labelledby': 'bar-title bar-desc', 'data-total-fen': total,
  });
  root.append(
    svg('title', { id: 'bar-title' }, t.title),
    svg('desc', { id: 'bar-desc' }, t.desc(shown.map((s) => t.item(s.label, formatFen(s.fen), formatShare(s.fen, total))).join(t.join))));
  const starts = {};
  let before = 0;
  for (const s of shown) {
    starts[s.part] = before;
    root.append(svg('rect', {
      class: `seg seg-${s.part}`, x: percent(before, total), y: 0, width: percent(s.fen, total), height: BAR,
      'data-part': s.part, 'data-fen': s.fen,
    }));
    before += s.fen;
  }
  labelled.forEach((p, row) => {
    const from = Math.min(...p.parts.filter((part) => part in starts).map((part) => starts[part]));
    const y = BAR + 8 + ROW * row;
    root.append(svg('rect', {
      class: `bracket bracket-${p.payer}`, x: percent(from, total), y, width: percent(p.fen, total), height: 4,
      'data-payer': p.payer, 'data-fen': p.fen,
    }));
    // A label starting in the left half reads from its bracket's start, else it ends at its end.
    const leftHalf = from * 2 < total;
    root.append(svg('text', {
      class: 'bar-label', y: y + 22, 'data-payer': p.payer,
      x: leftHalf ? percent(from, total) : percent(from + p.fen, total),
      'text-anchor': leftHalf ? 'start' : 'end',
    }, `${p.label} ${t.yuan(formatFen(p.fen))}`));
  });
  return root;
}
