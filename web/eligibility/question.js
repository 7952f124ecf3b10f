// One question screen of the eligibility step, built from the filing flow's GOV.UK-style parts
// (../filing/dom.js): the error summary at the top, the message at the field, and "Continue".
// Date and region problems are the core's own words (eligibility.check, errors at this
// question's path); the page adds only "choose one"-type messages.
import { RegionPicker } from '../components/region-picker/region-picker.js';
import { dateInput } from '../components/date-input/date-input.js';
import { el } from '../components/dom/dom.js';
import { errorSummary, fieldError } from '../components/error-summary/error-summary.js';
import { questionHeading } from '../components/question-flow/heading.js';
import { radioGroup } from '../components/radios/radios.js';
import { renderInstitutionSearch } from './institution-search.js';
import { eligibilityRequest } from '../components/saved-case/eligibility-request.js';
import { firstUnanswered, isAnswered, nextStep, pathStep, previousStep, setting } from './steps.js';

const SEARCH_LIMIT = 10;

function fieldId(step) {
  if (step.kind === 'date') return `${step.id}-year`;
  if (step.kind === 'region') return `${step.id}-input`;
  return `${step.id}-0`;
}

function coreErrors(ctx, step) {
  const response = ctx.ask('eligibility.check', eligibilityRequest(ctx.answers, ctx.today()));
  if (response.ok) return [];
  return response.errors
    .filter((e) => e.path === '' || (pathStep(e.path) === step.id && e.code !== 'request.missing_field'))
    .map((e) => ({ message: e.message }));
}

function check(ctx, step, picker) {
  const { answers, lists } = ctx;
  if (step.kind === 'region') {
    if (!picker.value) return [{ page: 'chooseRegion' }];
    return coreErrors(ctx, step);
  }
  if (step.kind === 'date') {
    if (!isAnswered(step, answers, lists)) return [{ page: 'dateIncomplete' }];
    return coreErrors(ctx, step);
  }
  return isAnswered(step, answers, lists) ? [] : [{ page: 'chooseOne' }];
}

// Labels of a radio question: the page's words, or the core's names for policy lists.
function options(ctx, step) {
  const t = ctx.t();
  const q = t.steps[step.id];
  const lang = ctx.lang();
  const values = step.kind === 'yesno' ? ['yes', 'no'] : step.options(ctx.answers, ctx.lists);
  return values.map((value) => {
    if (step.kind === 'yesno') return { value, label: t[value] };
    if (step.id === 'disease') {
      const d = ctx.lists.diseases.find((x) => x.id === value);
      if (!d) return { value, label: q.other.label };
      return { value, label: d.unconfirmed ? q.marked(d.name[lang]) : d.name[lang] };
    }
    if (step.id === 'category') {
      const c = ctx.lists.categories.find((x) => x.id === value);
      return { value, label: c.name[lang] };
    }
    return { value, label: q.options[value].label, hint: q.options[value].hint };
  });
}

function title(ctx, step) {
  const q = ctx.t().steps[step.id];
  if (step.id === 'designated') return q.title(ctx.answers.get('visit') === 'pharmacy');
  if (step.id === 'networked') return q.title(setting(ctx.answers));
  return q.title;
}

function regionField(ctx, step, texts, form) {
  const t = ctx.t();
  const q = t.steps[step.id];
  const inputId = fieldId(step);
  const described = [`${step.id}-hint`, texts.length ? `${step.id}-error` : null].filter(Boolean).join(' ');
  const input = el('input', {
    id: inputId, type: 'text', autocomplete: 'off', autocorrect: 'off', spellcheck: 'false',
    'aria-describedby': described, 'aria-invalid': texts.length ? 'true' : null,
  });
  const clear = el('button', { type: 'button', class: 'picker-clear', text: t.region.clear });
  const status = el('p', { id: `${step.id}-status`, class: 'picker-status', role: 'status' });
  const listbox = el('ul', { id: `${step.id}-listbox`, class: 'picker-list' });
  form.append(el('div', { class: `field picker${texts.length ? ' field-has-error' : ''}` },
    questionHeading(q.title, inputId),
    el('p', { id: `${step.id}-hint`, class: 'hint', text: q.hint }),
    texts.length ? fieldError(`${step.id}-error`, t.errorPrefix, texts) : null,
    el('div', { class: 'picker-row' }, input, clear), status, listbox));
  const picker = new RegionPicker({
    input, listbox, status, clear,
    texts: {
      results: t.region.results,
      noResults: t.region.noResults,
      chosen: t.region.chosen,
      refused: (errs) => errs.map((e) => ctx.messageText(e.message)).join(' '),
      failed: t.region.failed,
    },
    search: (query) => {
      const response = ctx.ask('region.search', { query, limit: SEARCH_LIMIT });
      if (response.ok) return { hits: response.result.hits, limit: SEARCH_LIMIT };
      const refusals = (response.errors ?? []).filter((e) => e.path === '/query' && e.message);
      return refusals.length ? { refused: refusals } : null;
    },
    onChange: (region) => ctx.answers.set(step.id, region?.code ?? null),
  });
  const code = ctx.answers.get(step.id);
  if (/^\d{6}$/.test(code ?? '')) {
    const response = ctx.ask('region.get', { code });
    if (response.ok) picker.setValue(response.result);
  }
  return picker;
}

/**
 * @param {object} ctx  { answers, lists, ask, t(), lang(), today(), go(route), href(route), showErrors(errors), messageText(msg) }
 * @returns {{node: HTMLElement, focus: HTMLElement | null}}
 */
export function renderQuestion(ctx, step, view) {
  const t = ctx.t();
  const q = t.steps[step.id];
  const { answers } = ctx;
  const texts = (view.errors ?? []).map((e) => (e.page ? t[e.page] : ctx.messageText(e.message)));
  const inputId = fieldId(step);
  const form = el('form', { class: 'question-form', novalidate: true });
  let picker = null;

  if (step.id === 'designated') {
    // With the portal's list, a search first; a hit answers this question and the next.
    const found = renderInstitutionSearch(ctx, () => {
      const following = nextStep(answers, 'networked') ?? nextStep(answers, 'designated');
      ctx.go(view.fromCheck ? { screen: 'check' } : following ? { step: following.id } : { screen: 'check' });
    });
    if (found) form.append(found);
  }
  if (step.kind === 'radio' || step.kind === 'yesno') {
    form.append(radioGroup({
      name: step.id,
      legend: title(ctx, step),
      hint: q.hint,
      options: options(ctx, step),
      checked: answers.get(step.id),
      error: texts.length ? texts : null,
      errorPrefix: t.errorPrefix,
      onChange: (value) => {
        answers.set(step.id, value);
        // Answered by hand: the institution found in the list no longer stands for the answers.
        if (step.id === 'designated' || step.id === 'networked') answers.remove('institution');
      },
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
  } else {
    picker = regionField(ctx, step, texts, form);
  }

  form.append(el('button', { type: 'submit', class: 'button', text: t.continue }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (picker) answers.set(step.id, picker.value?.code ?? null);
    const found = check(ctx, step, picker);
    if (found.length) {
      ctx.showErrors(found);
      return;
    }
    let next;
    if (view.fromCheck) {
      const gap = firstUnanswered(answers, ctx.lists, step.id);
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
  return { node, focus };
}
