// The filing's part of a question screen (components/question-flow/question.js): the core's
// errors for a step's field. The whole application goes to filing.validate, and only the errors
// at this step's path are kept (the others belong to questions not reached yet).
import { isoDate } from '../components/date-input/iso-date.js';
import { applicationRequest } from '../components/saved-case/filing-requests.js';
import { applicationPathStep } from './steps.js';

export const QUESTION = {
  coreErrors(ctx, step) {
    const request = applicationRequest(ctx.answers, null, ctx.today());
    if (step.id === 'since') request.start_date = isoDate(ctx.answers.get('since')) ?? '';
    const response = ctx.ask('filing.validate', request);
    if (response.ok) return [];
    return response.errors.filter((e) => {
      if (e.path === '') return true; // the core did not answer at all
      if (step.id === 'since') return e.path === '/start_date' && String(e.code).startsWith('date.');
      return applicationPathStep(e.path) === step.id;
    }).map((e) => ({ message: e.message, code: e.code }));
  },
};
