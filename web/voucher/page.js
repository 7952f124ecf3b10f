// The voucher page (voucher/index.html): the e-voucher and e-social-security-card guide
// (voucher.guide) and the face-check walk (voucher.face_check), both answered by the core from
// data/voucher/. "#/" or no hash is the guide, "#/face…" the walk.
import { screenPage } from '../shell/page-shell.js';
import { drawScreen } from '../shell/first-screen.js';
import { el } from '../components/dom/dom.js';
import { renderFace } from './face.js';
import { renderGuide } from './guide.js';
import { TEXT } from './text.js';
// The guide's answer never changes for a build: the native CLI wrote it into the site
// (tools/gen_fixed_answers.mjs), so the guide is drawn without the core, whose module is fetched
// and compiled only for the face-check walk (docs/performance.md, "My data and the voucher guide
// without the core").
import GUIDE from './guide-answer.json' with { type: 'json' };

const mainEl = document.getElementById('voucher');
const statusEl = document.getElementById('status');
const page = screenPage({ texts: (lang) => TEXT[lang], render: () => render() });

function route() {
  const hash = location.hash;
  if (hash === '#/face' || hash.startsWith('#/face/')) return { face: true, sub: hash.slice('#/face/'.length) };
  return { face: false };
}

function render({ focus = false } = {}) {
  const t = TEXT[page.lang];
  document.title = t.pageTitle;
  page.showLanguage((key) => t[key]);
  const where = route();
  if (where.face && !page.core) {
    waitForCore(t);
    return;
  }
  statusEl.hidden = true;
  const shown = where.face
    ? renderFace(page.ask, where.sub, t, page.lang, () => render({ focus: true }))
    : renderGuide(GUIDE, t, page.lang);
  if (!shown) {
    mainEl.replaceChildren(el('p', { class: 'notice error', id: 'answer-failed', text: t.answerFailed }));
    return;
  }
  const drawn = drawScreen(mainEl, shown.node);
  if (focus && shown.focus) drawn(shown.focus).focus();
  document.documentElement.dataset.ready = '1';
}

// The walk needs the core: its title with "loading" under it until the core arrives (the guide,
// if it was shown, goes, or the status would be far below it), then the walk with the focus on its
// heading; if the core cannot be loaded, the status says so.
function waitForCore(t) {
  mainEl.replaceChildren(el('div', { class: 'screen' },
    el('a', { href: '#/', class: 'back-link', text: t.toGuide }),
    el('h1', { id: 'face-waiting', tabindex: '-1', text: t.faceTitle })));
  statusEl.classList.remove('error');
  statusEl.textContent = t.loading;
  statusEl.hidden = false;
  // Drawn only if the person is still waiting for the walk, not gone back to the guide meanwhile.
  page.needCore().then(() => route().face && render({ focus: true }), () => {
    statusEl.textContent = TEXT[page.lang].loadFailed;
    statusEl.classList.add('error');
  });
}

// Starts the core's download at the first sign of the walk: a pointer on, or the focus in, its
// start button.
for (const type of ['pointerdown', 'focusin']) {
  mainEl.addEventListener(type, (event) => {
    if (event.target.closest?.('#face-start')) page.needCore().catch(() => {});
  });
}

// A new screen takes the focus (its heading), so a screen reader reads it; an anchor within the
// guide ("#part-family") only scrolls.
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#part-') || location.hash === '#face-box') return;
  render({ focus: true });
  window.scrollTo(0, 0);
});

render();
