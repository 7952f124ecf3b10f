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

/**
 * The bar of a ranged answer: what the fund (and the critical-illness layer) pays at the least
 * solid, what the person pays at the least solid, and between them, hatched, the part that falls
 * to one or the other depending on the figures assumed. Under it a bracket for each payer spans
 * the most it may pay. Every part carries its fen (data-fen); brackets their min and max.
 * @param {{fund_pays_fen, critical_illness_pays_fen, person_pays_fen}} range  each {min, max}
 * @param {number} total  fen (> 0)
 * @param {{title, desc(fund, person, unknown), fund, critical, person, unknown, yuan(amount)}} t
 * @param {string} id  unique in the document (the hatch pattern is referenced by it)
 */
export function rangeBar(range, total, t, id) {
  const ci = range.critical_illness_pays_fen;
  const known = range.fund_pays_fen.min + ci.min + range.person_pays_fen.min;
  const parts = [
    { part: 'fund', fen: range.fund_pays_fen.min },
    { part: 'critical', fen: ci.min },
    { part: 'uncertain', fen: total - known },
    { part: 'person', fen: range.person_pays_fen.min },
  ].filter((s) => s.fen > 0);
  const payers = [
    { payer: 'fund', from: 0, r: range.fund_pays_fen, label: t.fund },
    { payer: 'critical', from: range.fund_pays_fen.min, r: ci, label: t.critical },
    { payer: 'person', from: total - range.person_pays_fen.max, r: range.person_pays_fen, label: t.person },
  ].filter((p) => p.r.max > 0);
  const hatch = `${id}-hatch`;
  const root = svg('svg', {
    class: 'bar bar-range', id, width: '100%', height: BAR + 8 + ROW * payers.length, role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`, 'data-total-fen': total,
  });
  const pattern = svg('pattern', { id: hatch, width: 12, height: 12, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(svg('rect', { class: 'hatch-ground', x: 0, y: 0, width: 12, height: 12 }),
    svg('rect', { class: 'hatch-line', x: 0, y: 0, width: 5, height: 12 }));
  const defs = svg('defs');
  defs.append(pattern);
  const range2 = (r) => t.yuan(`${formatFen(r.min)}–${formatFen(r.max)}`);
  root.append(
    svg('title', { id: `${id}-title` }, t.title),
    svg('desc', { id: `${id}-desc` }, t.desc(range2(range.fund_pays_fen), range2(range.person_pays_fen), t.yuan(formatFen(total - known)))),
    defs);
  let before = 0;
  for (const s of parts) {
    // The hatch is a presentation attribute (not a style), so the CSP lets it through.
    root.append(svg('rect', {
      class: `seg seg-${s.part}`, x: percent(before, total), y: 0, width: percent(s.fen, total), height: BAR,
      'data-part': s.part, 'data-fen': s.fen, ...(s.part === 'uncertain' ? { fill: `url(#${hatch})` } : {}),
    }));
    before += s.fen;
  }
  payers.forEach((p, row) => {
    const y = BAR + 8 + ROW * row;
    root.append(svg('rect', {
      class: `bracket bracket-${p.payer}`, x: percent(p.from, total), y, width: percent(p.r.max, total), height: 4,
      'data-payer': p.payer, 'data-min-fen': p.r.min, 'data-max-fen': p.r.max,
    }));
    const leftHalf = p.from * 2 < total;
    root.append(svg('text', {
      class: 'bar-label', y: y + 22, 'data-payer': p.payer,
      x: leftHalf ? percent(p.from, total) : percent(p.from + p.r.max, total),
      'text-anchor': leftHalf ? 'start' : 'end',
    }, `${p.label} ${range2(p.r)}`));
  });
  return root;
}
