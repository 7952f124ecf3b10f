// The filing's part of "check your answers" (components/question-flow/check.js): the words of
// its own answers (reasons, the masked ID number, a text left empty), the row for a category
// carried in by a QR code, and the final check by the core: filing.plan decides the category,
// filing.validate checks the application for it.
import { zh } from '../components/dom/dom.js';
import { missingAnswers } from '../components/question-flow/check.js';
import { applicationRequest, planRequest } from '../components/saved-case/filing-requests.js';
import { summaryRow } from '../components/summary-list/summary-list.js';
import { reportError } from '../shell/embed.js';
import { maskedId } from './id-mask.js';
import { applicationPathStep, planPathStep } from './steps.js';

/** The whole set of answers as the core sees it: a list of problems, or the two results. */
export function finalCheck(ctx) {
  const missing = missingAnswers(ctx);
  if (missing) return { problems: missing };
  const { answers } = ctx;
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

export const CHECK = {
  finalCheck,
  answerText(ctx, step) {
    const t = ctx.t();
    const value = ctx.answers.get(step.id);
    if (step.kind === 'radio') return t.steps[step.id].options[value]?.label ?? value;
    if (value === '') return t.check.empty;
    return step.id === 'id' ? maskedId(value, t.idMask) : zh(value);
  },
  // Answers carried in by a QR code name the category instead of the reason questions;
  // changing it means answering those questions here.
  rowsAfter(ctx, step) {
    const fromQr = ctx.answers.get('category_from_qr');
    if (step.id !== 'destination' || !fromQr) return [];
    const c = ctx.t().check;
    return [summaryRow({
      key: c.categoryFromQr,
      value: ctx.messageText(ctx.answers.get('category_from_qr_name')) || fromQr,
      href: ctx.href({ step: 'purpose', fromCheck: true, dropQr: true }),
      changeText: c.change,
    })];
  },
};
