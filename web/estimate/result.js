// The result screen: one sentence, the stacked bar with the same figures as a table, the policy
// used (its confidence and source; "unconfirmed" said plainly), the warnings, every step of the
// core's explanation with its amount and source, and the "what if" comparison (whatif.js).
// Every amount is the core's integer fen, formatted by string arithmetic (money.js).
import { formatDate } from '../shell/i18n.js';
import { el } from '../components/dom/dom.js';
import { stackedBar } from './bar.js';
import { formatFen, formatShare } from '../components/money/money.js';
import { confidenceLine, policySummary, sourceLine } from './policy-info.js';

export const PARTS = ['class_c_fen', 'class_b_self_fen', 'filing_self_first_fen', 'deductible_fen', 'coinsurance_fen', 'over_cap_fen', 'over_ceiling_fen'];
const RANK = { low: 0, medium: 1, high: 2 };

function section(id, title, ...content) {
  return el('section', { class: 'result-section', id: `result-${id}`, 'aria-labelledby': `result-${id}-title` },
    el('h2', { id: `result-${id}-title`, text: title }), ...content);
}

// The bar's segments: with a critical-illness payment the person's parts (which it partly
// pays) cannot be drawn to the fen, so the person is one segment and the table lists the parts.
function segments(r, t) {
  const p = t.result.parts;
  const list = [{ part: 'fund', fen: r.fund_pays_fen, label: p.fund }];
  if (r.critical_illness_pays_fen > 0) {
    list.push({ part: 'critical', fen: r.critical_illness_pays_fen, label: p.critical },
      { part: 'person', fen: r.person_pays_fen, label: p.person });
  } else {
    for (const key of PARTS) list.push({ part: key, fen: r.breakdown[key], label: p[key] });
  }
  return list;
}

function payers(t) {
  const s = t.result.short;
  return [
    { payer: 'fund', parts: ['fund'], label: s.fund },
    { payer: 'critical', parts: ['critical'], label: s.critical },
    { payer: 'person', parts: ['person', ...PARTS], label: s.person },
  ];
}

function row(part, label, fen, total, { sub = false, swatch = true } = {}) {
  return el('tr', { 'data-part': part, 'data-fen': fen, class: sub ? 'row-sub' : null },
    el('th', { scope: 'row' }, swatch ? el('span', { class: `swatch seg-${part}`, 'aria-hidden': 'true' }) : null, label),
    el('td', { class: 'num', text: formatFen(fen) }),
    el('td', { class: 'num', text: formatShare(fen, total) }));
}

function whoPaysTable(r, t) {
  const p = t.result.parts;
  const tt = t.result.table;
  const total = r.total_fen;
  const body = el('tbody', {},
    row('total', p.total, total, total, { swatch: false }),
    row('fund', p.fund, r.fund_pays_fen, total));
  if (r.critical_illness_pays_fen > 0) body.append(row('critical', p.critical, r.critical_illness_pays_fen, total));
  body.append(row('person', p.person, r.person_pays_fen, total, { swatch: r.critical_illness_pays_fen > 0 }));
  const parts = PARTS.filter((k) => r.breakdown[k] > 0);
  if (parts.length) {
    body.append(el('tr', { class: 'row-sub' }, el('td', { colspan: '3', class: 'of-which', text: t.result.ofWhich })));
    for (const k of parts) body.append(row(k, p[k], r.breakdown[k], total, { sub: true, swatch: r.critical_illness_pays_fen === 0 }));
  }
  return el('table', { class: 'who-pays', id: 'who-pays' },
    el('caption', { text: tt.caption }),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: tt.item }), el('th', { scope: 'col', class: 'num', text: tt.amount }),
      el('th', { scope: 'col', class: 'num', text: tt.share }))),
    body);
}

/** The lowest confidence of any figure the estimate used (the steps' sources), or null. */
export function lowestConfidence(r) {
  let lowest = r.policy?.version?.confidence ?? null;
  for (const s of r.explanation) {
    const c = s.source?.confidence;
    if (c && (lowest === null || RANK[c] < RANK[lowest])) lowest = c;
  }
  return lowest;
}

