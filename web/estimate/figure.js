// The question for a figure the policy lacks (the core's estimate.unknown_terms, or the annual
// cap it warns about): one question on its own screen, GOV.UK style, in plain words, with what
// the policy file says about the figure where it says something. The answer is kept with the
// policy it completes.
import { el } from '../components/dom/dom.js';
import { errorSummary } from '../components/error-summary/error-summary.js';
import { figureFields, figureKind, readFigure } from './policy.js';
import { textField } from '../components/fields/fields.js';

function question(kind, t, pointer, category) {
  const f = t.figure;
  if (kind === 'cut') return f.cut.question(t.form.category.options[category]?.label ?? category);
  return f[kind].question;
}

function labelFor(kind, field, t) {
  const f = t.figure;
  if (kind === 'terms') return f.terms[field];
  return f[kind].label;
}

/**
 * @param {object} ctx   { t(), answers, figureNote(pointer), saveFigure(pointer, kind, typed) → errors[] | null, back() }
 * @param {{figure: {pointer, message}, typed?, errors?}} view  the figure asked for, what is typed so far
 */
export function renderFigure(ctx, view) {
  const t = ctx.t();
  const { kind, category } = figureKind(view.figure.pointer);
  const fields = figureFields(kind);
  const typed = view.typed ?? (ctx.savedFigure(view.figure.pointer)?.typed ?? {});
  view.typed = typed;
  const errors = view.errors ?? {};
  const ids = Object.fromEntries(fields.map((f) => [f.name, `figure-${f.name}`]));
  const title = question(kind, t, view.figure.pointer, category);
  // What the policy file says about the figure it leaves out, so the person can answer.
  const note = ctx.figureNote(view.figure.pointer);
  const form = el('form', { class: 'question-form', novalidate: true, id: 'figure-form', 'data-kind': kind, 'data-pointer': view.figure.pointer });
  for (const field of fields) {
    const box = textField({
      id: ids[field.name],
      label: labelFor(kind, field.name, t),
      hint: kind === 'cut' ? t.figure.cut.hint : null,
      value: typed[field.name],
      inputmode: 'decimal',
      errors: errors[field.name] ?? [],
      errorPrefix: t.errorPrefix,
      onInput: (v) => { typed[field.name] = v; },
    });
    form.append(box);
  }
  form.append(el('div', { class: 'button-row' },
    el('button', { type: 'submit', class: 'button', id: 'figure-submit', text: t.figure.continue }),
    el('a', { href: '#/', class: 'cancel-link', text: t.figure.cancel, onclick: (event) => {
      event.preventDefault();
      ctx.back();
    } })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const read = readFigure(kind, typed);
    if (read.errors) {
      ctx.showFigureErrors(Object.fromEntries(Object.entries(read.errors).map(([k, code]) => [k, [t.errors[code]]])));
      return;
    }
    ctx.saveFigure(view.figure.pointer, kind, { ...typed });
  });
  const all = Object.entries(errors).flatMap(([name, texts]) => texts.map((text) => ({ text, href: `#${ids[name]}`, focus: ids[name] })));
  const summary = all.length ? errorSummary(t.errorSummaryTitle, all) : null;
  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: '#/', text: t.back, onclick: (event) => {
      event.preventDefault();
      ctx.back();
    } }),
    summary,
    el('p', { class: 'label figure-kicker', text: t.figure.title }),
    el('h1', { class: 'question', tabindex: '-1', text: title }),
    // Said once, in the page's words: the core's own message says the same again and names the
    // figure the question above already asks for.
    el('p', { class: 'figure-why', text: t.figure.why }),
    note ? el('p', { class: 'notice figure-note', id: 'figure-note' }, el('strong', { text: t.range.noteLead }), note) : null,
    el('p', { class: 'hint', text: t.figure.whereToAsk }),
    form);
  return { node, focus: summary ?? node.querySelector('h1') };
}
