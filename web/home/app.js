// The ID check page: loads the core (wasm), sends it requests and shows its answers in the
// chosen language. The ID number lives only in the input and in memory, never in storage.
// The region section below it lives in regions.js.
import { DEFAULT_LANG, formatDate } from '../shell/i18n.js';
import { TEXT, formatSex, formatAge } from './text.js';
import { createRegionsSection, placesKept } from './regions.js';
import { placeNode } from '../components/region-picker/place-name.js';
import { renderTaskList, tasksNeedCore } from './tasks.js';
import { keepValueInBox } from '../components/fields/fit-to-box.js';
import { setWords } from '../shell/first-screen.js';
import { createCore, markLanguageLive, saveLang, savedLang } from '../shell/page-shell.js';
import { nextTask } from '../shell/next-task.js';

const root = document.documentElement;
const statusEl = document.getElementById('status');
const form = document.getElementById('id-form');
const input = document.getElementById('id-input');
keepValueInBox(input);
const submit = document.getElementById('id-submit');
const idError = document.getElementById('id-error');
const generalError = document.getElementById('general-error');
const result = document.getElementById('id-result');
const langButtons = { 'zh-CN': document.getElementById('lang-zh'), en: document.getElementById('lang-en') };

// Stands in for a response when the core could not answer at all; an error without a message
// object is shown with the page's own generic text.
const NO_ANSWER = { ok: false, errors: [{ path: '' }] };

// A first visit keeps nothing the core must work out (no places, nothing from the parts): the
// page is whole without it, and its ~400 KB come with the first pointer or focus in the ID check
// or the places, before the click or key lands. Whoever only reads or follows a task link never
// waits for it, and the phone does not compile it while the page is being read.
const withoutCore = !placesKept() && !tasksNeedCore();

const state = {
  lang: savedLang(),
  // 'idle' (a first visit, drawn without the core until it is used) | 'loading' | 'ready' | 'failed'
  load: withoutCore ? 'idle' : 'loading',
  // A checked number waits for the core (a first visit): the status line says it is coming.
  waiting: false,
  // The last response, kept so a language switch can show it again in the other language.
  response: null,
};

let core = null;

// The core has no clock; "today" is the person's local calendar day, not the UTC one.
function todayLocal() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function ask(op, request) {
  try {
    const response = JSON.parse(core.handle(op, JSON.stringify(request)));
    return typeof response?.ok === 'boolean' ? response : NO_ANSWER;
  } catch (err) {
    console.error('medins: the core did not answer', err);
    return NO_ANSWER;
  }
}

// Paths are JSON pointers into the request; anything under /id belongs to the ID field.
function isIdPath(path) {
  return path === '/id' || String(path).startsWith('/id/');
}

function messageText(message, t) {
  return message?.[state.lang] ?? message?.[DEFAULT_LANG] ?? t.internalError;
}

function showMessages(container, texts) {
  container.replaceChildren(...texts.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  }));
  container.hidden = texts.length === 0;
}

// The place named by the number's first six digits. Place names stay Chinese on the English
// page (marked lang="zh-CN" so screen readers say them right); an older code that the 2024 list
// no longer has is said to be one, since the place shown is then the larger area around it.
function regionValue(t, r) {
  const wrap = document.createElement('span');
  if (!r.region) {
    wrap.textContent = r.region_code;
    return wrap;
  }
  const name = placeNode(r.region, state.lang);
  const code = document.createElement('span');
  code.className = 'region-code';
  code.textContent = r.region.exact ? t.regionCodeSuffix(r.region_code) : t.olderRegionCode(r.region_code);
  wrap.append(name, code);
  return wrap;
}

function renderResult(t, r) {
  const heading = document.createElement('h2');
  heading.textContent = t.resultTitle;
  const list = document.createElement('dl');
  const rows = [
    [t.birthDate, formatDate(r.birth_date, state.lang)],
    [t.sex, formatSex(r.sex, state.lang)],
    [t.age, formatAge(r.age, state.lang)],
    [t.regionCode, regionValue(t, r)],
  ];
  for (const [label, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.append(value);
    list.append(dt, dd);
  }
  result.replaceChildren(heading, list);
}

function renderResponse(t) {
  const response = state.response;
  const fieldTexts = [];
  const generalTexts = [];
  if (response?.ok === false) {
    for (const error of Array.isArray(response.errors) ? response.errors : NO_ANSWER.errors) {
      (isIdPath(error.path) ? fieldTexts : generalTexts).push(messageText(error.message, t));
    }
  }
  showMessages(idError, fieldTexts);
  showMessages(generalError, generalTexts);

  if (fieldTexts.length > 0) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'id-hint id-error');
  } else {
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'id-hint');
  }

  if (response?.ok === true) {
    renderResult(t, response.result);
    result.hidden = false;
  } else {
    result.replaceChildren();
    result.hidden = true;
  }
}

