// The settlement slip (结算单): the core's `slip` view of the estimate shown under the national
// settlement interface's field names, and the screen (#/slip) where a person types the figures
// from the slip in their hand and sees, box by box, where it agrees with the estimate and the
// likely reasons where it does not. Amounts stay integer fen end to end (money.js): a
// difference of one fen must show as one fen, never as a float's 0.009999.
import { el } from '../components/dom/dom.js';
import { errorSummary } from '../components/error-summary/error-summary.js';
import { textField } from '../components/fields/fields.js';
import { formatFen, yuanToFen } from '../components/money/money.js';

// The slip's own order (docs/estimate.md, "The settlement slip"): the core's JSON object does
// not keep it, so the page holds it. Only one of the two critical-illness codes is ever present.
export const SLIP_ORDER = ['medfee_sumamt', 'fulamt_ownpay_amt', 'overlmt_selfpay', 'preselfpay_amt', 'inscp_scp_amt',
  'act_pay_dedc', 'hifp_pay', 'hifmi_pay', 'hifob_pay', 'fund_pay_sumamt', 'psn_part_amt'];

// Kept with the other estimate answers (medins.estimate.slip.<code>), so "clear" forgets them too.
export const slipKey = (code) => `slip.${code}`;

export function slipCodes(slip) {
  return SLIP_ORDER.filter((code) => Number.isInteger(slip?.[code]));
}

/** The "your slip should say" section of the result screen. */
export function renderSlipSection(slip, t) {
  const s = t.slip;
  const body = el('tbody');
  for (const code of slipCodes(slip)) {
    body.append(el('tr', { 'data-code': code, 'data-fen': slip[code] },
      el('th', { scope: 'row' },
        el('span', { class: 'slip-name', text: s.names[code] }),
        el('code', { class: 'slip-code', lang: 'en', text: code })),
      el('td', { class: 'num', text: formatFen(slip[code]) })));
  }
  return el('section', { class: 'result-section', id: 'result-slip', 'aria-labelledby': 'result-slip-title' },
    el('h2', { id: 'result-slip-title', text: s.title }),
    el('p', { class: 'hint', text: s.intro }),
    el('table', { class: 'who-pays slip-table', id: 'slip-table' },
      el('caption', { text: s.caption }),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col', text: s.field }), el('th', { scope: 'col', class: 'num', text: s.amount }))),
      body),
    el('p', { class: 'hint', text: s.overlmtNote }),
    el('p', {}, el('a', { href: '#/slip', id: 'slip-compare-link', class: 'button-secondary slip-link', text: s.compareLink })));
}

/**
 * What the person typed, read: {entered: {code: fen}, errors: {code: code of t.errors}}.
 * An empty box is "not entered", not an error: a slip need not have every box.
 */
export function readTyped(codes, typed) {
  const entered = {};
  const errors = {};
  for (const code of codes) {
    const text = typed[code];
    if (text === undefined || String(text).trim() === '') continue;
    const read = yuanToFen(text);
    if (read.error) errors[code] = read.error;
    else entered[code] = read.fen;
  }
  return { entered, errors };
}

/** Box by box: {code, estimate, yours|null, diff|null} with diff = slip − estimate, in fen. */
export function compareSlip(slip, entered) {
  return slipCodes(slip).map((code) => {
    const yours = entered[code] ?? null;
    return { code, estimate: slip[code], yours, diff: yours === null ? null : yours - slip[code] };
  });
}

