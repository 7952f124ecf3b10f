// What the pages (filing, eligibility, estimate, handover, ledger, my data; the home page in part)
// do the same way: the language remembered on the device, asking the core without ever throwing,
// and loading the core behind a status line that says "loading" and, if it fails, says so plainly.
import { DEFAULT_LANG, LANGS } from './i18n.js';
import { embedState, embedded, reportError, setEmbedState, waitInit } from './embed.js';
import { EMBED_TEXT } from './text.js';
import { setWords } from './first-screen.js';
import { nextTask } from './next-task.js';
import { compiledCore } from './compiled-core.js';

export const LANG_KEY = 'medins.lang';
// Stands in for an answer when the core could not give one; pages show their generic text.
const NO_ANSWER = { ok: false, errors: [{ path: '', code: 'internal.error' }] };

export function savedLang() {
  // Embedded, each instance has its own language (the element's lang attribute, then the
  // person's choice in that instance), not the one remembered for the whole site.
  if (embedded) return LANGS.includes(embedState().lang) ? embedState().lang : DEFAULT_LANG;
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (LANGS.includes(saved)) return saved;
  } catch {
    // Storage switched off: the browser's language decides, as for a first visit.
  }
  return browserLang();
}

// A first visit opens in English when the browser asks for English (en, en-US, en-GB...); any
// other language, Chinese included, opens in Chinese, the site's first language. A choice made
// on the page is stored and wins from then on.
export function browserLang() {
  const asked = typeof navigator === 'undefined' ? '' : String(navigator.language ?? '');
  return /^en(-|$)/i.test(asked) ? 'en' : DEFAULT_LANG;
}

export function saveLang(code) {
  if (embedded) {
    setEmbedState({ lang: code });
    return;
  }
  try {
    localStorage.setItem(LANG_KEY, code);
  } catch {
    // Losing the choice on reload is acceptable.
  }
}

/**
 * The header's two language buttons (#lang-zh, #lang-en): a click saves the choice and calls
 * `onChoose(code)`. Returns `markPressed(lang)`, which sets aria-pressed for the page's language.
 */
export function languageButtons(onChoose) {
  const buttons = { 'zh-CN': document.getElementById('lang-zh'), en: document.getElementById('lang-en') };
  for (const [code, button] of Object.entries(buttons)) {
    button?.addEventListener('click', () => {
      saveLang(code);
      onChoose(code);
    });
  }
  markLanguageLive();
  return (lang) => {
    for (const [code, button] of Object.entries(buttons)) button?.setAttribute('aria-pressed', String(code === lang));
  };
}

/**
 * Marks <html data-live-lang>: the page's own listeners are on the language buttons, so
 * shell/first-paint.js, which took the taps made before the page's modules ran, leaves them be.
 */
export function markLanguageLive() {
  document.documentElement.setAttribute('data-live-lang', '');
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
 * The core (../medins.js, from `moduleUrl`). Embedded, it is instantiated from the module the
 * element compiled once for the whole host page, and holds the portal's institution list; a page
 * whose element sends nothing in time loads the module itself.
 */
export async function createCore(moduleUrl = new URL('../medins.js', import.meta.url).href) {
  if (!embedded) await firstPaint();
  const [{ default: createMedins }, init, compiled] = await Promise.all([import(moduleUrl), waitInit(), compiledCore()]);
  const module = init?.module instanceof WebAssembly.Module ? init.module : compiled;
  const options = {};
  if (module) {
    options.instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module),
        (err) => console.error('medins: instantiating the compiled module failed', err));
      return {};
    };
  }
  const core = await createMedins(options);
  if (typeof init?.institutions === 'string') {
    // The element checked the list already; a refusal here would be a bug, so it is reported.
    const loaded = JSON.parse(core.loadInstitutions(init.institutions));
    if (loaded.ok) loadedInstitutions = { source: loaded.result.source, as_of: loaded.result.as_of, count: loaded.result.count };
    else reportError('institutions-src', 'institutions.check', loaded.errors);
  }
  return core;
}

let loadedInstitutions = null;

/**
 * Resolves once the page has been drawn (the first screen from its HTML): the core's ~400 KB are
 * fetched after that, so on a slow connection they do not hold up the first paint's stylesheets
 * (shell/preload-core.js waits the same way). A hidden page draws nothing: no wait.
 */
export function firstPaint() {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The portal's institution list the core holds ({source, as_of, count}), or null. */
export function portalInstitutions() {
  return loadedInstitutions;
}

/** The portal's policy document the element checked and passed on, or null. */
export async function embeddedPolicy() {
  const init = await waitInit();
  return init?.policy ?? null;
}

/**
 * Loads the core (../medins.js) while `status` says `texts().loading`; then hides the status,
 * calls `ready(core)` (the page draws its first screen) and marks <html data-ready="1">. On
 * failure the status says `texts().loadFailed`.
 */
export async function loadCore({ status, texts, ready }) {
  status.textContent = texts().loading;
  try {
    const core = await createCore();
    await nextTask();
    status.hidden = true;
    await ready(core);
    document.documentElement.dataset.ready = '1';
  } catch (err) {
    console.error('medins: loading the core failed', err);
    const message = { 'zh-CN': EMBED_TEXT['zh-CN'].coreFailed, en: EMBED_TEXT.en.coreFailed };
    reportError('core', null, [{ code: 'embed.core_failed', path: '', message }]);
    status.hidden = false;
    status.textContent = texts().loadFailed;
    status.classList.add('error');
  }
}

/**
 * What every page of screens (the question flows, estimate, handover, ledger, my data) sets up
 * the same way: its language (remembered; a click on the header's buttons sets `page.lang` and
 * calls `render()`: same screen, same answers, only the words change), `page.ask` over the core,
 * and `page.load()`, which loads the core behind the #status line in `texts(lang)`'s words, sets
 * `page.core` (null until then), runs (and awaits) `ready()` and calls `render()` again.
 */
export function screenPage({ texts, render, ready }) {
  const page = { lang: savedLang(), core: null };
  page.ask = asker(() => page.core);
  const markPressed = languageButtons((code) => {
    page.lang = code;
    render();
  });
  /**
   * The page's language on the page: <html lang>, the text of every [data-{attr}] element and the
   * label of every [data-{attr}-label] one by `words(key)`, and the header's pressed button.
   */
  page.showLanguage = (words, attr = 'i18n') => {
    document.documentElement.lang = page.lang;
    for (const node of document.querySelectorAll(`[data-${attr}]`)) setWords(node, words(node.getAttribute(`data-${attr}`)));
    for (const node of document.querySelectorAll(`[data-${attr}-label]`)) node.setAttribute('aria-label', words(node.getAttribute(`data-${attr}-label`)));
    markPressed(page.lang);
  };
  /**
   * For a page that needs the core for only part of what it does (my data, the voucher guide):
   * starts loading it on the first call, sets `page.core` when it arrives and resolves; a failure
   * is logged and rejects, and the next call tries again.
   */
  let coreLoad = null;
  page.needCore = () => {
    coreLoad ??= createCore().then((core) => {
      page.core = core;
    }, (err) => {
      console.error('medins: loading the core failed', err);
      coreLoad = null;
      throw err;
    });
    return coreLoad;
  };
  page.load = () => loadCore({
    status: document.getElementById('status'),
    texts: () => texts(page.lang),
    ready: async (core) => {
      page.core = core;
      await ready?.();
      await nextTask();
      render();
    },
  });
  return page;
}
