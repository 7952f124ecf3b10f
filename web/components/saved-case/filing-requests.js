// Turns the answers into the core's requests (filing.plan, filing.validate). The page decides
// nothing about policy: it passes on what the person said, and the core picks the category.

import { isoDate } from '../date-input/iso-date.js';

const VALID_ISO = /^\d{4}-\d{2}-\d{2}$/;

// The facts filing.plan decides from. A question not asked (another reason was chosen) is
// sent as "no", which is what the core assumes for a fact it is not given. The day they started
// living there goes as a date: the core counts the days and refuses a mistyped year.
export function facts(answers) {
  const purpose = answers.get('purpose');
  const living = purpose === 'live';
  const household = living && answers.get('household') === 'yes';
  const permit = living && answers.get('permit') === 'yes';
  const since = living ? isoDate(answers.get('since')) : null;
  const out = {
    household_registration_moved: household,
    has_residence_permit: permit,
    // Asked only of people with neither (filing/steps.js).
    will_sign_undertaking: living && !household && !permit && answers.get('undertaking') === 'yes',
    posted_by_employer: purpose === 'work',
    referred_by_hospital: purpose === 'referral',
    emergency: purpose === 'emergency',
  };
  if (since && VALID_ISO.test(since)) out.living_there_since = since;
  return out;
}

// filing.plan: the category comes from the facts, or, for answers carried in by a QR code,
// from the category the QR code names (the reason questions were answered on the other device).
export function planRequest(answers, asOf) {
  const request = {
    person: { scheme: answers.get('scheme'), employment: answers.get('employment') },
    insured_region: answers.get('insured'),
    destination: answers.get('destination'),
    start_date: isoDate(answers.get('start_date')) ?? '',
    as_of: asOf,
  };
  const fromQr = answers.get('category_from_qr');
  if (fromQr) request.reason = fromQr;
  else request.facts = facts(answers);
  return request;
}

// filing.validate. Missing answers are sent as empty strings so the core reports each field
// with its own message; the caller keeps only the errors of the fields it is asking about.
export function applicationRequest(answers, category, asOf) {
  const text = (key) => answers.get(key) ?? '';
  return {
    name: text('name'),
    id: text('id'),
    mobile: text('mobile'),
    insured_region: text('insured'),
    destination: text('destination'),
    category: category ?? '',
    start_date: isoDate(answers.get('start_date')) ?? '',
    contact_address: text('address'),
    reason: text('reason'),
    as_of: asOf,
  };
}
