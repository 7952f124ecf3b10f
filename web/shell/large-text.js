// Large-text mode (适老化): a "大字" button in every page's header. On, the page's type is larger,
// the grey text black, borders and tick boxes bigger (styles/base.css, html.large-text). Remembered on
// the device (medins.large_text), applied before the page draws its screens. The button's words
// follow the page language, which each page sets on <html lang>.
import { DEFAULT_LANG } from './i18n.js';
import { SHELL_TEXT as TEXT } from './text.js';
import { embedState, embedded, setEmbedState } from './embed.js';

const KEY = 'medins.large_text';
const root = document.documentElement;

function remembered() {
  // Embedded: this instance's own setting (the element's large-text attribute, then the button).
  if (embedded) return embedState().largeText === true;
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function apply(on) {
  root.classList.toggle('large-text', on);
}

apply(remembered());

// The button is in each page's header (so the header does not shift when this runs); a page
// embedding the header some other way gets one made here.
const header = document.querySelector('header.top');
let button = document.getElementById('large-text');
if (!button && header) {
  button = document.createElement('button');
  button.type = 'button';
  button.id = 'large-text';
  button.className = 'large-text-toggle';
  header.insertBefore(button, header.querySelector('.lang-switch'));
}
if (button) {
  const label = () => (TEXT[root.lang] ?? TEXT[DEFAULT_LANG]).largeText;
  const draw = () => {
    const on = root.classList.contains('large-text');
    button.textContent = label();
    button.setAttribute('aria-pressed', String(on));
    button.lang = root.lang;
  };
  button.addEventListener('click', () => {
    const on = !root.classList.contains('large-text');
    apply(on);
    if (embedded) {
      setEmbedState({ largeText: on });
      draw();
      return;
    }
    try {
      localStorage.setItem(KEY, on ? '1' : '0');
    } catch {
      // Not remembered: acceptable, the mode still applies to this page.
    }
    draw();
  });
  new MutationObserver(draw).observe(root, { attributes: true, attributeFilter: ['lang'] });
  draw();
}
// Taps on the button are this module's from here on (shell/first-paint.js handled those before).
root.setAttribute('data-live-large-text', '');
