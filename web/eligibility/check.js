// "Check your answers": every answer with a change link (the filing flow's summary list), then
// the whole request through the core. Problems are listed at the top, each linking to its
// question; without problems the answer screen follows.
import { formatDate } from '../shell/i18n.js';
import { reportError } from '../shell/embed.js';
import { isoDate } from '../components/date-input/iso-date.js';
import { el, zh } from '../components/dom/dom.js';
import { errorSummary } from '../components/error-summary/error-summary.js';
import { summaryRow } from '../components/summary-list/summary-list.js';
import { eligibilityRequest } from '../components/saved-case/eligibility-request.js';
import { isAnswered, pathStep, visibleSteps } from './steps.js';

const VALID_ISO = /^\d{4}-\d{2}-\d{2}$/;

function answerText(ctx, step) {
  const t = ctx.t();
  const q = t.steps[step.id];
  const lang = ctx.lang();
  const value = ctx.answers.get(step.id);
  switch (step.kind) {
    case 'yesno':
      return t[value];
    case 'region': {
      const response = ctx.ask('region.get', { code: value });
      return zh(response.ok ? response.result.full_name : value);
    }
    case 'date': {
      const iso = isoDate(value);
      return VALID_ISO.test(iso) && !Number.isNaN(Date.parse(iso)) ? formatDate(iso, lang) : iso;
    }
    default:
      if (step.id === 'disease') {
        const d = ctx.lists.diseases.find((x) => x.id === value);
        return d ? (d.unconfirmed ? q.marked(d.name[lang]) : d.name[lang]) : q.other.label;
      }
      if (step.id === 'category') return ctx.lists.categories.find((x) => x.id === value)?.name[lang] ?? value;
      return q.options[value]?.label ?? value;
  }
}

/** The answers as the core sees them: a list of problems, or its answer. */
export function finalCheck(ctx) {
  const { answers, lists } = ctx;
  const missing = visibleSteps(answers).filter((s) => !isAnswered(s, answers, lists));
  if (missing.length) {
    return { problems: missing.map((s) => ({ step: s.id, page: 'notAnswered', title: ctx.t().steps[s.id].short })) };
  }
  const asOf = ctx.today();
  const request = eligibilityRequest(answers, asOf);
  const response = ctx.ask('eligibility.check', request);
  if (!response.ok) {
    reportError('eligibility', 'eligibility.check', response.errors);
    return { problems: response.errors.map((e) => ({ step: pathStep(e.path), message: e.message })) };
  }
  return { result: response.result, request, asOf };
}

export function renderCheck(ctx, view) {
  const t = ctx.t();
  const c = t.check;
  const list = el('dl', { class: 'summary-list' });
  for (const step of visibleSteps(ctx.answers)) {
    const answered = isAnswered(step, ctx.answers, ctx.lists);
    list.append(summaryRow({
      key: t.steps[step.id].short,
      value: answered ? answerText(ctx, step) : c.notAnswered,
      missing: !answered,
      href: ctx.href({ step: step.id, fromCheck: true }),
      changeText: c.change,
    }));
  }
  const problems = view.errors ?? [];
  const summary = problems.length ? errorSummary(t.errorSummaryTitle, problems.map((p) => ({
    text: p.page === 'notAnswered' ? `${p.title} – ${c.notAnswered}` : ctx.messageText(p.message),
    href: p.step ? ctx.href({ step: p.step, fromCheck: true }) : '#',
  }))) : null;
  const button = el('button', { type: 'button', class: 'button', id: 'check-submit', text: c.submit, onclick: () => {
    const outcome = finalCheck(ctx);
    if (outcome.problems) ctx.showErrors(outcome.problems);
    else ctx.go({ screen: 'result' });
  } });
  const steps = visibleSteps(ctx.answers);
  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: ctx.href({ step: steps[steps.length - 1].id }), text: t.back }),
    summary,
    el('h1', { class: 'question', tabindex: '-1', text: c.title }),
    el('p', { text: c.intro }),
    list,
    button);
  return { node, focus: summary ?? node.querySelector('h1') };
}
