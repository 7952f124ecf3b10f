// The eligibility step's part of "check your answers" (components/question-flow/check.js): the
// words of its radio answers (policy lists in the core's names) and the final check, the whole
// request through eligibility.check.
import { missingAnswers } from '../components/question-flow/check.js';
import { eligibilityRequest } from '../components/saved-case/eligibility-request.js';
import { reportError } from '../shell/embed.js';
import { pathStep } from './steps.js';

/** The answers as the core sees them: a list of problems, or its answer. */
export function finalCheck(ctx) {
  const missing = missingAnswers(ctx);
  if (missing) return { problems: missing };
  const asOf = ctx.today();
  const request = eligibilityRequest(ctx.answers, asOf);
  const response = ctx.ask('eligibility.check', request);
  if (!response.ok) {
    reportError('eligibility', 'eligibility.check', response.errors);
    return { problems: response.errors.map((e) => ({ step: pathStep(e.path), message: e.message })) };
  }
  return { result: response.result, request, asOf };
}

export const CHECK = {
  finalCheck,
  submitId: 'check-submit',
  answerText(ctx, step) {
    const q = ctx.t().steps[step.id];
    const lang = ctx.lang();
    const value = ctx.answers.get(step.id);
    if (step.id === 'disease') {
      const d = ctx.lists.diseases.find((x) => x.id === value);
      return d ? (d.unconfirmed ? q.marked(d.name[lang]) : d.name[lang]) : q.other.label;
    }
    if (step.id === 'category') return ctx.lists.categories.find((x) => x.id === value)?.name[lang] ?? value;
    return q.options[value]?.label ?? value;
  },
};
