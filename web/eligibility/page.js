// The eligibility step (eligibility/index.html): one question a screen
// (components/question-flow), then the core's answer; "why did it not settle directly?" (#/why)
// walks its own questions. The places, category and date come from the filing flow's answers
// when the person has prepared a filing (prefill.js).
import { el } from '../components/dom/dom.js';
import { renderCheck, resultOrCheck } from '../components/question-flow/check.js';
import { createQuestionFlow } from '../components/question-flow/flow.js';
import { eligibilityAnswers, whyFailedAnswers } from '../components/saved-case/stores.js';
import { reportResult } from '../shell/embed.js';
import { nextTask } from '../shell/next-task.js';
import { portalInstitutions } from '../shell/page-shell.js';
import { renderAnswer } from './answer.js';
import { CHECK, finalCheck } from './check.js';
import { prefill } from './prefill.js';
import { hasSharedFacts } from '../components/saved-case/shared-facts.js';
import { QUESTION } from './question.js';
import { FLOW } from './steps.js';
import { TEXT } from './text.js';
import { renderWhy } from './why.js';
import { renderPacket } from './packet.js';
// The disease and category lists, the core's names fixed when the site was built
// (tools/eligibility_lists.mjs).
import LISTS from './lists-answer.json' with { type: 'json' };

function renderResult(ctx) {
  return resultOrCheck(ctx, finalCheck(ctx), CHECK, (outcome) => {
    reportResult('eligibility.check', outcome.result);
    return renderAnswer(ctx, outcome.result, outcome.asOf);
  });
}

const answers = eligibilityAnswers();
const ctx = createQuestionFlow({
  answers,
  steps: FLOW,
  text: (lang) => TEXT[lang],
  chrome: (lang) => TEXT[lang],
  question: QUESTION,
  screens: {
    check: (c, view) => renderCheck(c, view, CHECK),
    result: (c) => renderResult(c),
    why: (c, view, route) => renderWhy(c, route.sub, view),
    packet: (c, view) => renderPacket(c, view),
  },
  start: (c, view) => {
    const t = c.t();
    return {
      // Places filled in from elsewhere are not a start: the person has begun once they said
      // whether the visit is planned, or chose a visit.
      resuming: answers.has('stage') || answers.has('visit'),
      beforeButton: view.fromFiling ? el('p', { class: 'notice', id: 'from-filing', text: t.start.fromFiling }) : null,
      afterButton: el('div', { class: 'why-entry', id: 'why-entry' },
        el('h2', { text: t.why.entryTitle }),
        el('p', { text: t.why.entryText }),
        el('a', { href: '#/why', id: 'why-link', text: t.why.entryLink })),
    };
  },
  footerOn: ['step', 'check', 'result'],
  footerClass: 'flow-footer',
  // "Prepared from your filing" stays on the start screen it was shown on, and only there.
  keep: (view, route) => ({ fromFiling: view.fromFiling && route.screen === 'start' }),
  // renderWhy may have moved the hash to where the walk stands.
  screenName: (route) => {
    if (route.screen === 'step') return route.step.id;
    const now = ctx.route();
    return now.screen === 'why' && now.sub ? `why-${now.sub}` : now.screen;
  },
  heading: (route, node, t) => (route.screen === 'result' ? t.answer.title : route.screen === 'packet' ? t.packet.title : undefined),
  // Nothing kept that the first screen needs the core for: no answers of its own, nothing to
  // bring over from the filing flow or the home page's places (the estimate asks the same).
  withoutCore: () => !hasSharedFacts(),
  ready: async (c) => {
    const asOf = c.today();
    // Answers saved before "planning or already treated" was asked were about a visit that
    // happened: they keep their route instead of being sent back to the first question.
    if (answers.has('visit') && !answers.has('stage')) answers.set('stage', 'happened');
    await nextTask();
    c.view.fromFiling = prefill(answers, c.ask, asOf);
  },
});
ctx.lists = { diseases: LISTS.diseases, categories: LISTS.categories };
// "Why did it fail?" keeps its own answers (components/saved-case/stores.js).
ctx.why = whyFailedAnswers();
Object.defineProperty(ctx, 'institutions', { get: portalInstitutions });
ctx.rerender = () => ctx.render({ navigated: true });
ctx.start();
