// One question screen: the control for the step's kind, its errors (GOV.UK error summary at the
// top, the message next to the field), and what "Continue" does. Errors for fields the core
// checks are the core's own (filing.validate), in the page language; the page adds only
// "choose one"-type messages for questions the core does not see as fields.
import { RegionPicker } from '../components/region-picker/region-picker.js';
import { dateInput } from '../components/date-input/date-input.js';
import { el } from '../components/dom/dom.js';
import { errorSummary, fieldError } from '../components/error-summary/error-summary.js';
import { questionHeading } from '../components/question-flow/heading.js';
import { radioGroup } from '../components/radios/radios.js';
import { applicationRequest } from '../components/saved-case/filing-requests.js';
import { isoDate } from '../components/date-input/iso-date.js';
import { applicationPathStep, firstUnanswered, isAnswered, nextStep, previousStep } from './steps.js';

const SEARCH_LIMIT = 10;

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

// The core's errors for this step's field: the whole application is sent, and only the errors
// at this step's path are kept (the others belong to questions not reached yet).
function coreErrors(ctx, step) {
  const request = applicationRequest(ctx.answers, null, ctx.today());
  if (step.id === 'since') request.start_date = isoDate(ctx.answers.get('since')) ?? '';
  const response = ctx.ask('filing.validate', request);
  if (response.ok) return [];
  return response.errors.filter((e) => {
    if (e.path === '') return true; // the core did not answer at all
    if (step.id === 'since') return e.path === '/start_date' && String(e.code).startsWith('date.');
    return applicationPathStep(e.path) === step.id;
  }).map((e) => ({ message: e.message, code: e.code }));
}

function check(ctx, step, picker) {
  const { answers } = ctx;
  switch (step.kind) {
    case 'radio':
    case 'yesno':
      return isAnswered(step, answers) ? [] : [{ page: 'chooseOne' }];
    case 'region':
      if (!picker.value) return [{ page: 'chooseRegion' }];
      return coreErrors(ctx, step);
    case 'date':
      if (!isAnswered(step, answers)) return [{ page: 'dateIncomplete' }];
      return coreErrors(ctx, step);
    default:
      return coreErrors(ctx, step);
  }
}

/**
 * @param {object} ctx  { answers, ask, t(), lang(), today(), go(route, opts), messageText(msg) }
 * @param {object} step  from STEPS
 * @param {{fromCheck: boolean, errors: object[] | null}} view
 * @returns {{node: HTMLElement, focus: HTMLElement | null, dispose?: () => void}}
 */
