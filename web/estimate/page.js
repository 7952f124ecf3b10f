// The estimate page (estimate/index.html): loads the core, keeps the answers (localStorage,
// medins.estimate.*), routes between the form, the result, the question for a missing figure
// and the settlement-slip comparison (#/slip) by the URL hash, and renders everything again on a
// language switch. The hash names only the screen ("#/result"): no answer ever goes into a URL.
// A first visit's empty form is drawn before the core, which comes with the first tap or key.
import { DEFAULT_LANG } from '../shell/i18n.js';
import { SHELL_TEXT as TEXT } from '../shell/text.js';
import { embedded, reportError, reportResult } from '../shell/embed.js';
import { embeddedPolicy, screenPage } from '../shell/page-shell.js';
import { drawScreen } from '../shell/first-screen.js';
import { estimateAnswers } from '../components/saved-case/stores.js';
import { prefillEstimate } from './prefill.js';
import { hasSharedFacts } from '../components/saved-case/shared-facts.js';
import { todayLocal } from '../components/date-input/iso-date.js';
import { el, redrawInPlace } from '../components/dom/dom.js';
import { formatFen } from '../components/money/money.js';
import { renderFigure } from './figure.js';
import { policyChoices, renderForm, settlePolicy } from './form.js';
import { OWN, PORTAL, figureKind, hasCap, missingPointer } from './policy.js';
import { policyPlane } from '../components/policy-plane/policy-plane.js';
import { exportButton, policyNotes, renderPlaces } from './places.js';
import { estimateRequest, fieldForPath, onDay, pageProblems } from './request.js';
import { renderResult } from './result.js';
import { assumptionList, assumptionNotes, assumptionPointer, figureNote, figureNotes, rangeFigure, rangeLines, valueText } from './range.js';
import { keepKnown, readKnown, typedKnown } from './known.js';
import { policySummary } from './policy-info.js';
import { renderSlipCompare, renderSlipSection } from './slip.js';
import { ESTIMATE_TEXT } from './text.js';
import { ledgerYear } from '../components/saved-case/ledger.js';
import { renderWhatIf, variants } from './whatif.js';
import { accountLines } from './account.js';


const screenEl = document.getElementById('screen');

