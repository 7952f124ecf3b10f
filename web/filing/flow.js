// The filing flow page (filing/index.html): loads the core, routes between screens by the URL
// hash, and keeps the answers. The hash holds only the screen's name ("#/mobile",
// "#/name?from=check"), never an answer, so nothing personal lands in history, bookmarks or
// server logs. Back and forward are the browser's own: every screen change is a hash change.
import { DEFAULT_LANG } from '../shell/i18n.js';
import { REGION_PICKER_TEXT } from '../components/region-picker/text.js';
import { SHELL_TEXT } from '../shell/text.js';
import { TEXT } from './text.js';
import { asker, loadCore, languageButtons, savedLang } from '../shell/page-shell.js';
import { filingAnswers } from '../components/saved-case/stores.js';
import { finalCheck, renderCheck } from './check.js';
import { el } from '../components/dom/dom.js';
import { reportResult } from '../shell/embed.js';
import { drawQr } from '../components/qr-code/qr-code.js';
import { renderQuestion } from './question.js';
import { todayLocal } from '../components/date-input/iso-date.js';
import { renderResult } from './result.js';
import { renderScan } from './scan.js';
import { STEP_BY_ID, firstUnanswered, visibleSteps } from './steps.js';

const SCREENS = new Set(['start', 'check', 'result', 'clear', 'continue']);

const root = document.documentElement;
const screenEl = document.getElementById('screen');
const statusEl = document.getElementById('status');

let core = null;
const ask = asker(() => core);
let lang = savedLang();
// A language click redraws in place: same screen, same answers, only the words change.
const markPressed = languageButtons((code) => {
  lang = code;
  render({ navigated: false });
});

const answers = filingAnswers();
// What belongs to the screen on show and not to the answers: its errors, the scan state. It is
// dropped whenever the screen changes.
let view = { hash: null };
let notice = null; // a one-off message for the next screen ("answers cleared")

