// One question screen: the control for the step's kind, its errors (the error summary at the
// top, the message beside the field), "Back" and "Continue". The page's words come from the
// flow's catalogue (`t.steps[id]` and the shared flow words); what the core says about an answer
// comes from the page's `coreErrors`, so the page adds only "choose one"-type messages itself.
import { dateInput } from '../date-input/date-input.js';
import { el } from '../dom/dom.js';
import { keepValueInBox } from '../fields/fit-to-box.js';
import { errorSummary, fieldError } from '../error-summary/error-summary.js';
import { radioGroup } from '../radios/radios.js';
import { regionField, showRegion } from '../region-picker/core-field.js';

// The screen's question as its heading; for a single field it is also the field's label, as
// GOV.UK does, so the question is read once.
export function questionHeading(title, forId) {
  const h1 = el('h1', { class: 'question', tabindex: '-1' });
  h1.append(forId ? el('label', { for: forId, text: title }) : title);
  return h1;
}

// The element an error about this step points to (the first box of a date, the first radio).
function fieldId(step) {
  switch (step.kind) {
    case 'radio':
    case 'yesno':
      return `${step.id}-0`;
    case 'date':
      return `${step.id}-year`;
    case 'region':
      return `${step.id}-input`;
    default:
      return `f-${step.id}`;
  }
}

function check(ctx, step, picker, page) {
  const { answers, lists } = ctx;
  switch (step.kind) {
    case 'radio':
    case 'yesno':
      return ctx.steps.isAnswered(step, answers, lists) ? [] : [{ page: 'chooseOne' }];
    case 'region':
      if (!picker.value) return [{ page: 'chooseRegion' }];
      return page.coreErrors(ctx, step);
    case 'date':
      if (!ctx.steps.isAnswered(step, answers, lists)) return [{ page: 'dateIncomplete' }];
      return page.coreErrors(ctx, step);
    default:
      return page.coreErrors(ctx, step);
  }
}

// A radio question's options: yes/no in the flow's words, others from the step's own texts
// unless the page names them (policy lists the core gives in both languages).
function options(ctx, step, page) {
  const t = ctx.t();
  const q = t.steps[step.id];
  const values = step.kind === 'yesno' ? ['yes', 'no'] : step.options(ctx.answers, ctx.lists);
  return values.map((value) => {
    if (step.kind === 'yesno') return { value, label: t[value] };
    return page.option?.(ctx, step, value) ?? { value, label: q.options[value].label, hint: q.options[value].hint };
  });
}

function textInput(ctx, step, q, texts, inputId) {
  const hintId = `${step.id}-hint`;
  const errorId = `${step.id}-error`;
  const input = el(step.long ? 'textarea' : 'input', {
    id: inputId,
    // The ID field has no name: a native submission (a script failing before preventDefault)
    // must not put the number into the URL.
    name: step.id === 'id' ? null : step.id,
    type: step.long ? null : (step.type ?? 'text'),
    autocomplete: step.autocomplete,
    inputmode: step.inputmode,
    spellcheck: step.spellcheck === false ? 'false' : null,
    autocapitalize: step.autocapitalize,
    rows: step.long ? '3' : null,
    class: step.wide ? 'input-id' : null,
    'aria-describedby': [q.hint ? hintId : null, texts.length ? errorId : null].filter(Boolean).join(' ') || null,
    'aria-invalid': texts.length ? 'true' : null,
  });
  input.value = ctx.answers.get(step.id) ?? '';
  input.addEventListener('input', () => ctx.answers.set(step.id, input.value));
  if (step.wide) keepValueInBox(input);
  return el('div', { class: `field${texts.length ? ' field-has-error' : ''}` },
    questionHeading(q.title, inputId),
    q.hint ? el('p', { id: hintId, class: 'hint', text: q.hint }) : null,
    texts.length ? fieldError(errorId, ctx.t().errorPrefix, texts) : null,
    input);
}

/**
 * @param {object} ctx  the flow's context (flow.js): answers, steps, lists, ask, t(), lang(),
 *   today(), go(route), href(route), showErrors(errors), messageText(msg)
 * @param {object} step  one of the flow's steps
 * @param {{fromCheck: boolean, errors?: object[]}} view  what belongs to the screen on show
 * @param {object} page  the page's part: coreErrors(ctx, step) (required); title(ctx, step),
 *   hint(ctx, step), option(ctx, step, value), onAnswer(ctx, step, value), lead(ctx, step, view)
 *   (optional)
 * @returns {{node: HTMLElement, focus: HTMLElement | null, picker: object | null}}
 */
