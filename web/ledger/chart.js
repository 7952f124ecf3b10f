// The year view's chart: one bar per month, stacked by who paid, as an SVG with a title and
// description (role="img": read as one picture), and a table holding the same figures for
// screen readers; the table scrolls sideways on a phone, so its box can take focus.
import { el } from '../components/dom/dom.js';
import { formatFen } from '../components/money/money.js';

export const PAYERS = ['fund', 'critical_illness', 'assistance', 'other_funds', 'account', 'cash'];
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, String(v));
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

// A figure of the month table with its column's name beside it. The name shows only where the
// table is stacked (large text on a phone, money.css), which hides the column headings; screen
// readers have the headings, so it is hidden from them.
function figureCell(label, figure, attrs) {
  return el('td', { class: 'num', ...attrs },
    el('span', { class: 'cell-label', 'aria-hidden': 'true', text: label }),
    el('span', { class: 'figure', text: figure }));
}

/** The chart and its table for one year of ledger.summarize's answer. */
export function renderYearChart(year, t) {
  const months = year.months;
  const max = Math.max(1, ...months.map((m) => m.total_fen));
  const W = 640;
  const H = 280;
  const left = 8;
  const bottom = 30;
  const slot = (W - left) / 12;
  const bar = slot * 0.7;
  const titleId = `chart-title-${year.year}`;
  const descId = `chart-desc-${year.year}`;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'year-chart', id: 'year-chart' },
    svg('title', { id: titleId, text: t.year.chartTitle(year.year) }),
    svg('desc', { id: descId, text: t.year.chartDesc }));
  months.forEach((m, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    let y = H - bottom;
    for (const payer of PAYERS) {
      const fen = m[`${payer}_fen`];
      if (!fen) continue;
      const h = ((H - bottom - 10) * fen) / max;
      y -= h;
      chart.append(svg('rect', { x: x.toFixed(1), y: y.toFixed(1), width: bar.toFixed(1), height: h.toFixed(1), class: `pay-${payer}`, 'data-month': m.month, 'data-payer': payer, 'data-fen': fen }));
    }
    chart.append(svg('text', { x: (x + bar / 2).toFixed(1), y: H - 10, 'text-anchor': 'middle', class: 'chart-label', text: t.year.monthName(m.month) }));
  });
  chart.append(svg('line', { x1: left, x2: W, y1: H - bottom, y2: H - bottom, class: 'chart-axis' }));

  const legend = el('ul', { class: 'chart-legend', 'aria-hidden': 'true' },
    ...PAYERS.map((p) => el('li', {}, el('span', { class: `swatch pay-${p}` }), t.payers[p])));
  const head = el('tr', {}, el('th', { scope: 'col', text: t.year.month }),
    ...PAYERS.map((p) => el('th', { scope: 'col', class: 'num', text: t.payers[p] })),
    el('th', { scope: 'col', class: 'num', text: t.year.total }));
  const body = el('tbody');
  for (const m of months) {
    if (!m.total_fen) continue;
    body.append(el('tr', { 'data-month': m.month },
      el('th', { scope: 'row', text: t.year.monthName(m.month) }),
      ...PAYERS.map((p) => figureCell(t.payers[p], formatFen(m[`${p}_fen`]), { 'data-payer': p })),
      figureCell(t.year.total, formatFen(m.total_fen), { 'data-total': m.total_fen })));
  }
  const table = el('table', { class: 'who-pays month-table', id: 'month-table' },
    el('caption', { text: t.year.chartTitle(year.year) }), el('thead', {}, head), body);
  return el('div', { class: 'chart-wrap' }, chart, legend, el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t.year.chartTitle(year.year) }, table));
}