function parseHash() {
  const [name, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const screen = SCREENS.has(name) ? name : STEP_BY_ID[name] ? 'step' : 'start';
  return { screen, step: STEP_BY_ID[name] ?? null, fromCheck: params.get('from') === 'check', dropQr: params.get('qr') === 'drop' };
}

function href(route) {
  if (route.screen) return `#/${route.screen}`;
  const params = [];
  if (route.fromCheck) params.push('from=check');
  if (route.dropQr) params.push('qr=drop');
  return `#/${route.step}${params.length ? `?${params.join('&')}` : ''}`;
}

const ctx = {
  answers,
  ask,
  href,
  lang: () => lang,
  t: () => TEXT[lang],
  rootText: () => REGION_PICKER_TEXT[lang],
  today: () => todayLocal(),
  messageText: (message) => message?.[lang] ?? message?.[DEFAULT_LANG] ?? (message ? '' : SHELL_TEXT[lang].internalError),
  go(route, { replace = false } = {}) {
    const target = href(route);
    if (!replace && location.hash !== target) {
      location.hash = target; // a new history entry; the hashchange event renders it
      return;
    }
    if (replace) history.replaceState(null, '', target);
    render({ navigated: true });
  },
  showErrors(errors) {
    view.errors = errors;
    render({ navigated: true });
  },
  rerender: () => render({ navigated: false }),
  // After answers arrive from elsewhere (a QR code): the first open question, or the check.
  resume() {
    const gap = firstUnanswered(answers);
    ctx.go(gap ? { step: gap.id, fromCheck: true } : { screen: 'check' });
  },
  lastStep() {
    const steps = visibleSteps(answers);
    return { step: steps[steps.length - 1].id };
  },
};

function footer(t) {
  return el('div', { class: 'flow-footer screen-only' },
    el('p', { class: 'hint', text: t.storageNote }),
    el('a', { href: '#/clear', id: 'clear-link', text: t.clearLink }));
}

function renderStart(t) {
  const s = t.start;
  const gap = firstUnanswered(answers);
  const resuming = !answers.empty;
  const first = visibleSteps(answers)[0];
  const startHref = resuming ? href(gap ? { step: gap.id } : { screen: 'check' }) : href({ step: first.id });
  const node = el('div', { class: 'screen' },
    notice ? el('p', { class: 'notice', role: 'status', text: notice }) : null,
    el('h1', { class: 'question', tabindex: '-1', text: s.title }),
    el('p', { text: s.intro }),
    el('p', { class: 'label', text: s.needTitle }),
    el('ul', { class: 'bullets' }, s.need.map((n) => el('li', { text: n }))),
    el('p', { text: s.after }),
    el('p', { class: 'notice', text: t.notOfficial }),
    el('a', { class: 'button button-start', href: startHref, id: 'start-button', role: 'button', text: resuming ? s.resume : s.button }),
    el('p', {}, el('a', { href: '#/continue', id: 'continue-link', text: s.continueLink })));
  notice = null;
  return { node, focus: node.querySelector('h1') };
}

function renderClear(t) {
  const c = t.clear;
  const node = el('div', { class: 'screen' },
    el('h1', { class: 'question', tabindex: '-1', text: c.title }),
    el('p', { text: c.text }),
    el('div', { class: 'button-row' },
      el('button', { type: 'button', class: 'button button-warning', id: 'clear-confirm', text: c.confirm, onclick: () => {
        answers.clear();
        notice = c.done;
        ctx.go({ screen: 'start' });
      } }),
      el('a', { href: '#', class: 'cancel-link', text: c.cancel, onclick: (event) => {
        event.preventDefault();
        history.back();
      } })));
  return { node, focus: node.querySelector('h1') };
}

function renderResultScreen(t) {
  const outcome = finalCheck(ctx);
  if (outcome.problems) {
    // Straight to the result with answers missing or wrong (a bookmark, a cleared tab): the
    // check screen says what to fix.
    view = { hash: '#/check', errors: outcome.problems };
    history.replaceState(null, '', '#/check');
    return renderCheck(ctx, view);
  }
  reportResult('filing.plan', outcome.plan);
  const { node, qrSlot } = renderResult(outcome.plan, outcome.validated, t, lang, outcome.asOf);
  const actions = el('div', { class: 'button-row screen-only' },
    el('button', { type: 'button', class: 'button', id: 'print-button', text: t.result.print, onclick: () => window.print() }),
    el('a', { href: '#/check', class: 'cancel-link', text: t.result.startOver }));
  node.append(actions);
  const encoded = ask('filing.encode_qr', { application: outcome.validated.application });
  if (encoded.ok) {
    const payload = encoded.result.payload;
    drawQr(payload, t.result.sections.qr).then((svg) => {
      qrSlot.replaceChildren(svg);
      qrSlot.dataset.state = 'ready';
    }, (err) => {
      console.error('medins: drawing the QR code failed', err);
      qrSlot.replaceChildren(el('p', { class: 'notice error', text: t.result.qrFailed }));
      qrSlot.dataset.state = 'failed';
    });
  } else {
    qrSlot.replaceChildren(el('p', { class: 'notice error', text: t.result.qrFailed }));
    qrSlot.dataset.state = 'failed';
  }
  return { node, focus: node.querySelector('h1') };
}

function render({ navigated }) {
  const t = TEXT[lang];
  root.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = SHELL_TEXT[lang][node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', SHELL_TEXT[lang][node.dataset.i18nLabel]);
  markPressed(lang);
  if (!core) return;

  const route = parseHash();
  if (view.hash !== location.hash) view = { hash: location.hash };
  view.fromCheck = route.fromCheck;
  if (route.dropQr) {
    answers.remove('category_from_qr');
    answers.remove('category_from_qr_name');
  }
  let shown;
  if (route.screen === 'step') {
    // A question the current answers skip (a bookmark, a changed answer) leads to the next
    // open one instead of a screen whose answer would be ignored.
    if (!visibleSteps(answers).includes(route.step)) {
      const gap = firstUnanswered(answers);
      history.replaceState(null, '', href(gap ? { step: gap.id } : { screen: 'check' }));
      render({ navigated });
      return;
    }
    shown = renderQuestion(ctx, route.step, view);
    shown.node.append(footer(t));
  } else if (route.screen === 'check') {
    shown = renderCheck(ctx, view);
    shown.node.append(footer(t));
  } else if (route.screen === 'result') {
    shown = renderResultScreen(t);
    shown.node.append(footer(t));
  } else if (route.screen === 'clear') {
    shown = renderClear(t);
  } else if (route.screen === 'continue') {
    shown = renderScan(ctx, view);
  } else {
    shown = renderStart(t);
  }
  screenEl.replaceChildren(shown.node);
  screenEl.dataset.screen = route.screen === 'step' ? route.step.id : route.screen;
  const heading = shown.node.querySelector('h1')?.textContent ?? '';
  document.title = t.pageTitle(heading);
  if (navigated) {
    window.scrollTo(0, 0);
    shown.focus?.focus();
  }
}


window.addEventListener('hashchange', () => render({ navigated: true }));

render({ navigated: false });
loadCore({
  status: statusEl,
  texts: () => SHELL_TEXT[lang],
  ready: (loaded) => {
    core = loaded;
    render({ navigated: false });
  },
});