export function renderQuestion(ctx, step, view, page) {
  const t = ctx.t();
  const q = t.steps[step.id];
  const { answers, steps } = ctx;
  // A page may ask the person to confirm an unusual answer ({confirm: true}): that is a question,
  // not an error, so it gets its own box and leaves the field unmarked and editable.
  const shown = view.errors ?? [];
  const texts = shown.filter((e) => !e.confirm).map((e) => (e.page ? t[e.page] : ctx.messageText(e.message)));
  const confirms = shown.filter((e) => e.confirm).map((e) => ctx.messageText(e.message));
  const inputId = fieldId(step);
  const form = el('form', { class: 'question-form', novalidate: true });
  const title = page.title?.(ctx, step) ?? q.title;
  const hint = page.hint?.(ctx, step) ?? q.hint;
  let picker = null;

  const lead = page.lead?.(ctx, step, view);
  if (lead) form.append(lead);
  if (step.kind === 'radio' || step.kind === 'yesno') {
    form.append(radioGroup({
      name: step.id,
      legend: title,
      hint,
      options: options(ctx, step, page),
      checked: answers.get(step.id),
      error: texts.length ? texts : null,
      errorPrefix: t.errorPrefix,
      onChange: (value) => {
        answers.set(step.id, value);
        page.onAnswer?.(ctx, step, value);
      },
    }));
  } else if (step.kind === 'date') {
    form.append(dateInput({
      name: step.id,
      legend: title,
      hint,
      labels: t.dateParts,
      value: answers.get(step.id),
      error: texts.length ? texts : null,
      errorPrefix: t.errorPrefix,
      onInput: (parts) => answers.set(step.id, parts),
    }));
  } else if (step.kind === 'region') {
    const field = regionField({
      id: step.id,
      heading: questionHeading(title, inputId),
      hint,
      errors: texts,
      errorPrefix: t.errorPrefix,
      lang: ctx.lang(),
      ask: ctx.ask,
      messageText: ctx.messageText,
      onChange: (region) => answers.set(step.id, region?.code ?? null),
    });
    form.append(field.node);
    picker = field.picker;
    // The flow's own answer first; else what the home page's region section remembered.
    let code = answers.get(step.id);
    if (!code && step.remembered) {
      try {
        code = localStorage.getItem(step.remembered);
      } catch {
        code = null;
      }
    }
    showRegion(picker, ctx.ask, code, { exactOnly: step.exactOnly });
  } else {
    form.append(textInput(ctx, step, q, texts, inputId));
  }

  form.append(el('button', { type: 'submit', class: 'button', text: t.continue }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (picker) answers.set(step.id, picker.value?.code ?? null);
    // An optional text passed over empty still counts as answered.
    if (step.optional && answers.get(step.id) === undefined) answers.set(step.id, '');
    const found = check(ctx, step, picker, page);
    if (found.length) {
      ctx.showErrors(found);
      return;
    }
    let next;
    if (view.fromCheck) {
      const gap = steps.firstUnanswered(answers, ctx.lists, step.id);
      next = gap ? { step: gap.id, fromCheck: true } : { screen: 'check' };
    } else {
      const following = steps.next(answers, step.id);
      next = following ? { step: following.id } : { screen: 'check' };
    }
    ctx.go(next);
  });

  const previous = steps.previous(answers, step.id);
  const back = view.fromCheck ? { screen: 'check' } : previous ? { step: previous.id } : { screen: 'start' };
  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: ctx.href(back), text: t.back }),
    texts.length ? errorSummary(t.errorSummaryTitle, texts.map((text) => ({ text, href: `#${inputId}`, focus: inputId }))) : null,
    !texts.length && confirms.length ? el('div', { class: 'notice confirm-box', role: 'status', tabindex: '-1' },
      el('p', { class: 'confirm-title', text: t.confirmTitle }), ...confirms.map((text) => el('p', { text }))) : null,
    form);
  const focus = node.querySelector('.error-summary') ?? node.querySelector('.confirm-box') ?? node.querySelector('h1');
  return { node, focus, picker };
}
