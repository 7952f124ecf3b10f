// The person's answers, saved on every keystroke so a reload (or a phone that drops the tab)
// loses nothing. Each answer has its own key under the flow's prefix in localStorage, as typed.
// Keys named session-only (the filing's ID number) go to sessionStorage only, so they are gone
// when the tab closes and never sit on a shared family computer. Each part's prefix and
// session-only keys are in ../saved-case/stores.js.

// Storage can be switched off or full; the flow then still works for this visit, from memory.
function attempt(fn, fallback) {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export class Answers {
  constructor({ prefix, sessionOnly = new Set() }) {
    this.prefix = prefix;
    this.sessionOnly = sessionOnly;
    this.values = {};
    for (const store of [localStorage, sessionStorage]) {
      const keys = attempt(() => Object.keys(store), []);
      for (const full of keys) {
        if (!full.startsWith(prefix)) continue;
        const key = full.slice(prefix.length);
        // A value under the wrong store (an ID number in localStorage from some older page)
        // is dropped rather than trusted.
        if (this.storeFor(key) !== store) {
          attempt(() => store.removeItem(full));
          continue;
        }
        const raw = attempt(() => store.getItem(full), null);
        const value = attempt(() => JSON.parse(raw), undefined);
        if (value !== undefined && value !== null) this.values[key] = value;
      }
    }
  }

  storeFor(key) {
    return this.sessionOnly.has(key) ? sessionStorage : localStorage;
  }

  get(key) {
    return this.values[key];
  }

  has(key) {
    const v = this.values[key];
    return v !== undefined && v !== null && v !== '';
  }

  set(key, value) {
    if (value === undefined || value === null) {
      this.remove(key);
      return;
    }
    this.values[key] = value;
    attempt(() => this.storeFor(key).setItem(this.prefix + key, JSON.stringify(value)));
  }

  remove(key) {
    delete this.values[key];
    attempt(() => this.storeFor(key).removeItem(this.prefix + key));
  }

  get empty() {
    return Object.keys(this.values).length === 0;
  }

  clear() {
    for (const store of [localStorage, sessionStorage]) {
      const keys = attempt(() => Object.keys(store), []);
      for (const full of keys) {
        if (full.startsWith(this.prefix)) attempt(() => store.removeItem(full));
      }
    }
    this.values = {};
  }
}
