// A ranged answer (docs/estimate.md, "Ranged answers"): the policy lacks a figure nobody has
// typed, so the core answers with the range of what each payer pays and the figures it assumed.
// Shown in plain words: the range as a sentence, a bar whose uncertain part is hatched, and each
// assumption as a sentence (most important first, as the core orders them) with what the policy
// file itself says about the figure and a box to type the real figure, which narrows the range at
// once. Nothing of the core's maintainers' pointers (`where`) is shown.
import { el } from '../components/dom/dom.js';
import { formatFen } from '../components/money/money.js';
import { textField } from '../components/fields/fields.js';
import { rangeBar } from './bar.js';

/** The version-relative pointer of an assumption's figure ("/inpatient/filing_cuts/unfiled"). */
export function assumptionPointer(a) {
  const m = /^\/policy\/versions\/\d+(\/.+)$/.exec(a.where ?? '') ?? /#\/versions\/\d+(\/[\w/]+)$/.exec(a.where ?? '');
  return m ? m[1] : null;
}

/**
 * What the policy file says about a figure it leaves out: the `notes` of the nearest part of the
 * version holding it, below the setting (a row of terms, the filing cuts), both languages.
 * Shanghai's retirees' row says why its deductible is missing (700 or 1,200 yuan by the year of
 * retirement): that is what lets the person answer. Null when the policy says nothing there.
 */
export function figureNotes(version, pointer) {
  if (!version || !pointer) return null;
  const keys = pointer.split('/').slice(1);
  const nodes = [];
  let node = version;
  for (const key of keys) {
    node = node?.[key];
    if (node === undefined || node === null || typeof node !== 'object') break;
    nodes.push(node);
  }
  // nodes[0] is the setting block: its notes are about the whole setting, not this figure.
  for (let i = nodes.length - 1; i >= 1; i -= 1) {
    if (nodes[i].notes) return nodes[i].notes;
  }
  return null;
}

/** figureNotes in one language, or null. */
export function figureNote(version, pointer, lang) {
  const notes = figureNotes(version, pointer);
  return notes ? notes[lang] ?? notes['zh-CN'] ?? null : null;
}

// A row's note may be about another figure of the row (Shanghai's retirees' note is about the
// deductible, not the class-B share): it goes with the assumptions it names. `namedBy` (text.json
// noteNames, in Chinese, the language every policy note is written in first) gives the words.
/**
 * The notes to show with a ranged answer's assumptions: {byFigure: {figure: text}, general: [text]}.
 * @param {(a) => object|null} notesOf  an assumption's notes, both languages
 */
export function assumptionNotes(assumptions, notesOf, lang, namedBy) {
  const byFigure = {};
  const general = [];
  const placed = new Set();
  for (const a of assumptions) {
    const notes = notesOf(a);
    if (!notes) continue;
    const zh = notes['zh-CN'] ?? '';
    if ((namedBy[a.figure] ?? []).some((word) => zh.includes(word))) {
      byFigure[a.figure] = notes[lang] ?? zh;
      placed.add(zh);
    }
  }
  // A note naming no figure at all is shown once above them; one naming only figures the person
  // has typed already (the deductible, once known) is not about what is still assumed.
  const namesAny = (zh) => Object.values(namedBy).flat().some((word) => zh.includes(word));
  for (const a of assumptions) {
    const notes = notesOf(a);
    const zh = notes?.['zh-CN'];
    if (zh && !placed.has(zh) && !namesAny(zh)) {
      general.push(notes[lang] ?? zh);
      placed.add(zh);
    }
  }
  return { byFigure, general };
}

/** A value in the figure's unit (fen, basis points), as a person reads it. */
export function valueText(figure, value, t) {
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

/** The bar of the range, with a key for its hatched part. `id` must be unique on the screen. */
export function rangeFigure(r, t, id) {
  const rt = t.range;
  const s = t.result.short;
  const unknown = r.total_fen - r.range.fund_pays_fen.min - r.range.critical_illness_pays_fen.min - r.range.person_pays_fen.min;
  return el('figure', { class: 'bar-figure', id: `${id}-figure` },
    rangeBar(r.range, r.total_fen, {
      title: t.result.barTitle, desc: rt.barDesc, fund: s.fund, critical: s.critical, person: s.person, yuan: t.yuan,
    }, id),
    unknown > 0 ? el('p', { class: 'range-key hint' },
      el('span', { class: 'swatch swatch-uncertain', 'aria-hidden': 'true' }), rt.hatched(formatFen(unknown))) : null);
}

/**
 * The assumptions, most important first, each with the policy's own note on the figure and a
 * box to type the figure from the notice.
 * @param {object} r  the ranged result
 * @param {object} t  ESTIMATE_TEXT[lang]
 * @param {{notes: {byFigure, general}, typed(figure): string|undefined, errors(figure): string[],
 *          narrow(figure: string, text: string): void}} o  notes: assumptionNotes()
 */
export function assumptionList(r, t, o) {
  const rt = t.range;
  return el('div', { class: 'range-assumptions', id: 'range-assumptions' },
    el('h2', { text: rt.whyTitle }),
    el('p', { text: rt.why }),
    ...o.notes.general.map((note) => el('p', { class: 'assumption-note notice' }, el('strong', { text: rt.noteLead }), note)),
    el('ul', {}, r.assumptions.map((a) => {
      const note = o.notes.byFigure[a.figure];
      const id = `known-${a.figure}`;
      let typed = o.typed(a.figure) ?? '';
      const form = el('form', { class: 'known-form', novalidate: true, 'data-figure': a.figure },
        textField({
          id, label: rt.enter[a.figure] ?? rt.enter.other, hint: rt.enterHint, value: typed, inputmode: 'decimal',
          errors: o.errors(a.figure), errorPrefix: t.errorPrefix, onInput: (v) => { typed = v; },
        }),
        el('button', { type: 'submit', class: 'button-secondary', id: `${id}-use`, text: rt.use }));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        o.narrow(a.figure, typed);
      });
      return el('li', { 'data-figure-id': a.figure },
        el('p', { class: 'assumption-text', text: assumptionText(a, t) }),
        note ? el('p', { class: 'assumption-note' }, el('strong', { text: rt.noteLead }), note) : null,
        form);
    })));
}
