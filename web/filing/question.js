// The filing's part of a question screen (components/question-flow/question.js): the core's
// errors for a step's field. The whole application goes to filing.validate, and only the errors
// at this step's path are kept (the others belong to questions not reached yet).
import { daysBetween, isoDate } from '../components/date-input/iso-date.js';
import { applicationRequest, planRequest } from '../components/saved-case/filing-requests.js';
import { applicationPathStep } from './steps.js';
import { TEXT } from './text.js';

// A start date this many days ahead is possible (a move planned well ahead) but more often a
// mistyped year, so the person is asked once to confirm it; the core refuses twice as far.
const CONFIRM_START_DAYS_AHEAD = 365;

// The day they started living there is a fact of filing.plan, checked there.
function sinceErrors(ctx) {
  const request = planRequest(ctx.answers, ctx.today());
  if (request.facts) request.facts.living_there_since = isoDate(ctx.answers.get('since')) ?? '';
  const response = ctx.ask('filing.plan', request);
  if (response.ok) return [];
  return response.errors
    .filter((e) => e.path === '' || e.path === '/facts/living_there_since')
    .map((e) => ({ message: e.message, code: e.code }));
}

// "Is it really 2028?": asked once for a start date more than a year ahead, as a question and
// not an error (the date may be right); continuing again with the same date confirms it.
function confirmStart(ctx) {
  const start = isoDate(ctx.answers.get('start_date'));
  if (!start || daysBetween(ctx.today(), start) <= CONFIRM_START_DAYS_AHEAD) return [];
  if (ctx.answers.get('start_date_confirmed') === start) return [];
  ctx.answers.set('start_date_confirmed', start);
  const year = start.slice(0, 4);
  return [{
    confirm: true,
    code: 'filing.start_far_ahead',
    message: { 'zh-CN': TEXT['zh-CN'].confirmStartYear(year), en: TEXT.en.confirmStartYear(year) },
  }];
}

export const QUESTION = {
  coreErrors(ctx, step) {
    if (step.id === 'since') return sinceErrors(ctx);
    const request = applicationRequest(ctx.answers, null, ctx.today());
    const response = ctx.ask('filing.validate', request);
    const errors = response.ok ? [] : response.errors.filter((e) => {
      if (e.path === '') return true; // the core did not answer at all
      return applicationPathStep(e.path) === step.id;
    }).map((e) => ({ message: e.message, code: e.code }));
    if (errors.length || step.id !== 'start_date') return errors;
    return confirmStart(ctx);
  },
};
