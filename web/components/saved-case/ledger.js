// The ledger as kept on the device: every entry in localStorage under keys starting
// `medins.ledger.` (the case export carries every `medins.` key), in the core's own shape
// (docs/ledger.md): settlements with their slip in fen, claims with their history. Nothing
// here computes: the core's ledger.summarize does, so the page and the command line agree.

export const KEYS = {
  settlements: 'medins.ledger.settlements',
  claims: 'medins.ledger.claims',
  profile: 'medins.ledger.profile', // {insured, scheme, claimMonths?, claimYearEndPlus?}
};

function read(key, fallback) {
  try {
    const value = JSON.parse(localStorage.getItem(key));
    return value ?? fallback;
  } catch {
    return fallback;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage off or full: the page still works for this visit, from memory.
  }
}

export const loadSettlements = () => (Array.isArray(read(KEYS.settlements)) ? read(KEYS.settlements) : []);
export const loadClaims = () => (Array.isArray(read(KEYS.claims)) ? read(KEYS.claims) : []);
export const loadProfile = () => {
  const p = read(KEYS.profile, {});
  return p && typeof p === 'object' ? p : {};
};
export const saveSettlements = (list) => write(KEYS.settlements, list);
export const saveClaims = (list) => write(KEYS.claims, list);
export const saveProfile = (profile) => write(KEYS.profile, profile);

/** A fresh id for an entry: unique within the ledger, meaningless outside it. */
export function newId(prefix, list) {
  let n = list.length + 1;
  while (list.some((e) => e.id === `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/**
 * The ledger.summarize request. `place` overrides the ledger's own insured place and scheme
 * (the estimate page asks with the place of the bill it estimates).
 */
export function summarizeRequest(asOf, place = {}, { settlements = loadSettlements(), claims = loadClaims() } = {}) {
  const profile = loadProfile();
  const request = {
    as_of: asOf,
    insured_region: place.insured ?? profile.insured,
    scheme: place.scheme ?? profile.scheme,
    settlements,
    claims,
  };
  const rule = profile.claimMonths ? { months: Number(profile.claimMonths) } : null;
  if (rule) request.insured_place_rules = { claim_deadline: rule };
  return request;
}

/**
 * The year of `on` in the ledger, for the estimate page: {year, year_to_date, settlements} when
 * the ledger has settlements that year, else null (also when the ledger cannot be read).
 */
export function ledgerYear(ask, { insured, scheme, on, today }) {
  const settlements = loadSettlements();
  if (!settlements.length || !insured || !scheme || !on) return null;
  const response = ask('ledger.summarize', summarizeRequest(today, { insured, scheme }, { settlements, claims: [] }));
  if (!response.ok) return null;
  const year = response.result.years.find((y) => y.year === Number(on.slice(0, 4)));
  if (!year || year.totals.settlements === 0) return null;
  return { year: year.year, year_to_date: year.year_to_date, settlements: year.totals.settlements };
}
