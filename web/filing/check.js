// "Check your answers": every answer with a change link, then the final check by the core
// (filing.plan decides the category, filing.validate checks the application for it). Problems
// are listed at the top, each linking to the question to fix.
import { formatDate } from '../shell/i18n.js';
import { reportError } from '../shell/embed.js';
import { el, zh } from '../components/dom/dom.js';
import { errorSummary } from '../components/error-summary/error-summary.js';
import { summaryRow } from '../components/summary-list/summary-list.js';
import { maskedId } from './id-mask.js';
import { applicationRequest, planRequest } from '../components/saved-case/filing-requests.js';
import { isoDate } from '../components/date-input/iso-date.js';
import { applicationPathStep, isAnswered, planPathStep, visibleSteps } from './steps.js';

const VALID_ISO = /^\d{4}-\d{2}-\d{2}$/;

function answerText(ctx, step) {
  const t = ctx.t();
  const q = t.steps[step.id];
  const value = ctx.answers.get(step.id);
  switch (step.kind) {
    case 'radio':
      return q.options[value]?.label ?? value;
    case 'yesno':
      return t[value];
    case 'region': {
      const response = ctx.ask('region.get', { code: value });
      return zh(response.ok ? response.result.full_name : value);
    }
    case 'date': {
      const iso = isoDate(value);
      // A date the calendar lacks (2月30日) is shown as typed; the check below says what is wrong.
      return VALID_ISO.test(iso) && !Number.isNaN(Date.parse(iso)) ? formatDate(iso, ctx.lang()) : iso;
    }
    default:
      if (value === '') return t.check.empty;
      return step.id === 'id' ? maskedId(value, t.idMask) : zh(value);
  }
}

/** The whole set of answers as the core sees it: a list of problems, or the two results. */
export function finalCheck(ctx) {
  const { answers } = ctx;
  const missing = visibleSteps(answers).filter((s) => !isAnswered(s, answers));
  if (missing.length) {
    return { problems: missing.map((s) => ({ step: s.id, page: 'notAnswered', title: ctx.t().steps[s.id].short })) };
  }
  const asOf = ctx.today();
  const plan = ctx.ask('filing.plan', planRequest(answers, asOf));
  if (!plan.ok) {
    reportError('filing', 'filing.plan', plan.errors);
    return { problems: plan.errors.map((e) => ({ step: planPathStep(e.path), message: e.message })) };
  }
  const validated = ctx.ask('filing.validate', applicationRequest(answers, plan.result.category.id, asOf));
  if (!validated.ok) {
    reportError('filing', 'filing.validate', validated.errors);
    return { problems: validated.errors.map((e) => ({ step: applicationPathStep(e.path), message: e.message })) };
  }
  return { plan: plan.result, validated: validated.result, asOf };
}

export function renderCheck(ctx, view) {
  const t = ctx.t();
  const c = t.check;
  const list = el('dl', { class: 'summary-list' });
  const { answers } = ctx;
  const fromQr = answers.get('category_from_qr');
  for (const step of visibleSteps(answers)) {
    const answered = isAnswered(step, answers);
    list.append(summaryRow({
      key: t.steps[step.id].short,
      value: answered ? answerText(ctx, step) : c.notAnswered,
      missing: !answered,
      href: ctx.href({ step: step.id, fromCheck: true }),
      changeText: c.change,
    }));
    // Answers carried in by a QR code name the category instead of the reason questions;
    // changing it means answering those questions here.
    if (step.id === 'destination' && fromQr) {
      const name = answers.get('category_from_qr_name');
      list.append(summaryRow({
        key: c.categoryFromQr,
        value: ctx.messageText(name) || fromQr,
        href: ctx.href({ step: 'purpose', fromCheck: true, dropQr: true }),
        changeText: c.change,
      }));
    }
  }
  const problems = view.errors ?? [];
  const summary = problems.length ? errorSummary(t.errorSummaryTitle, problems.map((p) => ({
    text: p.page === 'notAnswered' ? `${p.title} – ${c.notAnswered}` : ctx.messageText(p.message),
    href: p.step ? ctx.href({ step: p.step, fromCheck: true }) : '#',
  }))) : null;

  const button = el('button', { type: 'button', class: 'button', text: c.submit, onclick: () => {
    const outcome = finalCheck(ctx);
    if (outcome.problems) ctx.showErrors(outcome.problems);
    else ctx.go({ screen: 'result' });
  } });
  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: ctx.href(ctx.lastStep()), text: t.back }),
    summary,
    el('h1', { class: 'question', tabindex: '-1', text: c.title }),
    el('p', { text: c.intro }),
    list,
    button);
  return { node, focus: summary ?? node.querySelector('h1') };
}
