// <medins-assistant>: the assistant inside a government portal's own page (docs/embedding.md).
//
//   <script type="module" src="/assistant/medins-assistant.js"></script>
//   <medins-assistant mode="estimate" lang="zh-CN"></medins-assistant>
//
// The flow pages are whole-page apps (document-level DOM, hash routing), so the element does not
// re-create them: its shadow root holds its own small stylesheet and an <iframe> of the page for
// the mode, from the element's own origin. Nothing of the host's CSS reaches inside, and nothing
// of the pages' CSS reaches out. Element and page talk by postMessage, each checking the other's
// origin and window (web/shell/embed.js is the page side).
//
// One wasm module per host page: the first element compiles medins.wasm, every instance's frame
// is handed that compiled module and instantiates its own engine from it (its own answers and
// language), and the element validates the portal's files with an engine of its own made the
// same way.
import { EMBED_TEXT } from './shell/text.js';

const BASE = new URL('./', import.meta.url);
const MODE_PATHS = { full: '', filing: 'filing/', eligibility: 'eligibility/', estimate: 'estimate/' };
// Documented CSS custom properties (docs/embedding.md) and the theme keys the page maps them to.
const THEME_PROPERTIES = {
  '--medins-accent': 'accent',
  '--medins-text': 'text',
  '--medins-background': 'background',
  '--medins-error': 'error',
  '--medins-font-size': 'fontSize',
  '--medins-font-family': 'fontFamily',
  '--medins-radius': 'radius',
};

let compiled = null;
let validator = null;

function compileOnce() {
  compiled ??= WebAssembly.compileStreaming(fetch(new URL('medins.wasm', BASE))).catch((err) => {
    compiled = null; // a later instance may try again (the network came back)
    throw err;
  });
  return compiled;
}

// The element's own engine, from the same compiled module: it checks the portal's files before
// any frame gets them.
function engine() {
  validator ??= Promise.all([compileOnce(), import(new URL('medins.js', BASE).href)])
    .then(([module, { default: createMedins }]) => createMedins({
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module));
        return {};
      },
    }))
    .catch((err) => {
      validator = null;
      throw err;
    });
  return validator;
}

// An error of the element's own (a file could not be fetched), in the core's shape.
function ownError(code, text) {
  return [{ code, path: '', message: { 'zh-CN': text('zh-CN'), en: text('en') } }];
}