function renderStatus(t) {
  // On a first visit the core comes while people type; the line shows only if a check waits.
  statusEl.hidden = state.load === 'ready' || state.load === 'idle' || (withoutCore && state.load === 'loading' && !state.waiting);
  statusEl.textContent = state.load === 'failed' ? t.loadFailed : t.loading;
  statusEl.classList.toggle('error', state.load === 'failed');
}

const regions = createRegionsSection({
  ask,
  texts: () => TEXT[state.lang],
  lang: () => state.lang,
  messageText: (message) => messageText(message, TEXT[state.lang]),
  coreState: () => state.load,
});

function render() {
  const t = TEXT[state.lang];
  root.lang = state.lang;
  document.title = t.pageTitle;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    setWords(node, t[node.dataset.i18n]);
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', t[node.dataset.i18nLabel]);
  }
  for (const [lang, button] of Object.entries(langButtons)) {
    button.setAttribute('aria-pressed', String(lang === state.lang));
  }
  renderStatus(t);
  renderResponse(t);
  regions.render();
  renderTasks(t);
}

function renderTasks(t) {
  for (const [id, name] of Object.entries(t.tasks)) {
    const link = document.querySelector(`#task-${id} .task-name`);
    if (link) setWords(link, name);
  }
  // Nothing kept from the parts: every state is known without the core. Back from a part with
  // answers (the browser restoring this page from its cache), the core is loaded to check them,
  // and load() draws the states again when it comes.
  if (core || !tasksNeedCore()) renderTaskList(ask, t, todayLocal());
  else if (withoutCore && state.load !== 'failed') withCore();
}

for (const [lang, button] of Object.entries(langButtons)) {
  button.addEventListener('click', () => {
    state.lang = lang;
    saveLang(lang);
    render();
  });
}
markLanguageLive();

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!core) {
    if (!withoutCore) return; // the button is off until the core is there
    // Busy until answered, so a test (or a screen reader) can tell the check is under way.
    form.setAttribute('aria-busy', 'true');
    state.waiting = true;
    const there = await withCore();
    state.waiting = false;
    form.removeAttribute('aria-busy');
    renderStatus(TEXT[state.lang]);
    if (!there) return;
  }
  // NFKC turns full-width digits and Ｘ (common with Chinese input methods) into ASCII;
  // spaces people type to group the digits are dropped.
  const id = input.value.normalize('NFKC').replace(/\s+/g, '');
  state.response = ask('id.check', { id, as_of: todayLocal() });
  renderResponse(TEXT[state.lang]);
});

async function load() {
  state.load = 'loading';
  renderStatus(TEXT[state.lang]);
  try {
    // A dynamic import (in createCore), so a missing or broken module ends in the message below,
    // not a blank page.
    core = await createCore();
    await nextTask(); // instantiation in one task, the first answers and drawing in the next
  } catch (err) {
    console.error('medins: loading the core failed', err);
    state.load = 'failed';
    renderStatus(TEXT[state.lang]);
    regions.failed();
    return false;
  }
  state.load = 'ready';
  submit.disabled = false;
  regions.start();
  renderTasks(TEXT[state.lang]);
  if (!withoutCore) followTasks();
  root.dataset.ready = '1';
  renderStatus(TEXT[state.lang]);
  return true;
}

// The places task changes as the pickers below are used: its state follows them.
function followTasks() {
  const follow = new MutationObserver(() => renderTasks(TEXT[state.lang]));
  for (const id of ['insured-status', 'treatment-status', 'relation-result']) {
    const node = document.getElementById(id);
    if (node) follow.observe(node, { childList: true, subtree: true, attributes: true });
  }
  // Back from another part (the browser's back button may restore this page from its cache).
  window.addEventListener('pageshow', () => renderTasks(TEXT[state.lang]));
}

let coreComing = null;
function withCore() {
  if (core) return Promise.resolve(true);
  coreComing ??= load().then((there) => {
    coreComing = null;
    return there;
  });
  return coreComing;
}

render();
if (withoutCore) {
  submit.disabled = false;
  regions.open();
  followTasks();
  for (const area of [form, document.querySelector('.regions')]) {
    for (const type of ['pointerdown', 'focusin']) area.addEventListener(type, () => withCore(), { once: true });
  }
  root.dataset.ready = '1';
} else {
  load();
}
