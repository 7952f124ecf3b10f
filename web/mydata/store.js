// What the pages keep on the device: every localStorage and sessionStorage item whose key starts
// with "medins." (docs/case-file.md). Read, written and cleared here only; values are never
// logged or shown.

const PREFIX = 'medins.';
export const ID_KEY = 'medins.filing.id';
const STORES = () => [localStorage, sessionStorage];

function attempt(fn, fallback) {
  try {
    return fn();
  } catch {
    // Storage switched off or full: the page still answers, with what it could do.
    return fallback;
  }
}

/** Every stored item, key → value as stored (sessionStorage wins on a clash). */
export function storedEntries() {
  const out = {};
  for (const store of STORES()) {
    for (const key of attempt(() => Object.keys(store), [])) {
      if (!key.startsWith(PREFIX)) continue;
      const value = attempt(() => store.getItem(key), null);
      if (value !== null) out[key] = value;
    }
  }
  return out;
}

// Which page a key belongs to; the same split as case_section() in the core, which the import
// preview uses, so the two lists line up.
export function sectionOf(key) {
  if (key.startsWith('medins.filing.')) return 'filing';
  if (key.startsWith('medins.eligibility.') || key.startsWith('medins.why_failed.')) return 'eligibility';
  if (key.startsWith('medins.estimate.')) return 'estimate';
  if (key === 'medins.ledger' || key.startsWith('medins.ledger.')) return 'ledger';
  if (key === 'medins.insured_region' || key === 'medins.treatment_region') return 'regions';
  if (key === 'medins.lang') return 'language';
  return 'other';
}

export function countBySection(keys) {
  const counts = {};
  for (const key of keys) counts[sectionOf(key)] = (counts[sectionOf(key)] ?? 0) + 1;
  return counts;
}

/** The plain case file's text; the ID number only when asked for. */
export function caseFileText({ includeId, now = new Date() }) {
  const entries = storedEntries();
  if (!includeId) delete entries[ID_KEY];
  const sorted = Object.fromEntries(Object.keys(entries).sort().map((k) => [k, entries[k]]));
  return JSON.stringify({ format: 'medins-case', version: 1, saved_at: now.toISOString(), entries: sorted }, null, 2);
}

export function clearAll() {
  for (const store of STORES()) {
    for (const key of attempt(() => Object.keys(store), [])) {
      if (key.startsWith(PREFIX)) attempt(() => store.removeItem(key));
    }
  }
}

/**
 * Replaces everything kept with a checked file's entries: `listed` is case.check's list (key and
 * store of each), `entries` the file's values. Returns how many were written.
 */
export function restore(listed, entries) {
  clearAll();
  let written = 0;
  for (const { key, store } of listed) {
    const target = store === 'session' ? sessionStorage : localStorage;
    if (attempt(() => {
      target.setItem(key, entries[key]);
      return true;
    }, false)) written++;
  }
  return written;
}