export function renderQuestion(ctx, step, view) {
  const t = ctx.t();
  const q = t.steps[step.id];
  const { answers } = ctx;
  const errors = view.errors ?? [];
  const texts = errors.map((e) => (e.page ? t[e.page] : ctx.messageText(e.message)));
  const inputId = fieldId(step);
  const form = el('form', { class: 'question-form', novalidate: true });
  let picker = null;

  if (step.kind === 'radio' || step.kind === 'yesno') {
    const values = step.kind === 'yesno' ? ['yes', 'no'] : step.options(answers);
    form.append(radioGroup({
      name: step.id,
      legend: q.title,
      hint: q.hint,
      options: values.map((value) => (step.kind === 'yesno'
        ? { value, label: t[value] }
        : { value, label: q.options[value].label, hint: q.options[value].hint })),
      checked: answers.get(step.id),
      error: texts.length ? texts : null,
      errorPrefix: t.errorPrefix,
      onChange: (value) => answers.set(step.id, value),
    }));
  } else if (step.kind === 'date') {
    form.append(dateInput({
      name: step.id,
      legend: q.title,
      hint: q.hint,
      labels: t.dateParts,
      value: answers.get(step.id),
      error: texts.length ? texts : null,
      errorPrefix: t.errorPrefix,
      onInput: (parts) => answers.set(step.id, parts),
    }));
  } else if (step.kind === 'region') {
    const described = [`${step.id}-hint`, texts.length ? `${step.id}-error` : null].filter(Boolean).join(' ');
    const input = el('input', {
      id: inputId, type: 'text', autocomplete: 'off', autocorrect: 'off', spellcheck: 'false',
      'aria-describedby': described, 'aria-invalid': texts.length ? 'true' : null,
    });
    const clear = el('button', { type: 'button', class: 'picker-clear', text: ctx.rootText().clear });
    const status = el('p', { id: `${step.id}-status`, class: 'picker-status', role: 'status' });
    const listbox = el('ul', { id: `${step.id}-listbox`, class: 'picker-list' });
    form.append(el('div', { class: `field picker${texts.length ? ' field-has-error' : ''}` },
      questionHeading(q.title, inputId),
      el('p', { id: `${step.id}-hint`, class: 'hint', text: q.hint }),
      texts.length ? fieldError(`${step.id}-error`, t.errorPrefix, texts) : null,
      el('div', { class: 'picker-row' }, input, clear), status, listbox));
    const root = ctx.rootText();
    picker = new RegionPicker({
      input, listbox, status, clear,
      texts: {
        results: root.regionResults,
        noResults: root.regionNoResults,
        chosen: root.regionChosen,
        refused: (errs) => errs.map((e) => ctx.messageText(e.message)).join(' '),
        failed: root.regionFailed,
      },
      search: (query) => {
        const response = ctx.ask('region.search', { query, limit: SEARCH_LIMIT });
        if (response.ok) return { hits: response.result.hits, limit: SEARCH_LIMIT };
        const refusals = (response.errors ?? []).filter((e) => e.path === '/query' && e.message);
        return refusals.length ? { refused: refusals } : null;
      },
      onChange: (region) => answers.set(step.id, region?.code ?? null),
    });
    // This flow's own answer first; else what the page's region section remembered.
    let code = answers.get(step.id);
    if (!code && step.remembered) {
      try {
        code = localStorage.getItem(step.remembered);
      } catch {
        code = null;
      }
    }
    if (/^\d{6}$/.test(code ?? '')) {
      const response = ctx.ask('region.get', { code });
      if (response.ok && response.result.exact !== false) picker.setValue(response.result);
    }
  } else {
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
    input.value = answers.get(step.id) ?? '';
    input.addEventListener('input', () => answers.set(step.id, input.value));
    form.append(el('div', { class: `field${texts.length ? ' field-has-error' : ''}` },
      questionHeading(q.title, inputId),
      q.hint ? el('p', { id: hintId, class: 'hint', text: q.hint }) : null,
      texts.length ? fieldError(errorId, t.errorPrefix, texts) : null,
      input));
  }

  form.append(el('button', { type: 'submit', class: 'button', text: t.continue }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (step.kind === 'region') answers.set(step.id, picker.value?.code ?? null);
    // An optional text passed over empty still counts as answered.
    if (step.optional && answers.get(step.id) === undefined) answers.set(step.id, '');
    const found = check(ctx, step, picker);
    if (found.length) {
      ctx.showErrors(found);
      return;
    }
    let next;
    if (view.fromCheck) {
      const gap = firstUnanswered(answers, step.id);
      next = gap ? { step: gap.id, fromCheck: true } : { screen: 'check' };
    } else {
      const following = nextStep(answers, step.id);
      next = following ? { step: following.id } : { screen: 'check' };
    }
    ctx.go(next);
  });

  const previous = previousStep(answers, step.id);
  const back = view.fromCheck ? { screen: 'check' } : previous ? { step: previous.id } : { screen: 'start' };
  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: ctx.href(back), text: t.back }),
    texts.length ? errorSummary(t.errorSummaryTitle, texts.map((text) => ({ text, href: `#${inputId}`, focus: inputId }))) : null,
    form);
  const focus = texts.length ? node.querySelector('.error-summary') : node.querySelector('h1');
  return { node, focus, picker };
}
