// The questions of the filing flow, one per screen, in order. Each step names the answer it
// fills, the kind of control, and (where the core checks it) the request path whose errors
// belong to it. Which steps are asked depends on earlier answers (`when`); the order of this
// list is the order of the flow and of the "check your answers" list
// (components/question-flow/steps.js).
import { pathToStep, stepList } from '../components/question-flow/steps.js';

const PURPOSES_WORKING = ['live', 'work', 'referral', 'emergency', 'other'];
// "Posted by an employer" is only for people who work; offering it to a retiree would let them
// give an answer the core must then refuse.
const PURPOSES_RETIRED = ['live', 'referral', 'emergency', 'other'];

const fromQr = (a) => Boolean(a.get('category_from_qr'));
const living = (a) => !fromQr(a) && a.get('purpose') === 'live';

export const STEPS = [
  { id: 'scheme', kind: 'radio', options: () => ['employee', 'resident'] },
  { id: 'employment', kind: 'radio', options: () => ['working', 'retired'] },
  // Region answers start from what the page's region section remembered, if anything.
  // A code from an older list is not shown: the person chooses the place again.
  { id: 'insured', kind: 'region', path: '/insured_region', remembered: 'medins.insured_region', exactOnly: true },
  { id: 'destination', kind: 'region', path: '/destination', remembered: 'medins.treatment_region', exactOnly: true },
  {
    id: 'purpose',
    kind: 'radio',
    options: (a) => (a.get('employment') === 'working' ? PURPOSES_WORKING : PURPOSES_RETIRED),
    when: (a) => !fromQr(a),
  },
  { id: 'household', kind: 'yesno', when: living },
  { id: 'permit', kind: 'yesno', when: living },
  // Not a field of the application: filing.plan counts the days living there from it.
  { id: 'since', kind: 'date', path: '/facts/living_there_since', dateOnly: true, when: living },
  // Without household registration or a residence permit there, a personal undertaking
  // (个人承诺书) is what makes a long-term filing possible (docs/filing.md).
  { id: 'undertaking', kind: 'yesno', when: (a) => living(a) && a.get('household') === 'no' && a.get('permit') === 'no' },
  { id: 'start_date', kind: 'date', path: '/start_date' },
  { id: 'name', kind: 'text', path: '/name', autocomplete: 'name' },
  {
    id: 'id',
    kind: 'text',
    path: '/id',
    autocomplete: 'off',
    spellcheck: false,
    autocapitalize: 'characters',
    wide: true,
  },
  { id: 'mobile', kind: 'text', path: '/mobile', type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  { id: 'address', kind: 'text', path: '/contact_address', autocomplete: 'street-address', long: true },
  { id: 'reason', kind: 'text', path: '/reason', optional: true, long: true },
];

export const FLOW = stepList(STEPS);

// Where the core's errors land, by request path. filing.plan and filing.validate both use
// /reason, for different things: the plan's is the category, the application's the free text.
const PLAN_PATHS = [
  ['/person/scheme', 'scheme'],
  ['/person/employment', 'employment'],
  ['/insured_region', 'insured'],
  ['/destination', 'destination'],
  ['/reason', 'purpose'],
  ['/facts/living_there_since', 'since'],
  ['/facts', 'purpose'],
  ['/start_date', 'start_date'],
];
const APPLICATION_PATHS = [
  ['/name', 'name'],
  ['/id', 'id'],
  ['/mobile', 'mobile'],
  ['/insured_region', 'insured'],
  ['/destination', 'destination'],
  ['/category', 'purpose'],
  ['/start_date', 'start_date'],
  ['/contact_address', 'address'],
  ['/reason', 'reason'],
];

export const planPathStep = pathToStep(PLAN_PATHS);
export const applicationPathStep = pathToStep(APPLICATION_PATHS);
