// The questions of the eligibility step, one per screen, in order. Which are asked depends on
// earlier answers (`when`); the order here is the order of the flow and of "check your answers".
// Radio options that name policy things (diseases, filing categories) come from the core
// (eligibility/lists-answer.json, written at build by tools/eligibility_lists.mjs), so they are
// passed in as `lists` (components/question-flow/steps.js).
import { pathToStep, stepList } from '../components/question-flow/steps.js';
import { isStay, planning } from '../components/saved-case/eligibility-request.js';

export const VISIT_TYPES = ['inpatient', 'general_outpatient', 'chronic_outpatient', 'pharmacy', 'emergency'];
// An emergency is not planned.
const PLANNED_TYPES = VISIT_TYPES.filter((v) => v !== 'emergency');
const TRI = ['yes', 'no', 'unknown'];
const ACCOUNT_VISITS = ['pharmacy', 'general_outpatient'];
const filed = (a) => a.get('filed') === 'yes';
const happened = (a) => !planning(a);

export const STEPS = [
  // Before a visit the questions are about plans and the answer about what to do before going;
  // after it (or during a stay) about what happened and how to be paid.
  { id: 'stage', kind: 'radio', options: () => ['planning', 'happened'] },
  { id: 'insured', kind: 'region' },
  { id: 'treatment', kind: 'region' },
  { id: 'visit', kind: 'radio', options: (a) => (planning(a) ? PLANNED_TYPES : VISIT_TYPES) },
  // Buying medicine or an outpatient visit: the scheme says whether a personal account can pay.
  { id: 'scheme', kind: 'radio', options: () => ['employee', 'resident', 'unknown'], when: (a) => ACCOUNT_VISITS.includes(a.get('visit')) },
  {
    id: 'disease',
    kind: 'radio',
    options: (a, lists) => [...lists.diseases.map((d) => d.id), 'other'],
    when: (a) => a.get('visit') === 'chronic_outpatient',
  },
  { id: 'admitted', kind: 'yesno', when: (a) => happened(a) && a.get('visit') === 'emergency' },
  { id: 'admitted_on', kind: 'date', when: isStay },
  { id: 'discharged', kind: 'radio', options: () => ['yes', 'not_yet'], when: (a) => isStay(a) && happened(a) },
  { id: 'discharged_on', kind: 'date', when: (a) => isStay(a) && happened(a) && a.get('discharged') === 'yes' },
  { id: 'visit_on', kind: 'date', when: (a) => a.get('visit') && !isStay(a) && !(a.get('visit') === 'emergency' && !a.get('admitted')) },
  { id: 'designated', kind: 'radio', options: () => TRI },
  // A place that is not designated pays nothing whatever its network: not asked then.
  { id: 'networked', kind: 'radio', options: () => TRI, when: (a) => a.get('designated') !== 'no' },
  // The hospital's level decides the estimate's ratios; asked when planning (the estimate comes
  // next) unless the portal's list already said it.
  {
    id: 'level',
    kind: 'radio',
    options: () => ['3', '2', '1', 'unknown'],
    when: (a) => planning(a) && a.get('visit') && a.get('visit') !== 'pharmacy' && !a.get('institution')?.level,
  },
  { id: 'filed', kind: 'yesno' },
  { id: 'category', kind: 'radio', options: (a, lists) => lists.categories.map((c) => c.id), when: filed },
  { id: 'filed_on', kind: 'date', when: filed },
  { id: 'voucher', kind: 'radio', options: () => TRI },
  // Still in hospital: nothing is paid yet, and the core knows it from the missing discharge.
  // Before the visit nothing is paid yet either.
  { id: 'paid', kind: 'radio', options: () => ['yes', 'no'], when: (a) => happened(a) && !(isStay(a) && a.get('discharged') === 'not_yet') },
];

export const FLOW = stepList(STEPS);

// Where the core's errors land, by request path (longest prefix first).
const PATHS = [
  ['/insured_region', 'insured'],
  ['/treatment_region', 'treatment'],
  ['/person/scheme', 'scheme'],
  ['/visit/type', 'visit'],
  ['/visit/disease', 'disease'],
  ['/visit/admitted_on', 'admitted_on'],
  ['/visit/discharged_on', 'discharged_on'],
  ['/visit/visit_on', 'visit_on'],
  ['/visit/settled', 'paid'],
  ['/filing/category', 'category'],
  ['/filing/filed_on', 'filed_on'],
  ['/filing', 'filed'],
  ['/institution/designated', 'designated'],
  ['/institution/networked', 'networked'],
  ['/institution/level', 'level'],
  ['/institution', 'visit'],
  ['/voucher_activated', 'voucher'],
];

export const pathStep = pathToStep(PATHS);
