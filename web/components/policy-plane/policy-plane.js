// The policies a page needs, fetched from the site rather than carried in the wasm module: the
// index of the places medins knows (policies/index.json, written at build time by
// tools/gen_policy_index.mjs) and, once a person's insured place is known, that place's file and
// its city's and province's (the files the core's policy.get would fall back to). Each file is
// handed to the core (core.loadPolicy), which checks it with the same parser as every shipped
// file and then answers policy.get and estimate from it as before. The service worker keeps each
// fetched file for offline use (sw.js).
//
// What can go wrong is kept as a plain state, never as the core's pointers, for the page to say
// in words: 'offline' (no connection and never fetched), 'missing' (the site has no such file),
// 'broken' (the file failed the core's check).

/** Which places of the index can apply to this insured place and scheme: it, its city, its province. */
export function placesFor(list, insured, scheme) {
  if (!/^\d{6}$/.test(insured ?? '')) return [];
  const covers = [insured, `${insured.slice(0, 4)}00`, `${insured.slice(0, 2)}0000`];
  return (list ?? []).filter((p) => p.scheme === scheme && covers.includes(p.region));
}

// The cache the service worker keeps fetched policies in (sw.js: POLICIES).
const POLICY_CACHE = 'medins-policies';

async function fetchText(url, fetchFn) {
  let response;
  try {
    response = await fetchFn(url);
  } catch {
    // fetch() rejects only when nothing answered: no network, and no copy kept by the worker.
    return { problem: 'offline' };
  }
  if (!response.ok) return { problem: 'missing', status: response.status };
  // On a first visit the service worker may not control the page yet, so it did not see this
  // fetch: the page keeps the copy itself, in the worker's cache, for the day there is no signal.
  if (!globalThis.navigator?.serviceWorker?.controller && globalThis.caches) {
    const copy = response.clone();
    caches.open(POLICY_CACHE).then((cache) => cache.put(url, copy)).catch(() => {});
  }
  try {
    return { text: await response.text() };
  } catch {
    return { problem: 'offline' };
  }
}

/**
 * @param {object} o
 * @param {() => object|null} o.core   the core (null until loaded), with loadPolicy(path, text)
 * @param {string} [o.base]            the site's policies/ folder URL
 * @param {() => void} [o.onChange]    called when something fetched settles
 * @param {typeof fetch} [o.fetchFn]
 */
export function policyPlane({ core, base = new URL('../../policies/', import.meta.url).href, onChange = () => {}, fetchFn = (u) => fetch(u) }) {
  let index = null; // {policies: [...]} once fetched
  let indexProblem = null;
  let indexLoading = null;
  const files = new Map(); // id -> {state: 'loading'|'ready'|'offline'|'missing'|'broken', promise}

  // A fetch that failed for want of a connection is tried again once the browser is online; any
  // other failure only when asked (`retry`, the places screen). While a retry is on its way the
  // earlier problem stays on show, so a redraw never flickers back to "loading".
  const online = () => globalThis.navigator?.onLine !== false;
  function loadIndex({ retry = false } = {}) {
    if (index) return Promise.resolve(index);
    if (indexLoading) return indexLoading;
    if (indexProblem && !retry && !(indexProblem === 'offline' && online())) return Promise.resolve(null);
    indexLoading = (async () => {
      const got = await fetchText(`${base}index.json`, fetchFn);
      if (got.text !== undefined) {
        try {
          const parsed = JSON.parse(got.text);
          if (!Array.isArray(parsed?.policies)) throw new Error('no policies');
          index = parsed;
          indexProblem = null;
        } catch {
          indexProblem = 'broken';
        }
      } else {
        indexProblem = got.problem;
      }
      indexLoading = null;
      return index;
    })();
    return indexLoading;
  }

  function loadFile(entry) {
    const known = files.get(entry.id);
    const retry = known?.state === 'offline' && !known.retrying && online();
    if (known && !retry) return known.promise;
    const record = known ?? { state: 'loading' };
    record.retrying = Boolean(known);
    record.promise = (async () => {
      const path = `policies/${entry.id}.json`;
      const got = await fetchText(`${base}${entry.id}.json`, fetchFn);
      record.retrying = false;
      if (got.text === undefined) {
        record.state = got.problem;
        return;
      }
      let answer;
      try {
        answer = JSON.parse(core().loadPolicy(path, got.text));
      } catch {
        answer = { ok: false };
      }
      record.state = answer.ok ? 'ready' : 'broken';
      record.errors = answer.ok ? undefined : answer.errors;
      if (answer.ok) record.document = JSON.parse(got.text);
    })();
    files.set(entry.id, record);
    return record.promise;
  }

  // Back online: a redraw fetches again what the lack of a connection kept away.
  globalThis.addEventListener?.('online', () => onChange());

  const plane = {
    loadIndex,
    index: () => index,
    /** The document of a file the core holds ("110000/employee"), or null. */
    document: (id) => files.get(id)?.document ?? null,
    /** Fetches (once) what the insured place and scheme need; resolves when all have settled. */
    async prepare(insured, scheme) {
      if (!/^\d{6}$/.test(insured ?? '') || !scheme) return;
      const before = plane.signature(insured, scheme);
      await loadIndex();
      await Promise.all(placesFor(index?.policies, insured, scheme).map(loadFile));
      if (plane.signature(insured, scheme) !== before) onChange();
    },
    /** The index entries for the place that the core holds now (fetched and checked). */
    ready(insured, scheme) {
      return placesFor(index?.policies, insured, scheme).filter((p) => files.get(p.id)?.state === 'ready');
    },
    /** Whether something for the place is still on its way. */
    pending(insured, scheme) {
      if (!/^\d{6}$/.test(insured ?? '') || !scheme) return false;
      if (!index) return !indexProblem;
      return placesFor(index.policies, insured, scheme).some((p) => !files.has(p.id) || files.get(p.id).state === 'loading');
    },
    /** What went wrong for the place, first one: 'offline' | 'missing' | 'broken' | null. */
    problem(insured, scheme) {
      if (!/^\d{6}$/.test(insured ?? '') || !scheme) return null;
      if (!index) return indexProblem;
      for (const p of placesFor(index.policies, insured, scheme)) {
        const state = files.get(p.id)?.state;
        if (state === 'offline' || state === 'missing' || state === 'broken') return state;
      }
      return null;
    },
    signature(insured, scheme) {
      const ids = index ? placesFor(index.policies, insured, scheme).map((p) => `${p.id}:${files.get(p.id)?.state}`) : [];
      return `${index ? 'i' : indexProblem ?? '-'}|${ids.join(',')}`;
    },
  };
  return plane;
}