const page = screenPage({
  texts: (lang) => TEXT[lang],
  // A language click and the core's arrival redraw in place: same screen, focus and scroll kept.
  render: () => {
    // The core has come under a first visit's form, drawn before it: the form stays as it is
    // (drawn again, a tap under way on it, the pointer that asked for the core, would land on a
    // node no longer in the page), and a place typed meanwhile is searched now.
    if (arriving && withoutCore && screenEl.dataset.screen === 'form' && formHash()) {
      arriving = false;
      for (const input of screenEl.querySelectorAll('.picker input')) {
        if (input.value) input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      return;
    }
    arriving = false;
    // A screen asked for while the core was coming is drawn as that navigation's screen (its
    // heading takes the focus), not as a redraw in place.
    if (waitedNavigation) {
      waitedNavigation = false;
      render({ navigated: true });
      return;
    }
    ctx.rerender();
  },
  ready: async () => {
    portalPolicy = await embeddedPolicy();
    // What the person told the other parts of the app, so they need not type it again.
    prefillEstimate(answers, ask, todayLocal());
    // The insured place's policy files, fetched from the site (the core carries none) before the
    // first screen, so a reload on the result answers at once.
    await plane.prepare(answers.get('insured'), answers.get('scheme'));
    arriving = true;
  },
});
// Until the core has come (a first visit's form drawn without it), a question gets no answer
// and says so: the region picker waits (coreSearch), nothing else on the empty form asks.
const NOT_YET = { ok: false, waiting: true, errors: [] };
const ask = (op, request) => (page.core ? page.ask(op, request) : NOT_YET);

// The policies come from the site, one place at a time (components/policy-plane); the form
// offers those the core holds. A fetch that settles redraws the screen.
const plane = policyPlane({ core: () => page.core, onChange: () => ctx.rerender() });
// The index, for the #/places screen: null while it loads, false when it could not be had.
let placesIndex = null;
let portalPolicy = null; // the portal's policy document (<medins-assistant policy-src>), or null
const shippedCache = new Map();
const answers = estimateAnswers();
// What belongs to the screen on show and not to the answers: its errors, the figure asked for.
let view = { hash: null };

const t = () => ESTIMATE_TEXT[page.lang];
const messageText = (message) => message?.[page.lang] ?? message?.[DEFAULT_LANG] ?? TEXT[page.lang].internalError;

function shipped() {
  const id = answers.get('policy');
  if (!id || id === OWN) return null;
  const on = onDay(answers, todayLocal());
  if (id === PORTAL) return portalVersion(on);
  const key = `${id}@${on}`;
  if (!shippedCache.has(key)) {
    const [region, scheme] = id.split('/');
    const response = ask('policy.get', { region, scheme, on });
    shippedCache.set(key, response.ok ? response.result : null);
  }
  return shippedCache.get(key);
}

// The portal policy's version in force on the day, in policy.get's shape, or null.
function portalVersion(on) {
  // An unknown start (null) covers every day up to the end, as the core reads it (docs/policy-format.md).
  const version = portalPolicy?.versions.find((v) => (v.effective_from === null || v.effective_from <= on) && (!v.effective_to || on <= v.effective_to));
  if (!version) return null;
  const { region, scheme, name, source, notes } = portalPolicy;
  return { region, scheme, name, source, ...(notes ? { notes } : {}), version };
}

function figuresOf(choice) {
  return (answers.get('figures') ?? {})[choice] ?? {};
}

// The ledger's year of the bill (web/ledger/, docs/ledger.md), whether or not it is used.
function ledgerAvailable() {
  return ledgerYear(ask, {
    insured: answers.get('insured'), scheme: answers.get('scheme'), on: onDay(answers, todayLocal()), today: todayLocal(),
  });
}

// Used unless the person said not to (answers 'ytdFromLedger' false): then the typed figures.
function ledgerUsed() {
  return answers.get('ytdFromLedger') === false ? null : ledgerAvailable();
}

function request(changes) {
  return estimateRequest(answers, { shipped: shipped(), today: todayLocal(), ledger: ledgerUsed(), portal: portalPolicy }, changes);
}

/**
 * The person's own case through the core: {response} when answered, {figure} when the policy
 * lacks a figure the person can give, or {problems} for the form.
 */
function compute() {
  settlePolicy(ctx);
  const found = pageProblems(answers, policyChoices(ctx), ledgerUsed(), shipped()?.version ?? null);
  if (found.length) return { problems: found.map((p) => ({ field: p.field, text: t().errors[p.code] })) };
  const sent = request();
  const response = ask('estimate', sent);
  if (response.ok) {
    // Kept so the family handover card (../handover/) can ask the core the same question
    // without re-deriving the form's rules; it holds nothing the answers do not already hold.
    answers.set('last_request', portableRequest(sent));
    return { response };
  }
  const unknown = response.errors.find((e) => e.code === 'estimate.unknown_terms' && figureKind(missingPointer(e) ?? ''));
  if (unknown) return { figure: { pointer: missingPointer(unknown), message: messageText(unknown.message) } };
  reportError('estimate', 'estimate', response.errors);
  return { problems: response.errors.map((e) => ({ field: fieldForPath(e.path, answers), text: messageText(e.message) })) };
}

const ctx = {
  answers,
  ask,
  t,
  lang: () => page.lang,
  messageText,
  policies: () => plane.ready(answers.get('insured'), answers.get('scheme')),
  plane,
  policyNotes: (choices) => policyNotes(ctx, choices),
  ownExport: () => exportButton(ctx),
  ledgerAvailable,
  ledgerUsed,
  ledgerLine: (year, id) => ledgerLine(t(), year, id),
  portalPolicy: () => portalPolicy,
  shipped,
  rerender({ focus } = {}) {
    redrawInPlace(() => render({ navigated: false }), { focus });
  },
  async submit() {
    // Sent before the core has come (a first visit's form): it waits for it, and the status
    // line under the form, brought into view, says the page is loading (or that it failed).
    if (!page.core) {
      statusEl.hidden = false;
      statusEl.scrollIntoView({ block: 'nearest' });
      if (!(await coreArrival())) return;
    }
    // A file still on its way is waited for: the answer must not depend on the network's speed.
    if (plane.pending(answers.get('insured'), answers.get('scheme'))) {
      await plane.prepare(answers.get('insured'), answers.get('scheme'));
    }
    const outcome = compute();
    if (outcome.problems) {
      view.errors = outcome.problems;
      render({ navigated: true });
    } else if (outcome.figure) {
      openFigure(outcome.figure);
    } else {
      go('#/result');
    }
  },
  savedFigure: (pointer) => figuresOf(answers.get('policy'))[pointer],
  figureNote: (pointer) => figureNote(shipped()?.version ?? null, pointer, page.lang),
  showFigureErrors(errors) {
    view.errors = errors;
    render({ navigated: true });
  },
  saveFigure(pointer, kind, typed) {
    const choice = answers.get('policy');
    const all = answers.get('figures') ?? {};
    answers.set('figures', { ...all, [choice]: { ...figuresOf(choice), [pointer]: { kind, typed } } });
    // The core validates the completed policy; its complaints about this figure stay here.
    const response = ask('estimate', request());
    const mine = response.ok ? [] : response.errors.filter((e) => String(e.path).startsWith(`/policy/versions/0${pointer}`));
    if (mine.length) {
      const rest = { ...figuresOf(choice) };
      delete rest[pointer];
      answers.set('figures', { ...all, [choice]: rest });
      const field = Object.keys(typed)[0];
      ctx.showFigureErrors({ [field]: mine.map((e) => messageText(e.message)) });
      return;
    }
    // Back to the result the question was opened from, or on to it in the question's place,
    // so "back" from the result never lands on a question already answered.
    if (view.cameFrom === '#/result') {
      history.back();
      return;
    }
    history.replaceState(null, '', '#/result');
    view = { hash: '#/result' };
    render({ navigated: true });
  },
  back() {
    if (view.cameFrom) history.back();
    else go('#/');
  },
};

/** The visible line saying the year so far came from the ledger, with a way not to use it. */
function ledgerLine(tt, year, id) {
  const f = tt.form.ytd;
  const y = year.year_to_date;
  const text = f.ledgerFigures(tt.yuan(formatFen(y.eligible_fen)), tt.yuan(formatFen(y.deductible_paid_fen)),
    tt.yuan(formatFen(y.fund_paid_fen)), y.admissions);
  return el('div', { class: 'notice', id },
    el('p', { id: `${id}-text`, 'data-eligible-fen': y.eligible_fen, 'data-admissions': y.admissions, text: `${f.fromLedger(year.year, year.settlements)}${text}` }),
    el('p', { class: 'hint', text: f.doubleCount }),
    el('button', { type: 'button', class: 'button-secondary', id: `${id}-off`, text: f.typeInstead, onclick: () => {
      answers.set('ytdFromLedger', false);
      ctx.rerender();
    } }));
}

function openFigure(figure) {
  const cameFrom = location.hash || '#/';
  history.pushState(null, '', '#/figure');
  view = { hash: '#/figure', figure, cameFrom };
  render({ navigated: true });
}

// A new history entry for the screen (pushState fires no event, so it is drawn here); the
// browser's back and forward, and in-page links, arrive as hashchange events.
function go(hash) {
  if (location.hash !== hash) history.pushState(null, '', hash);
  view = { hash };
  render({ navigated: true });
}

function figureDescription(pointer, entry) {
  const tt = t();
  const { kind, category } = figureKind(pointer) ?? {};
  const q = kind === 'cut' ? tt.figure.cut.question(tt.form.category.options[category]?.label ?? category) : tt.figure[kind]?.question;
  return `${q} ${Object.values(entry.typed).join(' / ')}`;
}

function footer() {
  const tt = t();
  return el('div', { class: 'flow-footer' },
    el('p', { class: 'hint', text: tt.storageNote }),
    el('button', { type: 'button', class: 'button-secondary', id: 'estimate-clear', text: tt.clear, onclick: () => {
      answers.clear();
      answers.set('billMode', 'lines');
      view = { hash: '#/', notice: tt.cleared };
      history.replaceState(null, '', '#/');
      render({ navigated: true });
    } }));
}

function renderResultScreen() {
  const outcome = compute();
  if (outcome.figure) {
    view.figure = outcome.figure;
    view.cameFrom = null;
    history.replaceState(null, '', '#/figure');
    view.hash = '#/figure';
    return renderFigure(ctx, view);
  }
  if (outcome.problems) {
    // Arrived here without a submit (a bookmark, a reload, back after clearing): the form to fill,
    // not a list of errors about questions nobody has been asked yet. A submit with problems stays
    // on the form and shows them (ctx.submit).
    view = { hash: '#/' };
    history.replaceState(null, '', '#/');
    return renderForm(ctx, view);
  }
  const r = outcome.response.result;
  reportResult('estimate', r);
  const tt = t();
  if (r.range) return renderRangeScreen(r, tt);
  const whatIf = whatIfFor(r, tt);
  const offers = [];
  const policy = request().policy;
  if (!hasCap(policy, shipped(), r.policy.terms.setting) && r.warnings.some((w) => w.code === 'estimate.cap_unknown')) {
    const pointer = `/${r.policy.terms.setting}/annual_cap_fen`;
    offers.push(el('button', { type: 'button', class: 'button-secondary', id: 'offer-cap', 'data-figure': pointer, text: tt.figure.capOffer,
      onclick: () => openFigure({ pointer, message: messageText(r.warnings.find((w) => w.code === 'estimate.cap_unknown').message) }) }));
  }
  const figures = [...Object.entries(figuresOf(answers.get('policy'))).map(([p, e]) => figureDescription(p, e)),
    ...Object.entries(typedKnown(answers)).map(([figure, typed]) => knownLine(figure, typed, tt))];
  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: '#/', text: tt.back }),
    renderResult(r, tt, page.lang, { whatIf, offers, figures, slip: renderSlipSection(r.slip, tt) }));
  // How the person's share is paid, under the sentence that gives it (account.js).
  node.querySelector('#result-sentence')?.after(accountLines(r, tt) ?? '');
  const fromLedger = ledgerUsed();
  if (fromLedger) {
    // Said where the figures show, so the person knows the earlier bills were counted.
    const line = ledgerLine(tt, fromLedger, 'result-ledger');
    node.querySelector('h1')?.after(line);
  }
  return { node, focus: node.querySelector('h1') };
}

