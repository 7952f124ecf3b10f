// The eligibility step's part of a question screen (components/question-flow/question.js):
// policy lists named in the core's words, questions worded for the visit, the portal's list
// searched before "is it designated?", and the core's own errors at the question's path
// (eligibility.check); the flow adds only "choose one"-type messages.
import { eligibilityRequest, planning, setting } from '../components/saved-case/eligibility-request.js';
import { renderInstitutionSearch } from './institution-search.js';
import { pathStep } from './steps.js';

export const QUESTION = {
  coreErrors(ctx, step) {
    const response = ctx.ask('eligibility.check', eligibilityRequest(ctx.answers, ctx.today()));
    if (response.ok) return [];
    return response.errors
      .filter((e) => e.path === '' || (pathStep(e.path) === step.id && e.code !== 'request.missing_field'))
      .map((e) => ({ message: e.message }));
  },

  // Labels of a radio question: the core's names for policy lists, else the page's words.
  option(ctx, step, value) {
    const q = ctx.t().steps[step.id];
    const lang = ctx.lang();
    if (step.id === 'disease') {
      const d = ctx.lists.diseases.find((x) => x.id === value);
      if (!d) return { value, label: q.other.label };
      return { value, label: d.unconfirmed ? q.marked(d.name[lang]) : d.name[lang] };
    }
    if (step.id === 'category') {
      const c = ctx.lists.categories.find((x) => x.id === value);
      return { value, label: c.name[lang] };
    }
    return null;
  },

  // Planning a visit: the questions that have a future-tense wording use it.
  title(ctx, step) {
    const q = ctx.t().steps[step.id];
    if (step.id === 'designated') return q.title(ctx.answers.get('visit') === 'pharmacy');
    if (step.id === 'networked') return q.title(setting(ctx.answers));
    return planning(ctx.answers) && q.titlePlanned ? q.titlePlanned : q.title;
  },

  hint(ctx, step) {
    const q = ctx.t().steps[step.id];
    return planning(ctx.answers) && q.hintPlanned ? q.hintPlanned : q.hint;
  },

  // Answered by hand: the institution found in the list no longer stands for the answers.
  onAnswer(ctx, step) {
    if (step.id === 'designated' || step.id === 'networked') ctx.answers.remove('institution');
  },

  // With the portal's list, a search first; a hit answers this question and the next.
  lead(ctx, step, view) {
    if (step.id !== 'designated') return null;
    return renderInstitutionSearch(ctx, () => {
      const { answers, steps } = ctx;
      const following = steps.next(answers, 'networked') ?? steps.next(answers, 'designated');
      ctx.go(view.fromCheck ? { screen: 'check' } : following ? { step: following.id } : { screen: 'check' });
    });
  },
};
