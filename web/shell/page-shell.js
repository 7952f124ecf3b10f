// What every flow page (filing, eligibility, estimate, handover) does the same way: the language
// remembered on the device, asking the core without ever throwing, and loading the core behind a
// status line that says "loading" and, if it fails, says so plainly.
import { DEFAULT_LANG, LANGS } from '../i18n.js';

const LANG_KEY = 'medins.lang';
// Stands in for an answer when the core could not give one; pages show their generic text.
const NO_ANSWER = { ok: false, errors: [{ path: '', code: 'internal.error' }] };

export function savedLang() {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    return LANGS.includes(saved) ? saved : DEFAULT_LANG;
  } catch {
    // Storage switched off: the page starts in the default language.
    return DEFAULT_LANG;
  }
}

export function saveLang(code) {
  try {
    localStorage.setItem(LANG_KEY, code);
  } catch {
    // Losing the choice on reload is acceptable.
  }
}

/** `ask(op, request)` over the core `getCore()` returns: a parsed answer, never an exception. */
export function asker(getCore) {
  return (op, request) => {
    try {
      const response = JSON.parse(getCore().handle(op, JSON.stringify(request)));
      return typeof response?.ok === 'boolean' ? response : NO_ANSWER;
    } catch (err) {
      console.error('medins: the core did not answer', err);
      return NO_ANSWER;
    }
  };
}

/**
 * Loads the core (../medins.js) while `status` says `texts().loading`; then hides the status,
 * calls `ready(core)` (the page draws its first screen) and marks <html data-ready="1">. On
 * failure the status says `texts().loadFailed`.
 */
export async function loadCore({ status, texts, ready }) {
  status.textContent = texts().loading;
  try {
    const { default: createMedins } = await import('../medins.js');
    const core = await createMedins();
    status.hidden = true;
    await ready(core);
    document.documentElement.dataset.ready = '1';
  } catch (err) {
    console.error('medins: loading the core failed', err);
    status.hidden = false;
    status.textContent = texts().loadFailed;
    status.classList.add('error');
  }
}