// A ranged answer (range.js): the range in words and as a bar with its uncertain part hatched,
// each assumption with what the policy says about it and a box that narrows the range at once,
// and "what if" with the same ranges.
function renderRangeScreen(r, tt) {
  const policy = policySummary(r.policy, tt.policyInfo, page.lang, r.policy?.version?.confidence ?? null);
  const assumptions = assumptionList(r, tt, {
    notes: assumptionNotes(r.assumptions, (a) => figureNotes(shipped()?.version ?? null, assumptionPointer(a)), page.lang, ESTIMATE_TEXT['zh-CN'].noteNames),
    typed: (figure) => view.knownTyped?.[figure] ?? typedKnown(answers)[figure],
    errors: (figure) => view.knownErrors?.[figure] ?? [],
    narrow: (figure, text) => narrowRange(figure, text),
  });
  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: '#/', text: tt.back }),
    el('div', { class: 'estimate-result estimate-range' },
      el('h1', { class: 'question', tabindex: '-1', text: tt.result.title }),
      el('div', { class: 'panel', id: 'result-sentence' }, ...rangeLines(r, tt),
        el('p', { text: tt.result.total(formatFen(r.total_fen)) })),
      el('p', { class: 'notice', text: tt.notOfficial }),
      r.total_fen > 0 ? rangeFigure(r, tt, 'range-bar') : null,
      typedList(r, tt),
      assumptions,
      el('section', { class: 'result-section', id: 'result-what-if', 'aria-labelledby': 'result-what-if-title' },
        el('h2', { id: 'result-what-if-title', text: tt.result.sections.whatIf }), whatIfFor(r, tt)),
      el('section', { class: 'result-section', id: 'result-policy', 'aria-labelledby': 'result-policy-title' },
        el('h2', { id: 'result-policy-title', text: tt.result.sections.policy }), policy)));
  return { node, focus: node.querySelector('h1') };
}

