// A one-question-a-screen page (GOV.UK "question pages"): loads the core behind the status line,
// routes between screens by the URL hash and keeps the answers. The hash holds only the screen's
// name ("#/mobile", "#/name?from=check"), never an answer, so nothing personal lands in history,
// bookmarks or server logs. Back and forward are the browser's own: every screen change is a hash
// change. A language click redraws in place: same screen, same answers, only the words change.
//
// The page brings its steps, its words and its own screens (check, result and any other); this
// module draws the start, question and "clear my answers" screens and everything around them.
import { DEFAULT_LANG } from '../../shell/i18n.js';
import { drawScreen } from '../../shell/first-screen.js';
import { screenPage } from '../../shell/page-shell.js';
import { todayLocal } from '../date-input/iso-date.js';
import { el } from '../dom/dom.js';
import { renderQuestion } from './question.js';

/**
 * @param {object} o
 * @param {Answers} o.answers  the flow's store (components/saved-case/stores.js)
 * @param {object} o.steps  stepList(...) of the flow's steps
 * @param {(lang) => object} o.text  the flow's catalogue in `lang` (t: steps, start, check, clear…)
 * @param {(lang) => object} o.chrome  the header's and status line's words ([data-i18n] keys,
 *   loading, loadFailed, internalError)
 * @param {object} o.question  the page's part of a question screen (question.js renderQuestion)
 * @param {object} o.screens  name → (ctx, view) => {node, focus}: check, result and the page's own
 * @param {(ctx, view) => {resuming, lead?, beforeButton?, afterButton?}} o.start  the start screen's page part
 * @param {string[]} o.footerOn  screens that end with the storage note and the clear link
 * @param {string} o.footerClass  the footer's class
 * @param {object} [o.flags]  route flags → their query text ({dropQr: 'qr=drop'})
 * @param {(message, lang) => string} [o.messageText]  a core message in the page language
 * @param {(ctx, route) => void} [o.beforeRender]  runs before each screen is drawn
 * @param {(view, route) => object} [o.keep]  what of the old view a new screen keeps
 * @param {(route, node) => string} [o.screenName]  <div id=screen data-screen>
 * @param {(route, node, t) => string} [o.heading]  the screen's part of document.title
 * @param {(ctx) => void} [o.ready]  once the core is loaded, before the first screen
 * @param {() => boolean} [o.withoutCore]  whether a visit that opens on the start screen may show
 *        it before the core: nothing is kept that the core must work out for it. The core is then
 *        loaded when a pointer, a key or the focus first enters the screen.
 * @returns {object} ctx, for the page to add its own members before it calls start()
 */
