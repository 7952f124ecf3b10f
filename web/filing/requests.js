// Turns the answers into the core's requests (filing.plan, filing.validate). The page decides
// nothing about policy: it passes on what the person said, and the core picks the category.

// The core has no clock; "today" is the person's local calendar day, not the UTC one.
export function todayLocal(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// A date answer is kept as typed ({year, month, day} strings); this makes the core's ISO form.
// Full-width digits (Chinese input methods) become ASCII. Returns null when a part is missing;
// a part that is not a number is passed on as typed, so the core's own message explains it.
export function isoDate(parts) {
  if (!parts) return null;
  const clean = (v) => String(v ?? '').normalize('NFKC').trim();
  const year = clean(parts.year);
  const month = clean(parts.month);
  const day = clean(parts.day);
  if (!year || !month || !day) return null;
  const pad2 = (v) => (/^\d$/.test(v) ? `0${v}` : v);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

// Whole days from one ISO date to another (negative when `to` is earlier). Both are calendar
// days, so they are read as UTC midnights: local time zones and DST cannot shift the count.
export function daysBetween(from, to) {
  const ms = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((ms(to) - ms(from)) / 86400000);
}

const VALID_ISO = /^\d{4}-\d{2}-\d{2}$/;

// The facts filing.plan decides from. A question not asked (another reason was chosen) is
// sent as "no", which is what the core assumes for a fact it is not given.
export function facts(answers, asOf) {
  const purpose = answers.get('purpose');
  const living = purpose === 'live';
  const since = living ? isoDate(answers.get('since')) : null;
  const days = since && VALID_ISO.test(since) ? Math.max(0, daysBetween(since, asOf)) : 0;
  return {
    household_registration_moved: living && answers.get('household') === 'yes',
    has_residence_permit: living && answers.get('permit') === 'yes',
    days_living_there: Math.min(days, 54750),
    posted_by_employer: purpose === 'work',
    referred_by_hospital: purpose === 'referral',
    emergency: purpose === 'emergency',
  };
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
  else request.facts = facts(answers, asOf);
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