// A figure typed from the notice: checked here, then by the core (its units, its bounds); kept
// only when both accept it, and the screen is drawn again at once, narrower or a point answer.
function narrowRange(figure, text) {
  const tt = t();
  const read = readKnown(figure, text);
  const fail = (messages) => {
    view.knownTyped = { ...(view.knownTyped ?? {}), [figure]: text };
    view.knownErrors = { [figure]: messages };
    ctx.rerender({ focus: `known-${figure}` });
  };
  if (read.error) return fail([tt.errors[read.error]]);
  const before = typedKnown(answers)[figure];
  keepKnown(answers, figure, text);
  const response = ask('estimate', request());
  const mine = response.ok ? [] : response.errors.filter((e) => String(e.path).startsWith('/known_figures'));
  if (mine.length) {
    keepKnown(answers, figure, before ?? null);
    return fail(mine.map((e) => messageText(e.message)));
  }
  view.knownTyped = null;
  view.knownErrors = null;
  if (response.ok && response.result.range) {
    // Still a range, narrower: the figure's box is gone (it is known now), so the line saying
    // what it did takes the focus where the person was typing.
    view.narrowed = figure;
    ctx.rerender({ focus: 'range-narrowed' });
  } else {
    // One answer: its own screen, read from the top.
    view.narrowed = null;
    render({ navigated: true });
  }
}

