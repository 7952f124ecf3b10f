// Where each part keeps its answers on this device, in one place: the part's own page and every
// other page that reads them (the home page's task list, the handover card, eligibility's and
// the estimate's prefill) open the same store with the same session-only keys. A mismatch would
// not only miss answers: Answers drops a value found in the wrong store.
import { Answers } from '../question-flow/answers.js';

// The ID number is kept for the tab's life only, never in localStorage.
export const filingAnswers = () => new Answers({ prefix: 'medins.filing.', sessionOnly: new Set(['id']) });
// The disease is health data: kept for this tab only, like the filing flow's ID number.
export const eligibilityAnswers = () => new Answers({ prefix: 'medins.eligibility.', sessionOnly: new Set(['disease']) });
// "Why did it fail?" keeps its own answers: they describe a visit that already happened, which
// may not be the one the eligibility check is about.
export const whyFailedAnswers = () => new Answers({ prefix: 'medins.why_failed.', sessionOnly: new Set() });
export const estimateAnswers = () => new Answers({ prefix: 'medins.estimate.', sessionOnly: new Set() });

/** The three parts' answers as saved now. */
export function savedAnswers() {
  return { filing: filingAnswers(), eligibility: eligibilityAnswers(), estimate: estimateAnswers() };
}

/** The text this device keeps under `key` outside the stores (a remembered place), or null. */
export function storedText(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage switched off: nothing is remembered.
    return null;
  }
}
