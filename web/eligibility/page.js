// The eligibility step (eligibility/index.html): loads the core, routes between screens by the
// URL hash as the filing flow does, and keeps the answers. The hash holds only the screen's name
// ("#/visit", "#/designated?from=check"), never an answer, so nothing personal lands in
// history, bookmarks or server logs.
import { DEFAULT_LANG } from '../shell/i18n.js';
import { reportResult } from '../shell/embed.js';
import { asker, loadCore, portalInstitutions, languageButtons, savedLang } from '../shell/page-shell.js';
import { eligibilityAnswers, whyFailedAnswers } from '../components/saved-case/stores.js';
import { el } from '../components/dom/dom.js';
import { todayLocal } from '../components/date-input/iso-date.js';
import { renderAnswer } from './answer.js';
import { finalCheck, renderCheck } from './check.js';
import { loadLists } from './lists.js';
import { prefill } from './prefill.js';
import { renderQuestion } from './question.js';
import { STEP_BY_ID, STEPS, firstUnanswered, visibleSteps } from './steps.js';
import { TEXT } from './text.js';
import { renderWhy } from './why.js';

const SCREENS = new Set(['start', 'check', 'result', 'clear', 'why']);

const root = document.documentElement;
const screenEl = document.getElementById('screen');
const statusEl = document.getElementById('status');

let core = null;
const ask = asker(() => core);
let lang = savedLang();
// A language click redraws in place: same screen, same answers and ticks, only the words change.
const markPressed = languageButtons((code) => {
  lang = code;
  render({ navigated: false });
});

const answers = eligibilityAnswers();
const why = whyFailedAnswers();
let lists = { diseases: [], categories: [] };
let view = { hash: null };
let notice = null;

function parseHash() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, sub = ''] = path.split('/');
  const screen = SCREENS.has(name) ? name : STEP_BY_ID[name] ? 'step' : 'start';
  return { screen, sub, step: STEP_BY_ID[name] ?? null, fromCheck: new URLSearchParams(query).get('from') === 'check' };
}

function href(route) {
  if (route.screen) return `#/${route.screen}`;
  return `#/${route.step}${route.fromCheck ? '?from=check' : ''}`;
}

const ctx = {
  answers,
  why,
  ask,
  rerender: () => render({ navigated: true }),
  href,
  get lists() {
    return lists;
  },
  get institutions() {
    return portalInstitutions();
  },
  lang: () => lang,
  t: () => TEXT[lang],
  today: () => todayLocal(),
  messageText: (message) => message?.[lang] ?? message?.[DEFAULT_LANG] ?? TEXT[lang].internalError,
  go(route) {
    const target = href(route);
    if (location.hash !== target) {
      location.hash = target; // a new history entry; hashchange renders it
      return;
    }
    render({ navigated: true });
  },
  showErrors(errors) {
    view.errors = errors;
    render({ navigated: true });
  },
};

function footer(t) {
  return el('div', { class: 'flow-footer' },
    el('p', { class: 'hint', text: t.storageNote }),
    el('a', { href: '#/clear', id: 'clear-link', text: t.clearLink }));
}

function renderStart(t) {
  const s = t.start;
  const gap = firstUnanswered(answers, lists);
  // Places filled in from elsewhere are not a start: the person has begun once a visit is chosen.
  const resuming = answers.has('visit');
  const startHref = resuming ? href(gap ? { step: gap.id } : { screen: 'check' }) : href({ step: STEPS[0].id });
  const node = el('div', { class: 'screen' },
    notice ? el('p', { class: 'notice', role: 'status', text: notice }) : null,
    el('h1', { class: 'question', tabindex: '-1', text: s.title }),
    el('p', { text: s.intro }),
    el('p', { class: 'label', text: s.needTitle }),
    el('ul', { class: 'bullets' }, s.need.map((n) => el('li', { text: n }))),
    view.fromFiling ? el('p', { class: 'notice', id: 'from-filing', text: s.fromFiling }) : null,
    el('a', { class: 'button button-start', href: startHref, id: 'start-button', role: 'button', text: resuming ? s.resume : s.button }),
    el('div', { class: 'why-entry', id: 'why-entry' },
      el('h2', { text: t.why.entryTitle }),
      el('p', { text: t.why.entryText }),
      el('a', { href: '#/why', id: 'why-link', text: t.why.entryLink })));
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

function renderResult() {
  const outcome = finalCheck(ctx);
  if (outcome.problems) {
    // Straight to the answer with answers missing or wrong (a bookmark, a cleared tab): the
    // check screen says what to fix.
    view = { hash: '#/check', errors: outcome.problems };
    history.replaceState(null, '', '#/check');
    return renderCheck(ctx, view);
  }
  reportResult('eligibility.check', outcome.result);
  return renderAnswer(ctx, outcome.result, outcome.asOf);
}

function render({ navigated }) {
  const t = TEXT[lang];
  root.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t[node.dataset.i18nLabel]);
  markPressed(lang);
  if (!core) return;

  const route = parseHash();
  if (view.hash !== location.hash) view = { hash: location.hash, fromFiling: view.fromFiling && route.screen === 'start' };
  view.fromCheck = route.fromCheck;
  let shown;
  if (route.screen === 'step') {
    // A question the current answers skip leads to the next open one instead.
    if (!visibleSteps(answers).includes(route.step)) {
      const gap = firstUnanswered(answers, lists);
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
    shown = renderResult();
    shown.node.append(footer(t));
  } else if (route.screen === 'clear') {
    shown = renderClear(t);
  } else if (route.screen === 'why') {
    shown = renderWhy(ctx, route.sub, view);
  } else {
    shown = renderStart(t);
  }
  screenEl.replaceChildren(shown.node);
  const now = parseHash(); // renderWhy may have moved the hash to where the walk stands
  screenEl.dataset.screen = route.screen === 'step' ? route.step.id
    : now.screen === 'why' && now.sub ? `why-${now.sub}` : now.screen;
  const heading = route.screen === 'result' ? t.answer.title : shown.node.querySelector('h1')?.textContent ?? '';
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
  texts: () => TEXT[lang],
  ready: (loaded) => {
    core = loaded;
    const asOf = todayLocal();
    lists = loadLists(ask, asOf);
    view.fromFiling = prefill(answers, ask, asOf);
    render({ navigated: false });
  },
});
