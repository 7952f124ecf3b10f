// The home page's task list (after the GOV.UK "task list" pattern): the five parts of getting
// ready, each a link straight into its part, with its state worked out from what this device
// has saved and from the core (a part is "done" when the core accepts its answers as they are).
import { planRequest } from '../components/saved-case/filing-requests.js';
import { eligibilityRequest } from '../components/saved-case/eligibility-request.js';
import { savedAnswers, storedText } from '../components/saved-case/stores.js';

const CODE = /^\d{6}$/;

/** @returns {{places, filing, eligibility, estimate, summary}} each 'not_started' | 'in_progress' | 'done' | 'cannot_start' | 'ready' */
export function taskStates(ask, asOf) {
  const saved = savedAnswers();
  // A place chosen here or answered in any part counts: each part asks for the two places.
  const known = (key, answerKeys) => [storedText(key), ...answerKeys.map(([part, k]) => saved[part].get(k))]
    .some((code) => CODE.test(code ?? ''));
  const chosen = [
    known('medins.insured_region', [['filing', 'insured'], ['eligibility', 'insured'], ['estimate', 'insured']]),
    known('medins.treatment_region', [['filing', 'destination'], ['eligibility', 'treatment'], ['estimate', 'treatment']]),
  ].filter(Boolean).length;
  const places = chosen === 2 ? 'done' : chosen ? 'in_progress' : 'not_started';

  // Done once the core can say what to file and how; the application's own fields (the ID
  // number is kept only for the filing tab's life) are for the printed form, not for this.
  let filing = saved.filing.empty ? 'not_started' : 'in_progress';
  if (filing !== 'not_started' && ask('filing.plan', planRequest(saved.filing, asOf)).ok) filing = 'done';

  let eligibility = saved.eligibility.has('visit') ? 'in_progress' : 'not_started';
  if (eligibility !== 'not_started' && ask('eligibility.check', eligibilityRequest(saved.eligibility, asOf)).ok) eligibility = 'done';

  let estimate = saved.estimate.empty ? 'not_started' : 'in_progress';
  const last = saved.estimate.get('last_request');
  if (last && typeof last === 'object' && ask('estimate', last).ok) estimate = 'done';

  const any = [filing, eligibility, estimate].includes('done');
  return { places, filing, eligibility, estimate, summary: any ? 'ready' : 'cannot_start' };
}

/** Whether taskStates needs the core: only what this device keeps from the parts is checked by it. */
export function tasksNeedCore() {
  const saved = savedAnswers();
  const last = saved.estimate.get('last_request');
  return !saved.filing.empty || saved.eligibility.has('visit') || Boolean(last && typeof last === 'object');
}

/** Fills the status tags of the task list in index.html (#task-<id> .task-status). */
export function renderTaskList(ask, t, asOf) {
  const states = taskStates(ask, asOf);
  for (const [id, state] of Object.entries(states)) {
    const item = document.getElementById(`task-${id}`);
    if (!item) continue;
    item.dataset.state = state;
    const tag = item.querySelector('.task-status');
    tag.textContent = t.taskStatus[state];
    tag.className = `task-status task-${state}`;
  }
  return states;
}

