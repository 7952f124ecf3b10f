// Turns the answers into the core's eligibility.check request. The page decides nothing about
// policy: it passes on what the person said ("I don't know" as null, which the core answers
// with checks instead of a guess), and the core picks the route.
import { isoDate } from '../date-input/iso-date.js';

// Asked before the visit: the dates are planned ones, nothing is discharged or paid yet.
export const planning = (a) => a.get('stage') === 'planning';

// A stay in hospital: an inpatient visit, or an emergency that led to admission (an emergency is
// never planned).
export const isStay = (a) => a.get('visit') === 'inpatient'
  || (!planning(a) && a.get('visit') === 'emergency' && a.get('admitted') === 'yes');

// Which of the institution's network flags the visit needs, as the core picks it; pharmacy is
// split off only for the wording of the question.
export function setting(a) {
  if (isStay(a)) return 'inpatient';
  if (a.get('visit') === 'chronic_outpatient') return 'chronic';
  return a.get('visit') === 'pharmacy' ? 'pharmacy' : 'outpatient';
}

const TRI = { yes: true, no: false, unknown: null };

/**
 * @param {Answers} a  the eligibility answers
 * @param {string} asOf  today, YYYY-MM-DD
 * Missing answers are sent as empty strings or left out, so the core names each problem with
 * its own message at its own path; callers keep only the errors of the questions they show.
 */
export function eligibilityRequest(a, asOf) {
  const type = a.get('visit') ?? '';
  const visit = { type };
  if (type === 'chronic_outpatient') visit.disease = a.get('disease') ?? '';
  if (isStay(a)) {
    visit.admitted_on = isoDate(a.get('admitted_on')) ?? '';
    if (!planning(a) && a.get('discharged') === 'yes') visit.discharged_on = isoDate(a.get('discharged_on')) ?? '';
  } else if (type !== 'emergency' || a.get('admitted') === 'no') {
    visit.visit_on = isoDate(a.get('visit_on')) ?? '';
  }
  const paid = a.get('paid');
  if (!planning(a) && (paid === 'yes' || paid === 'no') && !(isStay(a) && a.get('discharged') === 'not_yet')) visit.settled = paid === 'yes';

  const flag = setting(a) === 'pharmacy' ? 'outpatient' : setting(a);
  const institution = {
    kind: type === 'pharmacy' ? 'pharmacy' : 'hospital',
    designated: TRI[a.get('designated')] ?? null,
    networked: { [flag]: a.get('designated') === 'no' ? null : TRI[a.get('networked')] ?? null },
  };
  // Found in the portal's list (eligibility/institution-search.js): its level is known too;
  // else the level the person gave when planning.
  const said = planning(a) && ['1', '2', '3'].includes(a.get('level')) ? a.get('level') : null;
  const level = a.get('institution')?.level ?? said;
  if (level) institution.level = level;
  const request = {
    insured_region: a.get('insured') ?? '',
    treatment_region: a.get('treatment') ?? '',
    visit,
    institution,
    voucher_activated: TRI[a.get('voucher')] ?? null,
    as_of: asOf,
  };
  // Only said for a pharmacy purchase or an outpatient visit (the personal account question).
  const scheme = a.get('scheme');
  if ((type === 'pharmacy' || type === 'general_outpatient') && (scheme === 'employee' || scheme === 'resident')) {
    request.person = { scheme };
  }
  if (a.get('filed') === 'yes') {
    request.filing = { category: a.get('category') ?? '', filed_on: isoDate(a.get('filed_on')) ?? '' };
  }
  return request;
}
