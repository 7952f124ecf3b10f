// The facts about a person and a visit that more than one page asks for, gathered from what they
// already answered on this device, each with where it came from: the eligibility questions (the
// visit itself: its places, kind, dates, hospital level, filing), the filing flow (the person,
// the places, the category the core decides for them) and the places the main page remembered.
// A page fills only its own empty answers from these and says where they came from.
import { eligibilityAnswers, filingAnswers, storedText } from './stores.js';
import { isStay, planning } from './eligibility-request.js';
import { planRequest } from './filing-requests.js';

const CODE = /^\d{6}$/;
const LEVELS = ['1', '2', '3'];

const fullDate = (d) => (d?.year && d?.month && d?.day ? { year: d.year, month: d.month, day: d.day } : null);

// The estimate's kind of visit for the eligibility question's (a pharmacy purchase has none).
function settingOf(e) {
  if (isStay(e)) return 'inpatient';
  const visit = e.get('visit');
  if (visit === 'chronic_outpatient') return 'chronic_outpatient';
  if (visit === 'general_outpatient' || visit === 'emergency') return 'outpatient';
  return null;
}

// The places the main page remembers (its two place boxes).
const REMEMBERED = { insured: 'medins.insured_region', treatment: 'medins.treatment_region' };

/** Whether anything is kept that sharedFacts() would gather: answers of either part, a place. */
export function hasSharedFacts() {
  return !eligibilityAnswers().empty || !filingAnswers().empty || Object.values(REMEMBERED).some((key) => CODE.test(storedText(key) ?? ''));
}

/**
 * @param {(op, request) => object} ask  the core
 * @param {string} asOf  today, YYYY-MM-DD (the filing category is decided as of it)
 * @returns {Object<string, {value: *, from: 'eligibility'|'filing'|'home'}>}  keyed by the
 *   estimate's names: scheme, employment, insured, treatment, category ('none' for not filed),
 *   setting, level, admitted, discharged, planned (true when the visit is still to come)
 */
export function sharedFacts(ask, asOf) {
  const e = eligibilityAnswers();
  const f = filingAnswers();
  const facts = {};
  const put = (key, value, from) => {
    if (facts[key] || value === null || value === undefined || value === '') return;
    facts[key] = { value, from };
  };
  put('scheme', f.get('scheme'), 'filing');
  put('employment', f.get('employment'), 'filing');
  for (const [key, fromFiling, remembered] of [['insured', 'insured', REMEMBERED.insured], ['treatment', 'destination', REMEMBERED.treatment]]) {
    const code = [[e.get(key), 'eligibility'], [f.get(fromFiling), 'filing'], [storedText(remembered), 'home']].find(([c]) => CODE.test(c ?? ''));
    if (code) put(key, code[0], code[1]);
  }
  // What the person said about filing for this visit wins over the category the filing flow
  // worked out, which may not have been filed yet.
  if (e.get('filed') === 'yes' && e.get('category')) put('category', e.get('category'), 'eligibility');
  if (e.get('filed') === 'no') put('category', 'none', 'eligibility');
  if (!facts.category && f.has('scheme') && CODE.test(f.get('insured') ?? '') && CODE.test(f.get('destination') ?? '')) {
    const plan = ask('filing.plan', planRequest(f, asOf));
    if (plan.ok) put('category', plan.result.category.id, 'filing');
  }
  if (e.has('visit')) {
    put('setting', settingOf(e), 'eligibility');
    const level = e.get('institution')?.level ?? (planning(e) ? e.get('level') : null);
    if (LEVELS.includes(level)) put('level', level, 'eligibility');
    if (isStay(e)) {
      put('admitted', fullDate(e.get('admitted_on')), 'eligibility');
      if (!planning(e) && e.get('discharged') === 'yes') put('discharged', fullDate(e.get('discharged_on')), 'eligibility');
    }
    if (planning(e)) put('planned', true, 'eligibility');
  }
  return facts;
}
