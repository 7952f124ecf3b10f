// The questions of the eligibility step, one per screen, in order. Which are asked depends on
// earlier answers (`when`); the order here is the order of the flow and of "check your answers".
// Radio options that name policy things (diseases, filing categories) come from the core
// (lists.js), so they are passed in as `lists`.

import { isStay } from '../components/saved-case/eligibility-request.js';

export { isStay, setting } from '../components/saved-case/eligibility-request.js';

export const VISIT_TYPES = ['inpatient', 'general_outpatient', 'chronic_outpatient', 'pharmacy', 'emergency'];
const TRI = ['yes', 'no', 'unknown'];

export const STEPS = [
  { id: 'insured', kind: 'region' },
  { id: 'treatment', kind: 'region' },
  { id: 'visit', kind: 'radio', options: () => VISIT_TYPES },
  {
    id: 'disease',
    kind: 'radio',
    options: (a, lists) => [...lists.diseases.map((d) => d.id), 'other'],
    when: (a) => a.get('visit') === 'chronic_outpatient',
  },
  { id: 'admitted', kind: 'yesno', when: (a) => a.get('visit') === 'emergency' },
  { id: 'admitted_on', kind: 'date', when: isStay },
  { id: 'discharged', kind: 'radio', options: () => ['yes', 'not_yet'], when: isStay },
  { id: 'discharged_on', kind: 'date', when: (a) => isStay(a) && a.get('discharged') === 'yes' },
  { id: 'visit_on', kind: 'date', when: (a) => a.get('visit') && !isStay(a) && !(a.get('visit') === 'emergency' && !a.get('admitted')) },
  { id: 'designated', kind: 'radio', options: () => TRI },
  // A place that is not designated pays nothing whatever its network: not asked then.
  { id: 'networked', kind: 'radio', options: () => TRI, when: (a) => a.get('designated') !== 'no' },
  { id: 'filed', kind: 'yesno' },
  { id: 'category', kind: 'radio', options: (a, lists) => lists.categories.map((c) => c.id), when: filed },
  { id: 'filed_on', kind: 'date', when: filed },
  { id: 'voucher', kind: 'radio', options: () => TRI },
  // Still in hospital: nothing is paid yet, and the core knows it from the missing discharge.
  { id: 'paid', kind: 'radio', options: () => ['yes', 'no'], when: (a) => !(isStay(a) && a.get('discharged') === 'not_yet') },
];

export const STEP_BY_ID = Object.fromEntries(STEPS.map((s) => [s.id, s]));

export function visibleSteps(answers) {
  return STEPS.filter((s) => !s.when || s.when(answers));
}

const REGION_CODE = /^\d{6}$/;

export function isAnswered(step, answers, lists) {
  const value = answers.get(step.id);
  switch (step.kind) {
    case 'radio':
      return step.options(answers, lists).includes(value);
    case 'yesno':
      return value === 'yes' || value === 'no';
    case 'region':
      return REGION_CODE.test(value ?? '');
    case 'date':
      return Boolean(value?.year && value?.month && value?.day);
    default:
      return Boolean(value);
  }
}

export function firstUnanswered(answers, lists, after = null) {
  const steps = visibleSteps(answers);
  const start = after ? steps.findIndex((s) => s.id === after) + 1 : 0;
  return steps.slice(start).find((s) => !isAnswered(s, answers, lists)) ?? null;
}

export function nextStep(answers, current) {
  const steps = visibleSteps(answers);
  return steps[steps.findIndex((s) => s.id === current) + 1] ?? null;
}

export function previousStep(answers, current) {
  const steps = visibleSteps(answers);
  const i = steps.findIndex((s) => s.id === current);
  return i > 0 ? steps[i - 1] : null;
}

// Where the core's errors land, by request path (longest prefix first).
const PATHS = [
  ['/insured_region', 'insured'],
  ['/treatment_region', 'treatment'],
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
  ['/institution', 'visit'],
  ['/voucher_activated', 'voucher'],
];

export function pathStep(path) {
  const p = String(path ?? '');
  const hit = PATHS.find(([prefix]) => p === prefix || p.startsWith(`${prefix}/`));
  return hit ? hit[1] : null;
}
