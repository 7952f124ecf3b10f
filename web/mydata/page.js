// The "my data on this device" page (mydata/): what is kept, by section, with counts and never
// values; export to a file (optionally encrypted with a passphrase); import a file (checked by
// the core's case.check, decrypted here when needed, previewed, confirmed); clear everything.
// Nothing goes into the URL, the console or an error report: errors are shown by the core's
// message and, for a stored item, the part of the page it belongs to; never a value, never the
// JSON Pointer (docs/case-file.md).
import { el } from '../components/dom/dom.js';
import { WrongPassphrase, decryptCase, encryptCase } from './crypt.js';
import { ID_KEY, caseFileText, clearAll, countBySection, restore, sectionOf, storedEntries } from './store.js';
import { TEXT } from './text.js';
import { LANG_KEY, savedLang, screenPage } from '../shell/page-shell.js';

const SECTIONS = ['filing', 'eligibility', 'estimate', 'ledger', 'regions', 'language', 'other'];
// The core's own limit (kMaxCaseBytes); a larger file is not read into memory at all.
const MAX_FILE_BYTES = 256 * 1024;

const outcomeEl = document.getElementById('outcome');

const page = screenPage({ texts: (lang) => TEXT[lang], render: () => render() });

// What the sections show besides the stored data; kept across a language switch.
let outcome = null; // { kind: 'exported' | 'imported' | 'cleared', ... }
// busy: false, 'checking' (waiting for the core) or 'encrypting'.
const exporting = { busy: false, error: null, problems: [], includeId: false };
// Import: 'idle' → ('locked' → 'unlocking') → 'preview' | 'refused'.
let importing = { state: 'idle' };
let importFileName = null;
let clearing = false;

const t = () => TEXT[page.lang];

function messageText(message) {
  return message?.[page.lang] ?? message?.['zh-CN'] ?? t().internalError;
}

// Where in the file a problem is, in the person's words: the part of the page a stored item
// belongs to (its section), never the JSON Pointer the core gives. A problem with the file as a
// whole (its format, its encryption) has no part: the core's message says enough.
function whereIn(pointer) {
  const entry = /^\/case\/entries\/([^/]+)$/.exec(pointer ?? '');
  if (!entry) return null;
  const key = entry[1].replaceAll('~1', '/').replaceAll('~0', '~');
  return el('span', { class: 'error-where', text: t().import.in(t().sections[sectionOf(key)]) });
}

function lookup(path) {
  return path.split('.').reduce((o, k) => o?.[k], t());
}

// ---- what is kept ----

function renderStored() {
  const counts = countBySection(Object.keys(storedEntries()));
  const box = document.getElementById('stored-list');
  const shown = SECTIONS.filter((s) => counts[s]);
  if (!shown.length) {
    box.replaceChildren(el('p', { id: 'stored-none', text: t().stored.none }));
    return;
  }
  const list = el('dl', { class: 'count-list', id: 'stored-counts' });
  for (const s of shown) {
    list.append(el('dt', { text: t().sections[s] }), el('dd', { 'data-section': s, 'data-count': counts[s], text: t().stored.count(counts[s]) }));
  }
  box.replaceChildren(list);
}

// ---- export ----