export function createQuestionFlow(o) {
  const screenEl = document.getElementById('screen');
  const screens = new Set(['start', 'step', 'clear', ...Object.keys(o.screens)]);
  const flags = o.flags ?? {};

  // The page's own preparation (o.ready) may take several tasks (nextTask): until it is done the
  // screens are not drawn from what it has not yet set (the eligibility lists).
  let prepared = false;
  const page = screenPage({
    texts: (lang) => o.chrome(lang),
    render: () => render({ navigated: false }),
    ready: async () => {
      await o.ready?.(ctx);
      prepared = true;
      arriving = true;
    },
  });
  // What belongs to the screen on show and not to the answers (its errors, a scan's state): it
  // is dropped whenever the screen changes.
  let view = { hash: null };
  let notice = null; // a one-off message for the next screen ("answers cleared")

  function parseHash() {
    const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
    const [name, sub = ''] = path.split('/');
    const params = new URLSearchParams(query);
    const step = o.steps.byId[name] ?? null;
    const screen = screens.has(name) && name !== 'step' ? name : step ? 'step' : 'start';
    const route = { screen, sub, step, fromCheck: params.get('from') === 'check' };
    for (const [flag, text] of Object.entries(flags)) {
      const [key, value] = text.split('=');
      route[flag] = params.get(key) === value;
    }
    return route;
  }

  function href(route) {
    if (route.screen) return `#/${route.screen}`;
    const params = [];
    if (route.fromCheck) params.push('from=check');
    for (const [flag, text] of Object.entries(flags)) if (route[flag]) params.push(text);
    return `#/${route.step}${params.length ? `?${params.join('&')}` : ''}`;
  }

  const ctx = {
    answers: o.answers,
    steps: o.steps,
    lists: undefined,
    ask: page.ask,
    href,
    lang: () => page.lang,
    t: () => o.text(page.lang),
    today: () => todayLocal(),
    messageText: (message) => (o.messageText
      ? o.messageText(message, page.lang)
      : message?.[page.lang] ?? message?.[DEFAULT_LANG] ?? o.chrome(page.lang).internalError),
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
    render,
    route: parseHash,
    get view() {
      return view;
    },
    replaceView(next) {
      view = next;
    },
    notify(text) {
      notice = text;
    },
    start,
  };

  function footer(t) {
    return el('div', { class: o.footerClass },
      el('p', { class: 'hint', text: t.storageNote }),
      el('a', { href: '#/clear', id: 'clear-link', text: t.clearLink }));
  }

  function renderStart(t) {
    const s = t.start;
    const page = o.start(ctx, view);
    const gap = o.steps.firstUnanswered(o.answers, ctx.lists);
    const first = o.steps.visible(o.answers)[0];
    const startHref = page.resuming ? href(gap ? { step: gap.id } : { screen: 'check' }) : href({ step: first.id });
    const node = el('div', { class: 'screen' },
      notice ? el('p', { class: 'notice', role: 'status', text: notice }) : null,
      el('h1', { class: 'question', tabindex: '-1', text: s.title }),
      el('p', { text: s.intro }),
      el('p', { class: 'label', text: s.needTitle }),
      el('ul', { class: 'bullets' }, s.need.map((n) => el('li', { text: n }))),
      page.beforeButton ?? null,
      el('a', { class: 'button button-start', href: startHref, id: 'start-button', role: 'button', text: page.resuming ? s.resume : s.button }),
      page.afterButton ?? null);
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
          o.answers.clear();
          notice = c.done;
          ctx.go({ screen: 'start' });
        } }),
        el('a', { href: '#', class: 'cancel-link', text: c.cancel, onclick: (event) => {
          event.preventDefault();
          history.back();
        } })));
    return { node, focus: node.querySelector('h1') };
  }

  function render({ navigated }) {
    const t = ctx.t();
    const chrome = o.chrome(page.lang);
    page.showLanguage((key) => chrome[key]);
    const route = parseHash();
    // The core has come while the start screen drawn before it is on show: it stays as it is,
    // the same screen. Drawn again, a tap under way on its button (the pointer that asked for
    // the core) would land on a node no longer in the page and be lost.
    const arrived = arriving;
    arriving = false;
    if (arrived && withoutCore && route.screen === 'start' && screenEl.dataset.screen === 'start') return;
    // A screen asked for while the core was coming is drawn as that navigation's screen (its
    // heading takes the focus), not as a redraw in place.
    if (arrived && waitedNavigation) navigated = true;
    waitedNavigation = false;
    if (!page.core || !prepared) {
      // Drawn before the core: the start screen needs nothing of it; any other screen waits for
      // it behind the status line (loading, or that it failed).
      if (!withoutCore) return;
      if (route.screen !== 'start') {
        loadCore();
        statusEl.hidden = false;
        // The status line is under the screen: brought into view, or a tap on a start button
        // far down the screen would seem to do nothing.
        if (navigated) statusEl.scrollIntoView({ block: 'nearest' });
        waitedNavigation ||= navigated;
        return;
      }
    }

    if (view.hash !== location.hash) view = { hash: location.hash, ...o.keep?.(view, route) };
    view.fromCheck = route.fromCheck;
    o.beforeRender?.(ctx, route);
    let shown;
    if (route.screen === 'step') {
      // A question the current answers skip (a bookmark, a changed answer) leads to the next
      // open one instead of a screen whose answer would be ignored.
      if (!o.steps.visible(o.answers).includes(route.step)) {
        const gap = o.steps.firstUnanswered(o.answers, ctx.lists);
        history.replaceState(null, '', href(gap ? { step: gap.id } : { screen: 'check' }));
        render({ navigated });
        return;
      }
      shown = renderQuestion(ctx, route.step, view, o.question);
    } else if (route.screen === 'clear') {
      shown = renderClear(t);
    } else if (route.screen === 'start') {
      shown = renderStart(t);
    } else {
      shown = o.screens[route.screen](ctx, view, route);
    }
    if (o.footerOn.includes(route.screen)) shown.node.append(footer(t));
    const heading = o.heading?.(route, shown.node, t) ?? shown.node.querySelector('h1')?.textContent ?? '';
    const drawn = drawScreen(screenEl, shown.node);
    screenEl.dataset.screen = o.screenName?.(route) ?? (route.screen === 'step' ? route.step.id : route.screen);
    document.title = t.pageTitle(heading);
    if (navigated) {
      window.scrollTo(0, 0);
      if (shown.focus) drawn(shown.focus).focus();
    }
  }

  // A first visit's start screen, shown before the core (o.withoutCore): the page is whole and
  // ready at once, and the core's compiling and first answers wait until someone uses it.
  const statusEl = document.getElementById('status');
  let withoutCore = false;
  let loading = false;
  let arriving = false;
  let waitedNavigation = false;
  function loadCore() {
    if (loading) return;
    loading = true;
    page.load();
  }

  function start() {
    window.addEventListener('hashchange', () => render({ navigated: true }));
    if (o.withoutCore?.() && parseHash().screen === 'start') {
      withoutCore = true;
      statusEl.hidden = true;
      for (const type of ['pointerdown', 'keydown', 'focusin']) screenEl.addEventListener(type, loadCore, { once: true });
      render({ navigated: false });
      document.documentElement.dataset.ready = '1';
      return;
    }
    render({ navigated: false });
    loadCore();
  }

  return ctx;
}