function steps(r, t, lang) {
  const pi = t.policyInfo;
  const list = el('ol', { class: 'explanation', id: 'explanation' });
  for (const s of r.explanation) {
    // A step that states a rule has no amount (null): no "0.00 yuan" under it.
    const amount = typeof s.amount_fen === 'number';
    const item = el('li', { 'data-step': s.step, 'data-fen': amount ? s.amount_fen : null },
      el('p', { class: 'step-text', text: s[lang] ?? s['zh-CN'] }),
      amount ? el('p', { class: 'step-amount', text: t.yuan(formatFen(s.amount_fen)) }) : null);
    if (s.source) {
      // One span, so the label and the confidence wrap as one line of text (the summary is a
      // flex row: as two items, large type squeezed "依据 ·" into a column of its own).
      item.append(el('details', { class: 'sources' },
        el('summary', {}, el('span', { class: 'step-source-label' }, `${t.result.stepSource} · `, confidenceLine(s.source.confidence))),
        el('p', {}, sourceLine(s.source, pi, lang)),
        s.source.notes ? el('p', { class: 'hint', text: s.source.notes[lang] ?? s.source.notes['zh-CN'] }) : null));
      if (s.source.confidence === 'low') item.classList.add('step-unconfirmed');
    }
    list.append(item);
  }
  return list;
}

/**
 * @param {object} r  the estimate's result
 * @param {object} t  ESTIMATE_TEXT[lang]
 * @param {{whatIf: HTMLElement, offers: HTMLElement[], figures: string[], slip?: HTMLElement}} extra
 *        the comparison, offers to add a figure (the cap), what the person typed in themselves,
 *        the settlement slip's boxes (slip.js)
 */
export function renderResult(r, t, lang, extra) {
  const tr = t.result;
  const total = r.total_fen;
  const panel = el('div', { class: 'panel', id: 'result-sentence', 'data-fund-fen': r.fund_pays_fen, 'data-person-fen': r.person_pays_fen },
    el('p', { class: 'panel-title', text: tr.sentence(formatFen(r.fund_pays_fen), formatFen(r.person_pays_fen)) }),
    r.critical_illness_pays_fen > 0 ? el('p', { text: tr.critical(formatFen(r.critical_illness_pays_fen)) }) : null,
    el('p', { text: tr.total(formatFen(total)) }));
  const figure = total > 0
    ? el('figure', { class: 'bar-figure', id: 'bar-figure' },
      stackedBar(segments(r, t), payers(t), total, {
        title: tr.barTitle, desc: tr.barDesc, item: tr.barItem, join: tr.barJoin, yuan: t.yuan,
      }))
    : el('p', { class: 'hint', text: tr.noBill });
  const lowest = lowestConfidence(r);
  const policy = policySummary(r.policy, t.policyInfo, lang, lowest);
  policy.id = 'policy-used';
  if (extra.figures.length) {
    policy.append(el('p', { class: 'label', text: t.policyInfo.yourFigures }),
      el('ul', { class: 'your-figures' }, extra.figures.map((f) => el('li', { text: f }))));
  }
  const warnings = r.warnings.length
    ? section('warnings', tr.sections.warnings, el('ul', { class: 'warnings', id: 'warnings' },
      r.warnings.map((w) => el('li', { 'data-code': w.code, text: w.message?.[lang] ?? w.message?.['zh-CN'] ?? w.code }))),
    ...extra.offers)
    : (extra.offers.length ? section('warnings', tr.sections.warnings, ...extra.offers) : null);
  return el('div', { class: 'estimate-result' },
    el('h1', { class: 'question', tabindex: '-1', text: tr.title }),
    panel,
    el('p', { class: 'notice', text: t.notOfficial }),
    warnings,
    section('who', tr.sections.who, figure, whoPaysTable(r, t)),
    extra.slip ?? null,
    section('what-if', tr.sections.whatIf, extra.whatIf),
    section('policy', tr.sections.policy, policy),
    section('steps', tr.sections.steps, steps(r, t, lang)),
    el('p', { class: 'made-on', text: tr.madeOn(formatDate(r.on, lang)) }));
}