function download(name, text) {
  // A Blob URL: the file never leaves the page, and the name holds only the date.
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function fileDate() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function doExport(pass1, pass2) {
  if (pass1 !== pass2) {
    exporting.error = 'mismatch';
    renderExport({ focus: 'export-pass' });
    return;
  }
  exporting.error = null;
  const text = caseFileText({ includeId: exporting.includeId });
  if (!page.core) {
    exporting.busy = 'checking';
    renderExport();
  }
  // The file must import again: what the core would refuse (a value an older page left behind)
  // is said now, not discovered on the new phone.
  const self = await checked(text);
  exporting.busy = false;
  if (!self) {
    exporting.error = 'unloaded';
    renderExport({ focus: 'export-unloaded' });
    return;
  }
  if (!self.ok) {
    exporting.error = 'refused';
    exporting.problems = self.errors;
    renderExport({ focus: 'export-problems' });
    return;
  }
  if (!pass1) {
    const name = `medins-case-${fileDate()}.json`;
    download(name, text);
    outcome = { kind: 'exported', name, encrypted: false };
    render();
    return;
  }
  exporting.busy = 'encrypting';
  renderExport();
  try {
    const envelope = await encryptCase(text, pass1);
    const name = `medins-case-${fileDate()}.medins-encrypted.json`;
    download(name, envelope);
    outcome = { kind: 'exported', name, encrypted: true };
  } catch {
    exporting.error = 'failed';
  }
  exporting.busy = false;
  render();
}

function renderExport({ focus } = {}) {
  const e = t().export;
  const body = document.getElementById('export-body');
  const entries = storedEntries();
  if (!Object.keys(entries).length) {
    body.replaceChildren(el('p', { id: 'export-nothing', text: e.nothing }));
    return;
  }
  const children = [el('p', { text: e.intro })];
  if (entries[ID_KEY]) {
    const box = el('input', { type: 'checkbox', id: 'export-include-id', checked: exporting.includeId, 'aria-describedby': 'export-include-id-hint' });
    box.addEventListener('change', () => { exporting.includeId = box.checked; });
    children.push(el('div', { class: 'checkbox-row' }, box, el('div', {},
      el('label', { for: 'export-include-id', text: e.includeId }),
      el('p', { class: 'hint', id: 'export-include-id-hint', text: e.includeIdHint }))));
  }
  const mismatch = exporting.error === 'mismatch';
  const pass = el('input', { type: 'password', id: 'export-pass', autocomplete: 'new-password', 'aria-describedby': mismatch ? 'export-pass-hint export-error' : 'export-pass-hint', 'aria-invalid': mismatch ? 'true' : null });
  const again = el('input', { type: 'password', id: 'export-pass-again', autocomplete: 'new-password', 'aria-invalid': mismatch ? 'true' : null });
  children.push(
    el('div', { class: `field${mismatch ? ' field-has-error' : ''}` },
      el('label', { for: 'export-pass', text: e.passphrase }),
      el('p', { class: 'hint', id: 'export-pass-hint', text: e.passphraseHint }),
      mismatch ? el('p', { class: 'field-error', id: 'export-error', role: 'alert', text: e.mismatch }) : null,
      pass),
    el('div', { class: 'field' }, el('label', { for: 'export-pass-again', text: e.passphraseAgain }), again));
  if (exporting.error === 'failed') children.push(el('p', { class: 'notice error', role: 'alert', text: t().internalError }));
  if (exporting.error === 'unloaded') children.push(el('p', { class: 'notice error', id: 'export-unloaded', role: 'alert', tabindex: '-1', text: t().loadFailed }));
  if (exporting.error === 'refused') {
    children.push(el('div', { class: 'error-summary', id: 'export-problems', role: 'alert', tabindex: '-1' },
      el('h3', { text: e.refused }),
      el('ul', { class: 'error-summary-list' }, exporting.problems.map((p) => el('li', {}, messageText(p.message), whereIn(p.path))))));
  }
  if (exporting.busy) children.push(el('p', { class: 'working', id: 'export-working', role: 'status', text: exporting.busy === 'checking' ? e.checking : e.working }));
  const button = el('button', { type: 'button', class: 'button', id: 'export-button', text: e.button, disabled: exporting.busy, 'aria-busy': exporting.busy ? 'true' : null });
  button.addEventListener('click', () => doExport(pass.value, again.value));
  children.push(button);
  body.replaceChildren(...children);
  if (focus) document.getElementById(focus)?.focus();
}

// ---- import ----

function refuse(errors) {
  importing = { state: 'refused', errors };
  renderImport({ focus: 'import-problems' });
}

// The core is needed only to check a file (the export's check of itself, an import): it is loaded
// at the first sign of either (a pointer or the focus in those sections, `page.needCore`) and
// awaited there. The page draws at once from what the device keeps, and a visit that only looks
// or clears never fetches or compiles the module (docs/performance.md, "My data and the voucher
// guide without the core"). Returns case.check's answer, or null when the core could not be loaded.
async function checked(text) {
  try {
    await page.needCore();
  } catch {
    return null;
  }
  return page.ask('case.check', { case: text });
}

// case.check's answer for a file to import when the core accepted it; else null, once the import
// section says why (the core did not load, or the file's problems).
async function accepted(text) {
  const response = await checked(text);
  if (!response) {
    importing = { state: 'unloaded' };
    renderImport({ focus: 'import-unloaded' });
    return null;
  }
  if (!response.ok) {
    refuse(response.errors.map((err) => ({ message: err.message, path: err.path })));
    return null;
  }
  return response;
}

function preview(text, result) {
  // case.check accepted it, so it parses; the values come from the file, the list from the core.
  importing = { state: 'preview', result, entries: JSON.parse(text).entries };
  renderImport({ focus: 'import-preview-title' });
}

async function readFile(file) {
  outcome = null;
  renderOutcome();
  // The name the person gave the file is theirs to see; it is never logged or sent.
  importFileName = file.name;
  if (file.size > MAX_FILE_BYTES) {
    refuse([{ text: t().import.tooLarge }]);
    return;
  }
  let text;
  try {
    text = await file.text();
  } catch {
    refuse([{ text: t().import.unreadable }]);
    return;
  }
  if (!page.core) {
    importing = { state: 'checking' };
    renderImport();
  }
  const response = await accepted(text);
  if (!response) return;
  if (response.result.kind === 'encrypted') {
    importing = { state: 'locked', result: response.result, envelope: JSON.parse(text) };
    renderImport({ focus: 'import-pass' });
    return;
  }
  preview(text, response.result);
}

async function unlock(passphrase) {
  if (!passphrase) {
    importing.error = 'emptyPassphrase';
    renderImport({ focus: 'import-pass' });
    return;
  }
  const { result, envelope } = importing;
  importing = { state: 'unlocking', result, envelope };
  renderImport();
  let text;
  try {
    text = await decryptCase(result, envelope, passphrase);
  } catch (err) {
    importing = { state: 'locked', result, envelope, error: err instanceof WrongPassphrase ? 'wrongPassphrase' : 'unreadable' };
    renderImport({ focus: 'import-pass' });
    return;
  }
  const response = await accepted(text);
  if (!response) return;
  if (response.result.kind !== 'plain') {
    refuse([{ text: t().import.unreadable }]);
    return;
  }
  preview(text, response.result);
}

function resetImport() {
  importing = { state: 'idle' };
  importFileName = null;
}

function renderImport({ focus } = {}) {
  const m = t().import;
  const body = document.getElementById('import-body');
  // The browser's own file control speaks the browser's language, not the page's: it is kept
  // (focusable, for the keyboard) but drawn as a button with the page's words.
  const input = el('input', { type: 'file', id: 'import-file', class: 'file-input', accept: '.json,application/json', 'aria-describedby': 'import-file-name' });
  input.addEventListener('change', () => {
    if (input.files?.[0]) readFile(input.files[0]);
  });
  const children = [el('p', { text: m.intro }), el('div', { class: 'field file-field' },
    el('p', { class: 'label', text: m.fileLabel }),
    input,
    el('label', { for: 'import-file', class: 'button button-secondary file-button', text: m.file }),
    el('p', { class: 'hint', id: 'import-file-name', text: importFileName ?? m.noFile }))];

  if (importing.state === 'refused') {
    const list = el('ul', { class: 'error-summary-list' });
    for (const p of importing.errors) {
      const item = el('li', {}, p.text ?? messageText(p.message));
      const where = whereIn(p.path);
      if (where) item.append(where);
      list.append(item);
    }
    children.push(el('div', { class: 'error-summary', id: 'import-problems', role: 'alert', tabindex: '-1' },
      el('h3', { text: m.problems }), list));
  }
  // Not the file's fault: said apart from the list of what is wrong with a file.
  if (importing.state === 'unloaded') children.push(el('p', { class: 'notice error', id: 'import-unloaded', role: 'alert', tabindex: '-1', text: t().loadFailed }));
  if (importing.state === 'checking') children.push(el('p', { class: 'working', id: 'import-checking', role: 'status', text: m.checking }));
  if (importing.state === 'locked' || importing.state === 'unlocking') {
    const busy = importing.state === 'unlocking';
    const error = importing.error ? m[importing.error] ?? m.unreadable : null;
    const pass = el('input', { type: 'password', id: 'import-pass', autocomplete: 'current-password', 'aria-invalid': error ? 'true' : null, 'aria-describedby': error ? 'import-pass-error' : null, disabled: busy });
    const button = el('button', { type: 'button', class: 'button', id: 'import-unlock', text: m.unlock, disabled: busy, 'aria-busy': busy ? 'true' : null });
    button.addEventListener('click', () => unlock(pass.value));
    pass.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') unlock(pass.value);
    });
    children.push(el('div', { class: `field${error ? ' field-has-error' : ''}` },
      el('p', { text: m.encrypted }),
      el('label', { for: 'import-pass', text: m.passphrase }),
      error ? el('p', { class: 'field-error', id: 'import-pass-error', role: 'alert', text: error }) : null,
      pass), button);
    if (busy) children.push(el('p', { class: 'working', id: 'import-working', role: 'status', text: m.working }));
  }
  if (importing.state === 'preview') {
    const { result } = importing;
    const now = countBySection(Object.keys(storedEntries()));
    const after = result.sections;
    const table = el('table', { class: 'replace-table', id: 'import-preview' },
      el('thead', {}, el('tr', {}, m.headings.map((h) => el('th', { scope: 'col', text: h })))));
    const tbody = el('tbody');
    for (const s of SECTIONS) {
      if (!now[s] && !after[s]) continue;
      tbody.append(el('tr', { 'data-section': s },
        el('th', { scope: 'row', text: t().sections[s] }),
        el('td', { class: 'num', 'data-now': now[s] ?? 0, text: String(now[s] ?? 0) }),
        el('td', { class: 'num', 'data-after': after[s] ?? 0, text: String(after[s] ?? 0) })));
    }
    table.append(tbody);
    const savedAt = new Date(result.saved_at);
    const when = Number.isNaN(savedAt.getTime()) ? result.saved_at
      : savedAt.toLocaleString(page.lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long', timeStyle: 'short' });
    children.push(
      el('h3', { id: 'import-preview-title', tabindex: '-1', text: m.previewTitle }),
      el('p', { text: m.savedAt(when) }),
      table,
      el('p', { id: 'import-has-id', text: result.entries.some((e) => e.key === ID_KEY) ? m.withId : m.noId }),
      el('p', { class: 'notice', text: m.replaceWarning }),
      el('div', { class: 'button-row' },
        el('button', { type: 'button', class: 'button button-warning', id: 'import-confirm', text: m.confirm, onclick: () => {
          const n = restore(result.entries, importing.entries);
          resetImport();
          // The file brings its language choice along, if it has one; else the page keeps its own.
          if (result.entries.some((e) => e.key === LANG_KEY)) page.lang = savedLang();
          outcome = { kind: 'imported', n };
          render({ focus: 'outcome-message' });
        } }),
        el('button', { type: 'button', class: 'button button-secondary', id: 'import-cancel', text: m.cancel, onclick: () => {
          resetImport();
          renderImport({ focus: 'import-file' });
        } })));
  }
  body.replaceChildren(...children);
  if (focus) document.getElementById(focus)?.focus();
}

