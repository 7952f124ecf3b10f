// Answers this step can take from elsewhere on the device, so people coming from the filing
// flow (or the main page's region section) do not type them again: the two places, and the
// filing category and start date. The category is the one filing.plan decides for the filing
// answers, asked of the core here rather than stored twice. Only empty answers are filled;
// whether the person has actually filed is still asked, since preparing is not filing.
import { filingAnswers, storedText } from '../components/saved-case/stores.js';
import { planRequest } from '../components/saved-case/filing-requests.js';

const REGION_KEYS = { insured: ['insured', 'medins.insured_region'], treatment: ['destination', 'medins.treatment_region'] };
const CODE = /^\d{6}$/;

/** @returns {boolean} whether anything came from the filing flow */
export function prefill(answers, ask, asOf) {
  const filing = filingAnswers();
  let fromFiling = false;
  for (const [step, [filingKey, storageKey]] of Object.entries(REGION_KEYS)) {
    if (answers.has(step)) continue;
    const fromFlow = filing.get(filingKey);
    const code = CODE.test(fromFlow ?? '') ? fromFlow : storedText(storageKey);
    if (!CODE.test(code ?? '')) continue;
    // A code the 2024 list no longer has would be shown as a larger area: left for the person.
    const region = ask('region.get', { code });
    if (region.ok && region.result.exact !== false) {
      answers.set(step, code);
      fromFiling ||= code === fromFlow;
    }
  }
  if (!answers.has('category') && filing.has('insured') && filing.has('destination')) {
    const plan = ask('filing.plan', planRequest(filing, asOf));
    if (plan.ok) {
      answers.set('category', plan.result.category.id);
      fromFiling = true;
    }
  }
  const start = filing.get('start_date');
  if (!answers.has('filed_on') && start?.year && start?.month && start?.day) {
    answers.set('filed_on', { year: start.year, month: start.month, day: start.day });
    fromFiling = true;
  }
  return fromFiling;
}
