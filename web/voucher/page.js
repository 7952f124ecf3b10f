// The voucher page (voucher/index.html): the e-voucher and e-social-security-card guide
// (voucher.guide) and the face-check walk (voucher.face_check), both answered by the core from
// data/voucher/. "#/" or no hash is the guide, "#/face…" the walk.
import { screenPage } from '../shell/page-shell.js';
import { drawScreen } from '../shell/first-screen.js';
import { el } from '../components/dom/dom.js';
import { renderFace } from './face.js';
import { renderGuide } from './guide.js';
import { TEXT } from './text.js';

const mainEl = document.getElementById('voucher');
// The guide's answer does not change while the page is open: asked once the core arrives, in a
// task before the first screen is drawn (shell/next-task.js), and again only if it failed.
let guide = null;
const guideAnswer = () => {
  if (!guide?.ok) guide = page.ask('voucher.guide', {});
  return guide;
};
const page = screenPage({ texts: (lang) => TEXT[lang], render: () => render(), ready: guideAnswer });

function route() {
  const hash = location.hash;
  if (hash === '#/face' || hash.startsWith('#/face/')) return { face: true, sub: hash.slice('#/face/'.length) };
  return { face: false };
}

function render({ focus = false } = {}) {
  const t = TEXT[page.lang];
  document.title = t.pageTitle;
  page.showLanguage((key) => t[key]);
  if (!page.core) return;
  const where = route();
  const shown = where.face
    ? renderFace(page.ask, where.sub, t, page.lang, () => render({ focus: true }))
    : renderGuide(guideAnswer(), t, page.lang);
  if (!shown) {
    mainEl.replaceChildren(el('p', { class: 'notice error', id: 'answer-failed', text: t.answerFailed }));
    return;
  }
  const drawn = drawScreen(mainEl, shown.node);
  if (focus && shown.focus) drawn(shown.focus).focus();
}

// A new screen takes the focus (its heading), so a screen reader reads it; an anchor within the
// guide ("#part-family") only scrolls.
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#part-') || location.hash === '#face-box') return;
  render({ focus: true });
  window.scrollTo(0, 0);
});

render();
page.load();