// ---- clear ----

function renderClear({ focus } = {}) {
  const c = t().clear;
  const body = document.getElementById('clear-body');
  if (!clearing) {
    body.replaceChildren(el('p', { text: c.intro }),
      el('button', { type: 'button', class: 'button button-warning', id: 'clear-button', text: c.button, onclick: () => {
        clearing = true;
        renderClear({ focus: 'clear-confirm-text' });
      } }));
  } else {
    body.replaceChildren(
      el('p', { id: 'clear-confirm-text', class: 'label', tabindex: '-1', text: c.confirmText }),
      el('div', { class: 'button-row' },
        el('button', { type: 'button', class: 'button button-warning', id: 'clear-confirm', text: c.confirm, onclick: () => {
          clearAll();
          clearing = false;
          resetImport();
          outcome = { kind: 'cleared' };
          render({ focus: 'outcome-message' });
        } }),
        el('button', { type: 'button', class: 'button button-secondary', id: 'clear-cancel', text: c.cancel, onclick: () => {
          clearing = false;
          renderClear({ focus: 'clear-button' });
        } })));
  }
  if (focus) document.getElementById(focus)?.focus();
}

// ---- the page ----

function renderOutcome() {
  if (!outcome) {
    outcomeEl.replaceChildren();
    return;
  }
  const text = outcome.kind === 'exported'
    ? (outcome.encrypted ? t().export.doneEncrypted(outcome.name) : t().export.done(outcome.name))
    : outcome.kind === 'imported' ? t().import.done(outcome.n) : t().clear.done;
  outcomeEl.replaceChildren(el('p', { class: 'notice ok', id: 'outcome-message', tabindex: '-1', 'data-outcome': outcome.kind, text }));
}

function render({ focus } = {}) {
  document.title = t().pageTitle;
  page.showLanguage(lookup, 't');
  renderOutcome();
  renderStored();
  renderExport();
  renderImport();
  renderClear();
  if (focus) document.getElementById(focus)?.focus();
}


// Another tab may change what is kept, and a page restored from the back-forward cache shows
// what was kept when it was left: the list is read again in both cases.
window.addEventListener('storage', () => render());
window.addEventListener('pageshow', (event) => {
  if (event.persisted) render();
});

for (const id of ['export', 'import']) {
  for (const type of ['pointerdown', 'focusin']) document.getElementById(id).addEventListener(type, () => page.needCore().catch(() => {}));
}
render();
document.getElementById('status').hidden = true;
document.documentElement.dataset.ready = '1';