async function fetchText(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

class MedinsAssistant extends HTMLElement {
  static observedAttributes = ['lang', 'large-text'];

  #frame;
  #files = null;
  // The portal's files that did not load ('institutions', 'policy'): the portal hears of them by
  // event, and the person using the element reads one plain sentence each above the frame.
  #notLoaded = new Set();
  #notice = null;
  #onMessage = (event) => this.#message(event);

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    // A stylesheet file, not an inline <style>: a host CSP with style-src 'self' (no
    // 'unsafe-inline') blocks the latter.
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('medins-assistant.css', BASE).href;
    shadow.append(style);
  }

  get mode() {
    const mode = this.getAttribute('mode');
    return Object.hasOwn(MODE_PATHS, mode) ? mode : 'full';
  }

  get #lang() {
    return this.getAttribute('lang') === 'en' ? 'en' : 'zh-CN';
  }

  connectedCallback() {
    window.addEventListener('message', this.#onMessage);
    if (this.#frame) return; // moved in the document: the frame goes on as it was
    this.#files ??= this.#loadFiles();
    compileOnce().catch(() => {}); // started now; a frame asking for it gets it sooner
    const frame = document.createElement('iframe');
    frame.setAttribute('part', 'frame');
    // The frame's name carries this instance's settings across the frame's own navigations. A
    // browsing context takes its name when the frame is inserted, so it is set before that.
    frame.name = `medins-embed:${JSON.stringify({ lang: this.#lang, largeText: this.hasAttribute('large-text') })}`;
    frame.title = EMBED_TEXT[this.#lang].frameTitle[this.mode];
    frame.src = new URL(`${MODE_PATHS[this.mode]}?embed=1`, BASE).href;
    this.#frame = frame;
    this.shadowRoot.append(frame);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.#onMessage);
  }

  attributeChangedCallback() {
    this.#showNotice();
    if (!this.#frame) return;
    this.#post({ type: 'medins:settings', lang: this.#lang, largeText: this.hasAttribute('large-text') });
  }

  #post(message) {
    this.#frame?.contentWindow?.postMessage(message, location.origin);
  }

  // In the element's language, with no code, file name or pointer: the person cannot act on those.
  #showNotice() {
    if (!this.#notLoaded.size) return;
    const words = EMBED_TEXT[this.#lang].notLoaded;
    if (!this.#notice) {
      this.#notice = document.createElement('div');
      this.#notice.className = 'medins-notice';
      this.#notice.setAttribute('role', 'status');
      this.#notice.setAttribute('part', 'notice');
      this.shadowRoot.insertBefore(this.#notice, this.#frame ?? null);
    }
    this.#notice.lang = this.#lang;
    const list = document.createElement('ul');
    for (const key of ['institutions', 'policy']) {
      if (!this.#notLoaded.has(key)) continue;
      const item = document.createElement('li');
      item.textContent = words[key];
      list.append(item);
    }
    this.#notice.replaceChildren(list);
  }

  #fileFailed(key) {
    this.#notLoaded.add(key);
    this.#showNotice();
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // The portal's files, fetched by the host page (its connect-src applies) and checked by the
  // core. A file the core refuses is a medins-error event and is not passed on: the instance works
  // as without it.
  async #loadFiles() {
    const files = { institutions: null, policy: null };
    // Each check takes the file as text, so a file that is not JSON at all is answered in the
    // core's own words too (institutions.malformed_json, request.malformed_json).
    const sources = [
      ['institutions-src', 'institutions', 'institutions.check', (core, text) => JSON.parse(core.loadInstitutions(text))],
      ['policy-src', 'policy', 'policy.validate', (core, text) => JSON.parse(core.handle('policy.validate', `{"policy": ${text}\n}`))],
    ];
    for (const [attribute, key, op, check] of sources) {
      const src = this.getAttribute(attribute);
      if (!src) continue;
      let text;
      try {
        text = await fetchText(new URL(src, document.baseURI));
      } catch (err) {
        this.#emit('medins-error', { mode: this.mode, source: attribute, op, errors: ownError('embed.fetch_failed',
          (lang) => EMBED_TEXT[lang].fetchFailed(src, err.message)) });
        this.#fileFailed(key);
        continue;
      }
      let answer;
      try {
        answer = check(await engine(), text);
      } catch {
        continue; // the engine did not load: the frame reports that itself
      }
      if (answer.ok) files[key] = key === 'institutions' ? text : JSON.parse(text);
      else {
        this.#emit('medins-error', { mode: this.mode, source: attribute, op, errors: answer.errors });
        this.#fileFailed(key);
      }
    }
    return files;
  }

  #theme() {
    const style = getComputedStyle(this);
    const theme = {};
    for (const [property, key] of Object.entries(THEME_PROPERTIES)) {
      const value = style.getPropertyValue(property).trim();
      if (value) theme[key] = value;
    }
    return theme;
  }

  async #init() {
    const [module, files] = await Promise.all([compileOnce().catch(() => null), this.#files]);
    this.#post({ type: 'medins:init', module, theme: this.#theme(), ...files });
  }

  #message(event) {
    if (!this.#frame || event.origin !== location.origin || event.source !== this.#frame.contentWindow) return;
    const data = event.data ?? {};
    if (data.type === 'medins:hello') {
      this.#init();
    } else if (data.type === 'medins:height' && Number.isFinite(data.height)) {
      this.#frame.style.height = `${Math.max(0, Math.ceil(data.height))}px`;
    } else if (data.type === 'medins:screen') {
      if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
    } else if (data.type === 'medins:result') {
      this.#emit('medins-result', { mode: this.mode, op: data.op, result: data.result });
    } else if (data.type === 'medins:error') {
      this.#emit('medins-error', { mode: this.mode, source: data.source, op: data.op, errors: data.errors });
    }
  }
}

if (!customElements.get('medins-assistant')) customElements.define('medins-assistant', MedinsAssistant);
