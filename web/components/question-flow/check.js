// "Check your answers": every answer with a change link, then the page's final check through the
// core. Problems are listed at the top, each linking to the question to fix; without problems
// the result screen follows.
import { formatDate } from '../../shell/i18n.js';
import { isoDate } from '../date-input/iso-date.js';
import { el, zh } from '../dom/dom.js';
import { errorSummary } from '../error-summary/error-summary.js';
import { placeNode } from '../region-picker/place-name.js';
import { summaryRow } from '../summary-list/summary-list.js';

const VALID_ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An answer as the check screen shows it, for the kinds every flow has (yes/no, region, date);
 * undefined for the others, which the page words itself.
 */
export function answerText(ctx, step) {
  const value = ctx.answers.get(step.id);
  switch (step.kind) {
    case 'yesno':
      return ctx.t()[value];
    case 'region': {
      const response = ctx.ask('region.get', { code: value });
      return response.ok ? placeNode(response.result, ctx.lang()) : zh(value);
    }
    case 'date': {
      const iso = isoDate(value);
      // A date the calendar lacks (2月30日) is shown as typed; the core's check says what is wrong.
      return VALID_ISO.test(iso) && !Number.isNaN(Date.parse(iso)) ? formatDate(iso, ctx.lang()) : iso;
    }
    default:
      return undefined;
  }
}

/** The questions not answered yet, as problems for the check screen; null when there are none. */
export function missingAnswers(ctx) {
  const { answers, lists, steps } = ctx;
  const missing = steps.visible(answers).filter((s) => !steps.isAnswered(s, answers, lists));
  return missing.length ? missing.map((s) => ({ step: s.id, page: 'notAnswered', title: ctx.t().steps[s.id].short })) : null;
}

/**
 * @param {object} page  answerText(ctx, step) for the kinds the page words itself;
 *   finalCheck(ctx) → {problems} or the page's result; rowsAfter(ctx, step) (optional) extra
 *   summary rows after a step's; submitId (optional) the button's id
 */
export function renderCheck(ctx, view, page) {
  const t = ctx.t();
  const c = t.check;
  const { answers, lists, steps } = ctx;
  const list = el('dl', { class: 'summary-list' });
  for (const step of steps.visible(answers)) {
    const answered = steps.isAnswered(step, answers, lists);
    list.append(summaryRow({
      key: t.steps[step.id].short,
      value: answered ? answerText(ctx, step) ?? page.answerText(ctx, step) : c.notAnswered,
      missing: !answered,
      href: ctx.href({ step: step.id, fromCheck: true }),
      changeText: c.change,
    }));
    for (const row of page.rowsAfter?.(ctx, step) ?? []) list.append(row);
  }
  const problems = view.errors ?? [];
  const summary = problems.length ? errorSummary(t.errorSummaryTitle, problems.map((p) => ({
    text: p.page === 'notAnswered' ? `${p.title} – ${c.notAnswered}` : ctx.messageText(p.message),
    href: p.step ? ctx.href({ step: p.step, fromCheck: true }) : '#',
  }))) : null;
  const button = el('button', { type: 'button', class: 'button', id: page.submitId, text: c.submit, onclick: () => {
    const outcome = page.finalCheck(ctx);
    if (outcome.problems) ctx.showErrors(outcome.problems);
    else ctx.go({ screen: 'result' });
  } });
  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: ctx.href({ step: steps.last(answers).id }), text: t.back }),
    summary,
    el('h1', { class: 'question', tabindex: '-1', text: c.title }),
    el('p', { text: c.intro }),
    list,
    button);
  return { node, focus: summary ?? node.querySelector('h1') };
}

/**
 * A flow's result screen: `draw(outcome)` when the page's final check of the answers (`outcome`)
 * found no problems; reached with answers missing or wrong (a bookmark, a cleared tab), the check
 * screen instead (page part `page`), saying what to fix.
 */
export function resultOrCheck(ctx, outcome, page, draw) {
  if (!outcome.problems) return draw(outcome);
  ctx.replaceView({ hash: '#/check', errors: outcome.problems });
  history.replaceState(null, '', '#/check');
  return renderCheck(ctx, ctx.view, page);
}
