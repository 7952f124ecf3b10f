// A ranged answer (docs/estimate.md, "Ranged answers"): the policy lacks a figure nobody has
// typed, so the core answers with the range of what each payer pays and the figures it assumed.
// Here only in plain words: the range as a sentence, and each assumption as a sentence with a way
// to type the real figure. Nothing of the core's maintainers' pointers (`where`) is shown.
import { el } from '../components/dom/dom.js';
import { formatFen } from '../components/money/money.js';
import { figureKind } from './policy.js';

/** The version-relative pointer of an assumption's figure ("/inpatient/filing_cuts/unfiled"). */
export function assumptionPointer(a) {
  const m = /^\/policy\/versions\/\d+(\/.+)$/.exec(a.where ?? '') ?? /#\/versions\/\d+(\/[\w/]+)$/.exec(a.where ?? '');
  return m ? m[1] : null;
}

// A value in the figure's unit, as a person reads it.
function valueText(figure, value, t) {
  if (figure === 'deductible' || figure === 'annual_cap') return t.yuan(formatFen(value));
  const n = String(value / 100);
  return figure === 'filing_cut' ? t.range.points(n) : `${n}%`;
}

/** One assumption as a sentence: what is not known, the range used and why. */
export function assumptionText(a, t) {
  const rt = t.range;
  const basis = a.basis === 'places_we_know' ? rt.basis.places_we_know(a.places) : rt.basis[a.basis];
  return rt.assumed(rt.figures[a.figure] ?? a.figure, valueText(a.figure, a.low, t), valueText(a.figure, a.high, t), basis);
}

/** "Between X and Y yuan" for the person, and the fund's range. */
export function rangeLines(r, t) {
  const range = r.range;
  const person = range.person_pays_fen;
  const fund = range.fund_pays_fen;
  const ci = range.critical_illness_pays_fen;
  return [
    el('p', { class: 'panel-title', id: 'range-person', 'data-min-fen': person.min, 'data-max-fen': person.max, text: t.range.person(formatFen(person.min), formatFen(person.max)) }),
    el('p', { id: 'range-fund', 'data-min-fen': fund.min, 'data-max-fen': fund.max, text: t.range.fund(formatFen(fund.min), formatFen(fund.max)) }),
    ci.max > 0 ? el('p', { text: t.range.critical(formatFen(ci.min), formatFen(ci.max)) }) : null,
  ];
}

/**
 * The assumptions, most important first, each with "type the figure" where the page has a
 * question for it.
 * @param {(pointer: string, message: string) => void} askFigure
 */
export function assumptionList(r, t, askFigure) {
  return el('div', { class: 'range-assumptions', id: 'range-assumptions' },
    el('p', { text: t.range.why }),
    el('ul', {}, r.assumptions.map((a) => {
      const text = assumptionText(a, t);
      const pointer = assumptionPointer(a);
      return el('li', { 'data-figure-id': a.figure },
        el('p', { text }),
        pointer && figureKind(pointer)
          ? el('button', { type: 'button', class: 'button-secondary', 'data-figure': pointer, text: t.figure.enter, onclick: () => askFigure(pointer, text) })
          : null);
    })));
}