function comparison(rows, t) {
  const c = t.slip.compare;
  const body = el('tbody');
  const reasons = [];
  for (const row of rows) {
    const state = row.yours === null ? 'missing' : (row.diff === 0 ? 'agrees' : 'differs');
    let verdict;
    if (state === 'missing') verdict = c.notEntered;
    else if (state === 'agrees') verdict = c.agrees;
    else verdict = `${c.differs}${c.sep}${row.diff > 0 ? c.more(formatFen(row.diff)) : c.less(formatFen(-row.diff))}`;
    body.append(el('tr', { 'data-code': row.code, 'data-state': state, 'data-diff-fen': row.diff ?? '' },
      el('th', { scope: 'row' },
        el('span', { class: 'slip-name', text: t.slip.names[row.code] }),
        el('code', { class: 'slip-code', lang: 'en', text: row.code })),
      // data-label: on a phone the columns stack, and each cell says which column it was.
      el('td', { class: 'num', 'data-label': c.estimate, text: formatFen(row.estimate) }),
      el('td', { class: 'num', 'data-label': c.yours, text: row.yours === null ? '—' : formatFen(row.yours) }),
      el('td', { class: `slip-verdict slip-${state}`, 'data-label': c.verdict },
        el('span', { class: 'slip-mark', 'aria-hidden': 'true', text: state === 'agrees' ? '✓' : (state === 'differs' ? '≠' : '') }),
        el('span', { class: 'slip-verdict-text', text: verdict }))));
    if (state === 'differs') {
      reasons.push(el('div', { class: 'slip-reasons', 'data-code': row.code },
        el('p', { class: 'label', text: c.reasonsTitle(t.slip.names[row.code]) }),
        el('ul', {}, t.slip.reasons[row.code].map((text) => el('li', { text })))));
    }
  }
  const differing = rows.filter((r) => r.diff !== null && r.diff !== 0).length;
  return el('section', { class: 'result-section', id: 'slip-comparison', 'aria-labelledby': 'slip-comparison-title', 'data-differs': differing },
    el('h2', { id: 'slip-comparison-title', tabindex: '-1', text: c.resultTitle }),
    el('p', { class: 'panel-title', id: 'slip-summary', role: 'status', text: differing ? c.someDiffer(differing) : c.allAgree }),
    el('table', { class: 'who-pays slip-table', id: 'slip-compare-table' },
      el('caption', { text: c.caption }),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col', text: t.slip.field }), el('th', { scope: 'col', class: 'num', text: c.estimate }),
        el('th', { scope: 'col', class: 'num', text: c.yours }), el('th', { scope: 'col', text: c.verdict }))),
      body),
    ...reasons);
}

/**
 * The compare screen.
 * @param {object} r     the estimate's result (its `slip`)
 * @param {object} t     ESTIMATE_TEXT[lang]
 * @param {object} answers  where the typed figures are kept as typed
 * @param {{errors?: object, submitted?: boolean}} view  errors by code after a submit
 * @param {() => void} rerender  draws the screen again after a submit
 */
export function renderSlipCompare(r, t, answers, view, rerender) {
  const c = t.slip.compare;
  const codes = slipCodes(r.slip);
  const typed = Object.fromEntries(codes.map((code) => [code, answers.get(slipKey(code)) ?? '']));
  const ids = Object.fromEntries(codes.map((code) => [code, `slip-${code}`]));
  const errors = view.errors ?? {};
  const form = el('form', { class: 'question-form slip-form', novalidate: true, id: 'slip-form' });
  for (const code of codes) {
    const box = textField({
      id: ids[code],
      label: t.slip.names[code],
      value: typed[code],
      inputmode: 'decimal',
      errors: errors[code] ? [t.errors[errors[code]]] : [],
      errorPrefix: t.errorPrefix,
      onInput: (v) => answers.set(slipKey(code), v),
    });
    // The interface code beside the name, small, as on the result's table.
    box.querySelector('label').append(' ', el('code', { class: 'slip-code', lang: 'en', text: code }));
    form.append(box);
  }
  form.append(el('div', { class: 'button-row' },
    el('button', { type: 'submit', class: 'button', id: 'slip-submit', text: c.submit })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const now = Object.fromEntries(codes.map((code) => [code, answers.get(slipKey(code)) ?? '']));
    view.errors = readTyped(codes, now).errors;
    view.submitted = true;
    rerender();
  });
  const read = readTyped(codes, typed);
  // Restored figures are compared at once on reload; after a submit only when all read cleanly,
  // so a typo is fixed next to its box before any verdict is shown.
  const anyEntered = Object.keys(read.entered).length > 0;
  const show = anyEntered && Object.keys(read.errors).length === 0 && (view.submitted || !view.errors);
  const all = Object.entries(errors).map(([code, err]) => ({ text: `${t.slip.names[code]}${c.sep}${t.errors[err]}`, href: `#${ids[code]}`, focus: ids[code] }));
  const summary = all.length ? errorSummary(t.errorSummaryTitle, all) : null;
  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: '#/result', text: c.back }),
    summary,
    el('h1', { class: 'question', tabindex: '-1', text: c.title }),
    el('p', { text: c.intro }),
    el('p', { class: 'notice', text: t.notOfficial }),
    form,
    show ? comparison(compareSlip(r.slip, read.entered), t) : null);
  return { node, focus: summary ?? (show && view.submitted ? node.querySelector('#slip-comparison h2') : node.querySelector('h1')) };
}
