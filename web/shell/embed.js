// The page side of <medins-assistant> (../medins-assistant.js, docs/embedding.md): a no-op unless
// this page runs inside the element's iframe. The element names its iframe "medins-embed:{...}"
// with the instance's settings (language, large text); window.name belongs to that one frame and
// survives the frame's own navigations (full mode moves from the home page to filing/ and back),
// so each instance keeps its own language without storage the other instances share.
//
// Messages go to the parent only, at this origin only, and are accepted from the parent only:
//   page → element: hello (send me the init), height, screen (a new screen), result {op, result},
//                   error {source, op, errors}
//   element → page: init {module, theme, institutions, policy}, settings {lang, largeText}
const PREFIX = 'medins-embed:';

export const embedded = window.parent !== window && window.name.startsWith(PREFIX);

function readState() {
  try {
    return JSON.parse(window.name.slice(PREFIX.length)) ?? {};
  } catch {
    return {};
  }
}

/** The instance's settings (lang, largeText) as the element or the person last set them. */
export function embedState() {
  return embedded ? readState() : {};
}

export function setEmbedState(patch) {
  if (embedded) window.name = PREFIX + JSON.stringify({ ...readState(), ...patch });
}

function post(message) {
  if (embedded) window.parent.postMessage(message, location.origin);
}

function fromParent(event) {
  return event.source === window.parent && event.origin === location.origin && typeof event.data?.type === 'string';
}

// The element's theme: its documented custom properties, mapped onto the page's own.
const THEME = {
  accent: '--accent',
  text: '--text',
  background: '--bg',
  error: '--error',
};

function applyTheme(theme = {}) {
  const root = document.documentElement;
  for (const [key, property] of Object.entries(THEME)) {
    if (theme[key]) root.style.setProperty(property, theme[key]);
  }
  if (theme.fontSize) root.style.fontSize = theme.fontSize;
  if (theme.fontFamily) document.body.style.fontFamily = theme.fontFamily;
  if (theme.radius) root.style.setProperty('--radius', theme.radius);
}

// The frame grows with its content, so the host page scrolls and the frame never does.
function followHeight() {
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      post({ type: 'medins:height', height });
    }
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

let init = null;

/**
 * The element's init message ({module, theme, institutions, policy}), or null when this page is
 * not embedded or no init came within `timeoutMs` (the page then loads the core itself).
 */
export function waitInit(timeoutMs = 4000) {
  if (!embedded) return Promise.resolve(null);
  init ??= new Promise((resolve) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      resolve(null);
    }, timeoutMs);
    function onMessage(event) {
      if (!fromParent(event) || event.data.type !== 'medins:init') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      applyTheme(event.data.theme);
      resolve(event.data);
    }
    window.addEventListener('message', onMessage);
    post({ type: 'medins:hello' });
  });
  return init;
}

// What was last reported, per kind: a screen drawn again (a language switch, a re-render) with the
// same answer is not a new event for the host.
const lastSent = new Map();

function postOnce(key, message) {
  if (!embedded) return;
  const text = JSON.stringify(message);
  if (lastSent.get(key) === text) return;
  lastSent.set(key, text);
  post(message);
}

/** A result the person now sees: the element re-dispatches it as a medins-result event. */
export function reportResult(op, result) {
  postOnce(`result:${op}`, { type: 'medins:result', op, result });
}

/** Something the core refused (or the core failing to load): a medins-error event. */
export function reportError(source, op, errors) {
  postOnce(`error:${source}:${op}`, { type: 'medins:error', source, op, errors });
}

if (embedded) {
  document.documentElement.classList.add('embedded');
  // A language or text size set on the element after the start: the page's own buttons apply it,
  // so the page redraws exactly as when the person presses them.
  window.addEventListener('message', (event) => {
    if (!fromParent(event) || event.data.type !== 'medins:settings') return;
    const { lang, largeText } = event.data;
    if (lang) document.getElementById(lang === 'en' ? 'lang-en' : 'lang-zh')?.click();
    const button = document.getElementById('large-text');
    if (typeof largeText === 'boolean' && button && document.documentElement.classList.contains('large-text') !== largeText) {
      button.click();
    }
  });
  // A new screen starts at its top: the element brings its own top into view if the host page
  // is scrolled past it (the frame has no scrolling of its own).
  window.addEventListener('hashchange', () => post({ type: 'medins:screen' }));
  // A link to another site (a policy's source, say) opens in a new tab, not inside the portal.
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[href]');
    if (link && new URL(link.href, location.href).origin !== location.origin) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
  }, true);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', followHeight);
  else followHeight();
}