// A typed figure as a line: its name and its value in its unit ("1,200.00 yuan", "15 points").
function knownLine(figure, text, tt) {
  const read = readKnown(figure, text);
  const value = read.value === undefined ? text : valueText(figure, read.value, tt);
  return tt.range.yourFigure(tt.range.figures[figure] ?? figure, value);
}

// The figures the person typed for this range, each with a way to take it back.
function typedList(r, tt) {
  const typed = Object.entries(typedKnown(answers));
  if (!typed.length) return null;
  const person = r.range.person_pays_fen;
  return el('div', { class: 'notice', id: 'range-typed' },
    view.narrowed ? el('p', { id: 'range-narrowed', tabindex: '-1', role: 'status',
      text: tt.range.narrowed(formatFen(person.min), formatFen(person.max)) }) : null,
    el('p', { class: 'label', text: tt.policyInfo.yourFigures }),
    el('ul', { class: 'your-figures' }, typed.map(([figure, text]) => el('li', { 'data-known': figure },
      knownLine(figure, text, tt), ' ',
      el('button', { type: 'button', class: 'button-secondary', id: `known-${figure}-remove`, text: tt.range.remove, onclick: () => {
        keepKnown(answers, figure, null);
        view.narrowed = null;
        view.knownTyped = { ...(view.knownTyped ?? {}), [figure]: text };
        ctx.rerender({ focus: `known-${figure}` });
      } })))));
}

// The "what if" cards for this case (the same bill, filed or not, another level).
function whatIfFor(r, tt) {
  const runs = variants(answers, r.relation, tt).map((v) => ({ ...v, response: ask('estimate', request(v.changes)) }));
  const notes = r.relation === 'same_region' || r.relation === 'same_prefecture' ? [tt.result.whatIf.sameCity] : [];
  const askFigure = (pointer, said) => {
    const error = runs.flatMap((x) => x.response.errors ?? []).find((e) => missingPointer(e) === pointer);
    openFigure({ pointer, message: error ? messageText(error.message) : (said ?? '') });
  };
  return renderWhatIf(r, runs, notes, tt, page.lang, askFigure, { ownFigures: answers.get('policy') === OWN });
}

