// "What if": the same bill through the core again with one thing changed (filed or not, another
// hospital level), side by side with the person's own case, and the difference in what the
// person pays. A variant the policy cannot answer (a cut it does not state) says so in the
// core's words and offers to take the figure from the person's notice.
import { el } from '../components/dom/dom.js';
import { formatFen } from '../components/money/money.js';
import { figureKind, missingPointer, plainMessage } from './policy.js';
import { LEVELS } from './request.js';
import { assumptionPointer, assumptionText, rangeFigure } from './range.js';

const AWAY = new Set(['in_province', 'cross_province']);

/** The variants to run for this case: [{id, changes, label}]. */
export function variants(answers, relation, t) {
  const w = t.result.whatIf;
  const list = [];
  if (AWAY.has(relation)) {
    list.push(answers.get('category') === 'none'
      ? { id: 'filed', changes: { category: 'other_temporary' }, label: w.filed }
      : { id: 'unfiled', changes: { category: 'none' }, label: w.unfiled });
  }
  for (const level of LEVELS) {
    if (level !== String(answers.get('level'))) {
      list.push({ id: `level-${level}`, changes: { level }, label: w.level(t.form.level.options[level].label) });
    }
  }
  return list;
}

function amounts(r, w, t) {
  if (r.range) return rangeAmounts(r, t);
  return el('dl', { class: 'whatif-figures' },
    el('dt', { text: w.fund }), el('dd', { class: 'whatif-fund', 'data-fen': r.fund_pays_fen, text: t.yuan(formatFen(r.fund_pays_fen)) }),
    el('dt', { text: w.person }), el('dd', { class: 'whatif-person', 'data-fen': r.person_pays_fen, text: t.yuan(formatFen(r.person_pays_fen)) }));
}

// A ranged answer's figures in a card: the person's range as the card's one line.
function rangeAmounts(r, t) {
  const person = r.range.person_pays_fen;
  return el('p', { class: 'whatif-range', 'data-min-fen': person.min, 'data-max-fen': person.max, text: t.range.person(formatFen(person.min), formatFen(person.max)) });
}

// "The same" is said with its reason when the level made no difference because the terms used
// do not split by level (the core used the "any" row in both): the person's own figures (one
// ratio for every level), or a policy that sets one for all levels.
function sameText(base, r, run, w, ownFigures) {
  const oneRow = run.id.startsWith('level-') && base.policy?.terms?.level === 'any' && r.policy?.terms?.level === 'any';
  if (!oneRow) return w.same;
  return ownFigures ? w.sameOwnLevels : w.samePolicyLevels;
}

/**
 * @param {object} base  the person's own result
 * @param {{id, label, response}[]} runs  each variant with the core's answer
 * @param {(pointer: string) => void} askFigure  opens the question for a missing figure
 * @param {{ownFigures?: boolean}} options  whether the policy is the one the person typed in
 */
export function renderWhatIf(base, runs, notes, t, lang, askFigure, { ownFigures = false } = {}) {
  const w = t.result.whatIf;
  const grid = el('div', { class: 'whatif-grid' },
    el('article', { class: 'whatif-card whatif-yours', 'data-scenario': 'yours' },
      el('h3', { text: w.yours }), amounts(base, w, t)));
  for (const run of runs) {
    const card = el('article', { class: 'whatif-card', 'data-scenario': run.id }, el('h3', { text: run.label }));
    if (run.response.ok && run.response.result.range) {
      // A variant the policy does not fully state: its range, and the figures it assumed.
      const r = run.response.result;
      card.dataset.ranged = 'true';
      card.append(rangeAmounts(r, t));
      if (r.total_fen > 0) card.append(rangeFigure(r, t, `whatif-${run.id}-bar`));
      for (const a of r.assumptions) {
        const text = assumptionText(a, t);
        card.append(el('p', { class: 'whatif-assumed', text }));
        const pointer = assumptionPointer(a);
        if (pointer && figureKind(pointer)) {
          card.append(el('button', { type: 'button', class: 'button-secondary', 'data-figure': pointer, text: t.figure.enter, onclick: () => askFigure(pointer, text) }));
        }
      }
    } else if (run.response.ok && base.range) {
      // Against a range there is no one difference to state: the variant's own figures.
      card.append(amounts(run.response.result, w, t));
    } else if (run.response.ok) {
      const r = run.response.result;
      const diff = r.person_pays_fen - base.person_pays_fen;
      card.dataset.diffFen = String(diff);
      card.append(amounts(r, w, t),
        el('p', { class: `whatif-diff${diff > 0 ? ' more' : ''}`, text: diff > 0 ? w.more(formatFen(diff)) : diff < 0 ? w.less(formatFen(-diff)) : sameText(base, r, run, w, ownFigures) }));
    } else {
      card.dataset.failed = 'true';
      for (const e of run.response.errors ?? []) {
        card.append(el('p', { class: 'whatif-failed' }, w.failed, plainMessage(e.message?.[lang] ?? e.message?.['zh-CN'] ?? e.code)));
        const pointer = e.code === 'estimate.unknown_terms' ? missingPointer(e) : null;
        if (pointer && figureKind(pointer)) {
          card.append(el('button', { type: 'button', class: 'button-secondary', 'data-figure': pointer, text: t.figure.enter, onclick: () => askFigure(pointer) }));
        }
      }
    }
    grid.append(card);
  }
  return el('div', { class: 'whatif', id: 'whatif' },
    el('p', { text: w.intro }), ...notes.map((n) => el('p', { class: 'hint', text: n })), grid);
}