// The slip comparison needs the estimate: without one (answers missing, a figure asked for) the
// result screen's own redirects apply. The typed figures stay in localStorage, never the URL.
function renderSlipScreen() {
  const outcome = compute();
  if (!outcome.response) {
    history.replaceState(null, '', '#/result');
    view = { hash: '#/result' };
    return renderResultScreen();
  }
  return renderSlipCompare(outcome.response.result, t(), answers, view, () => render({ navigated: true }));
}

// The places we know: the index is fetched when the screen is first opened, not at page load.
function renderPlacesScreen() {
  if (placesIndex === null || placesIndex === false) {
    plane.loadIndex({ retry: true }).then((index) => {
      const next = index ?? false;
      if (next !== placesIndex) {
        placesIndex = next;
        if (location.hash === '#/places') ctx.rerender();
      }
    });
  }
  return renderPlaces(ctx, placesIndex);
}

// The request as the handover card and the home page ask it again: they load no policy files,
// so a fetched one goes inline (the core answers the same for it, to the fen).
function portableRequest(sent) {
  if (typeof sent.policy !== 'string') return sent;
  const document = plane.document(sent.policy);
  return document ? { ...sent, policy: document } : sent;
}

// A first visit (nothing kept here, nothing to bring over from the other parts, the form asked
// for, not embedded in a portal, which hands the page its module and policy) has an empty form
// that needs nothing of the core: it is drawn and ready at once, and the core is compiled when a
// pointer, a key or the focus first enters the screen. Any other screen asked for meanwhile
// waits for it behind the status line.
const statusEl = document.getElementById('status');
const formHash = () => /^#?\/?$/.test(location.hash);
// Nothing typed: no answer kept but the bill's default way of entry (prefill.js, the clear button).
const untouched = Object.entries(answers.values).every(([key, value]) => key === 'billMode' && value === 'lines');
const withoutCore = !embedded && formHash() && untouched && !hasSharedFacts();
let coreLoad = null;
let arriving = false;
let waitedNavigation = false;
/** Loads the core once; resolves to whether it came. */
function coreArrival() {
  coreLoad ??= page.load().then(() => Boolean(page.core));
  return coreLoad;
}

function render({ navigated }) {
  page.showLanguage((key) => TEXT[page.lang][key]);
  if (!page.core && !(withoutCore && formHash())) {
    if (!withoutCore) return;
    coreArrival();
    statusEl.hidden = false;
    if (navigated) statusEl.scrollIntoView({ block: 'nearest' });
    waitedNavigation ||= navigated;
    return;
  }
  if (view.hash !== location.hash) view = { hash: location.hash };
  // A new insured place or scheme: its files are fetched (once) and the screen redrawn.
  plane.prepare(answers.get('insured'), answers.get('scheme'));
  const name = location.hash.replace(/^#\/?/, '');
  let shown;
  if (name === 'result') {
    shown = renderResultScreen();
  } else if (name === 'slip') {
    shown = renderSlipScreen();
  } else if (name === 'places') {
    shown = renderPlacesScreen();
  } else if (name === 'figure' && view.figure) {
    shown = renderFigure(ctx, view);
  } else if (name === 'figure') {
    // A reload on the question: the answers say again which figure is missing, if any.
    history.replaceState(null, '', '#/result');
    view = { hash: '#/result' };
    shown = renderResultScreen();
  } else {
    shown = renderForm(ctx, view);
  }
  if (!shown.node.querySelector('#estimate-clear')) shown.node.append(footer());
  document.title = t().pageTitle(shown.node.querySelector('h1')?.textContent ?? '');
  const drawn = drawScreen(screenEl, shown.node);
  screenEl.dataset.screen = location.hash.replace(/^#\/?/, '') || 'form';
  if (navigated) {
    window.scrollTo(0, 0);
    if (shown.focus) drawn(shown.focus).focus();
  }
}



window.addEventListener('hashchange', () => render({ navigated: true }));

if (withoutCore) {
  statusEl.hidden = true;
  render({ navigated: false });
  for (const type of ['pointerdown', 'keydown', 'focusin']) screenEl.addEventListener(type, () => coreArrival(), { once: true });
  document.documentElement.dataset.ready = '1';
} else {
  render({ navigated: false });
  coreArrival();
}
