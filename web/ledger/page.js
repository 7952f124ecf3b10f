// The ledger page (ledger/index.html): "my year". Keeps the person's settlement slips and manual
// claims on the device (store.js), asks the core's ledger.summarize for everything it shows
// (running totals, months by payer, the cap, claim stages and deadlines) and draws it again on
// every change and language switch. One screen, no routing: nothing goes into the URL.
//
// On a first visit (nothing kept for the ledger on this device) the screen is the person's forms
// and empty lists, none of which the core works out: it is drawn at once, and the core is loaded
// when a pointer or the focus first enters it, and awaited where a slip or a claim is checked
// (docs/performance.md, "The ledger's first visit without the core"). With anything kept, the
// year's figures and the place's name are the core's: it is loaded at once, behind the status.
import { DEFAULT_LANG } from '../shell/i18n.js';
import { SHELL_TEXT as TEXT } from '../shell/text.js';
import { screenPage } from '../shell/page-shell.js';
import { drawScreen } from '../shell/first-screen.js';
import { policyPlane } from '../components/policy-plane/policy-plane.js';
import { todayLocal } from '../components/date-input/iso-date.js';
import { el, redrawInPlace } from '../components/dom/dom.js';
import { errorSummary, fieldError } from '../components/error-summary/error-summary.js';
import { textField, selectField } from '../components/fields/fields.js';
import { formatFen, yuanToFen } from '../components/money/money.js';
import { renderYearChart } from './chart.js';
import { renderBalance } from './balance.js';
import { calendar } from './ics.js';
import { KEYS, loadClaims, loadProfile, loadSettlements, newId, saveClaims, saveProfile, saveSettlements, summarizeRequest } from '../components/saved-case/ledger.js';
import { LEDGER_TEXT } from './text.js';

const SLIP_BOXES = ['medfee_sumamt', 'fulamt_ownpay_amt', 'overlmt_selfpay', 'preselfpay_amt', 'inscp_scp_amt',
  'act_pay_dedc', 'hifp_pay', 'critical', 'maf_pay', 'acct_pay', 'psn_cash_pay', 'acct_mulaid_pay', 'balc'];
const REQUIRED_BOXES = new Set(['medfee_sumamt', 'inscp_scp_amt']);

const screenEl = document.getElementById('screen');

const page = screenPage({
  texts: (lang) => TEXT[lang],
  // A language click and the core's arrival redraw in place, at the same scroll.
  render: () => {
    const y = window.scrollY;
    render();
    window.scrollTo(0, y);
  },
  ready: async () => {
    const p = loadProfile();
    await plane.prepare(p.insured, p.scheme);
  },
});
const { ask } = page;
// The insured place's policy (its annual cap) comes from the site, as on the estimate page.
const plane = policyPlane({ core: () => page.core, onChange: () => redrawInPlace(render) });

// The screen's own state, not the ledger's: what is being typed, its errors, the year shown.
const draft = { settlement: { setting: 'inpatient', boxes: {} }, claim: {}, stepDates: {}, paid: {} };
let errors = [];
let notice = null;
let shownYear = null;
let icsUrl = null;
// The screen is drawn before the core (a first visit); whether loading it failed last time.
let withoutCore = false;
let coreFailed = false;

const t = () => LEDGER_TEXT[page.lang];
const local = (message) => message?.[page.lang] ?? message?.[DEFAULT_LANG] ?? TEXT[page.lang].internalError;
const blank = (v) => String(v ?? '').trim() === '';

function profileReady(p = loadProfile()) {
  return /^\d{6}$/.test(p.insured ?? '') && (p.scheme === 'employee' || p.scheme === 'resident');
}

// Whether the device keeps anything the core must work out before the screen can show it: an
// insured place (its name), slips or claims (the year, the claims' stages and deadlines).
function keptAnything() {
  return /^\d{6}$/.test(loadProfile().insured ?? '') || loadSettlements().length > 0 || loadClaims().length > 0;
}

/**
 * The core, for a screen drawn without it: loads it (once; again when asked after a failure),
 * then draws the screen again in place with what it works out. Resolves to whether it is there.
 */
let coreComing = null;
function withCore() {
  if (page.core) return Promise.resolve(true);
  coreComing ??= page.needCore().then(() => true, () => false).then((there) => {
    coreComing = null;
    coreFailed = !there;
    redrawInPlace(render);
    return there;
  });
  return coreComing;
}

// The place and scheme the estimate page already knows, so they need not be typed twice.
function prefillProfile() {
  const p = loadProfile();
  const stored = (key) => {
    try {
      return JSON.parse(localStorage.getItem(key));
    } catch {
      return localStorage.getItem(key);
    }
  };
  let changed = false;
  if (!p.insured) {
    const code = stored('medins.estimate.insured') ?? stored('medins.insured_region');
    if (/^\d{6}$/.test(String(code ?? ''))) { p.insured = String(code); changed = true; }
  }
  if (!p.scheme) {
    const scheme = stored('medins.estimate.scheme');
    if (scheme === 'employee' || scheme === 'resident') { p.scheme = scheme; changed = true; }
  }
  if (changed) saveProfile(p);
}

const errorsFor = (id) => errors.filter((e) => e.field === id).map((e) => e.text);

// Where a core error belongs on this page, by its pointer into the ledger request.
function fieldFor(path, { settlement = null, claim = null } = {}) {
  const p = String(path ?? '');
  if (p.startsWith('/insured_region')) return 'p-insured';
  if (p.startsWith('/scheme')) return 'p-scheme-employee';
  if (p.startsWith('/insured_place_rules')) return 'p-months';
  let m = /^\/settlements\/(\d+)(?:\/(\w+))?(?:\/(\w+))?/.exec(p);
  if (m && Number(m[1]) === settlement) {
    if (m[2] === 'slip') return `s-${m[3] === 'hifmi_pay' || m[3] === 'hifob_pay' ? 'critical' : m[3] ?? 'medfee_sumamt'}`;
    if (m[2] === 'date' || m[2] === 'setting' || m[2] === 'place') return `s-${m[2]}`;
    if (m[2] === 'over_cap_fen') return 's-over_cap';
    return 's-medfee_sumamt';
  }
  m = /^\/claims\/(\d+)(?:\/(\w+))?/.exec(p);
  if (m && Number(m[1]) === claim) {
    if (m[2] === 'treated_on') return 'c-treated';
    if (m[2] === 'amount_fen') return 'c-amount';
    if (m[2] === 'place') return 'c-place';
    if (m[2] === 'paid_fen') return `claim-${claim}-paid`;
    return `claim-${claim}-date`;
  }
  return null;
}

function coreErrors(response, where) {
  return response.errors.map((e) => ({ field: fieldFor(e.path, where), text: local(e.message) }));
}

// ---- Actions ---------------------------------------------------------------------------------

async function saveSettlement() {
  const tt = t();
  const d = draft.settlement;
  const found = [];
  if (blank(d.date)) found.push({ field: 's-date', text: tt.errors.date });
  const slip = {};
  const scheme = loadProfile().scheme;
  for (const box of SLIP_BOXES) {
    const text = d.boxes[box];
    if (blank(text)) {
      if (REQUIRED_BOXES.has(box)) found.push({ field: `s-${box}`, text: tt.errors.empty });
      continue;
    }
    const read = yuanToFen(text);
    if (read.error) found.push({ field: `s-${box}`, text: tt.errors[read.error] });
    else slip[box === 'critical' ? (scheme === 'resident' ? 'hifmi_pay' : 'hifob_pay') : box] = read.fen;
  }
  let overCap = null;
  if (scheme === 'employee' && !blank(d.overCap)) {
    const read = yuanToFen(d.overCap);
    if (read.error) found.push({ field: 's-over_cap', text: tt.errors[read.error] });
    else overCap = read.fen;
  }
  if (!profileReady()) found.push({ field: 'p-insured', text: tt.profile.needed });
  if (found.length) return show(found);
  const list = loadSettlements();
  const entry = { id: newId('s', list), date: d.date, setting: d.setting, slip };
  if (overCap) entry.over_cap_fen = overCap;
  if (!blank(d.place)) entry.place = d.place.trim();
  const candidate = [...list, entry];
  if (!(await withCore())) return show([{ field: null, text: TEXT[page.lang].loadFailed }]);
  const response = ask('ledger.summarize', summarizeRequest(todayLocal(), {}, { settlements: candidate, claims: loadClaims() }));
  if (!response.ok) return show(coreErrors(response, { settlement: list.length }));
  saveSettlements(candidate);
  draft.settlement = { setting: d.setting, boxes: {} };
  shownYear = Number(entry.date.slice(0, 4));
  return show([], tt.settlements.saved);
}

function removeSettlement(id) {
  saveSettlements(loadSettlements().filter((s) => s.id !== id));
  show([], t().settlements.removed);
}

async function saveClaim() {
  const tt = t();
  const d = draft.claim;
  const found = [];
  if (blank(d.treated)) found.push({ field: 'c-treated', text: tt.errors.date });
  const amount = yuanToFen(d.amount);
  if (amount.error) found.push({ field: 'c-amount', text: tt.errors[amount.error] });
  if (!profileReady()) found.push({ field: 'p-insured', text: tt.profile.needed });
  if (found.length) return show(found);
  const list = loadClaims();
  const entry = { id: newId('c', list), place: (d.place ?? '').trim(), treated_on: d.treated, amount_fen: amount.fen,
    history: [{ stage: 'prepared', date: todayLocal() }] };
  const candidate = [...list, entry];
  if (!(await withCore())) return show([{ field: null, text: TEXT[page.lang].loadFailed }]);
  const response = ask('ledger.summarize', summarizeRequest(todayLocal(), {}, { settlements: loadSettlements(), claims: candidate }));
  if (!response.ok) return show(coreErrors(response, { claim: list.length }));
  saveClaims(candidate);
  draft.claim = {};
  return show([], tt.claims.saved);
}

function moveClaim(index, stage) {
  const list = loadClaims();
  const date = draft.stepDates[index] || todayLocal();
  let paid = null;
  const typed = draft.paid[index];
  if (stage === 'paid' && !blank(typed)) {
    const read = yuanToFen(typed);
    if (read.error) return show([{ field: `claim-${index}-paid`, text: t().errors[read.error] }]);
    paid = read.fen;
  }
  const changed = list.map((c, i) => (i === index
    ? { ...c, history: [...c.history, { stage, date }], ...(paid === null ? {} : { paid_fen: paid }) } : c));
  const response = ask('ledger.summarize', summarizeRequest(todayLocal(), {}, { settlements: loadSettlements(), claims: changed }));
  if (!response.ok) return show(coreErrors(response, { claim: index }));
  saveClaims(changed);
  delete draft.stepDates[index];
  delete draft.paid[index];
  return show([]);
}

function removeClaim(index) {
  saveClaims(loadClaims().filter((_, i) => i !== index));
  show([]);
}

// After a profile field is left: drawn once focus has moved on, and given back to the field the
// person went to, so leaving one box for the next never loses what they type there.
function renderSoon() {
  setTimeout(() => redrawInPlace(render), 0);
}

function show(found, message = null) {
  errors = found;
  notice = message;
  render();
  const target = found.length ? document.querySelector('.error-summary') : (message ? document.getElementById('ledger-notice') : null);
  target?.focus();
}

// ---- Drawing ---------------------------------------------------------------------------------

function section(id, title, ...children) {
  return el('section', { class: 'ledger-section', id: `section-${id}`, 'aria-labelledby': `section-${id}-title` },
    el('h2', { id: `section-${id}-title`, text: title }), ...children);
}

function dateField(id, label, value, onInput) {
  const errs = errorsFor(id);
  const input = el('input', { id, name: id, type: 'date', max: todayLocal(), 'aria-invalid': errs.length ? 'true' : null,
    'aria-describedby': errs.length ? `${id}-error` : null });
  input.value = value ?? '';
  input.addEventListener('input', () => onInput(input.value));
  return el('div', { class: `field${errs.length ? ' field-has-error' : ''}` },
    el('label', { for: id, class: 'label', text: label }),
    errs.length ? fieldError(`${id}-error`, t().errorPrefix, errs) : null, input);
}

function amountField(id, label, value, onInput, hint) {
  return textField({ id, label, hint, value, inputmode: 'decimal', errors: errorsFor(id), errorPrefix: t().errorPrefix, onInput });
}

function profileSection() {
  const tt = t();
  const p = loadProfile();
  const update = (key, value) => saveProfile({ ...loadProfile(), [key]: value });
  const radios = el('fieldset', { class: 'fieldset' },
    el('legend', {}, el('span', { class: 'legend-text', text: tt.profile.scheme })),
    ...['employee', 'resident'].map((s) => {
      const input = el('input', { type: 'radio', name: 'p-scheme', id: `p-scheme-${s}`, value: s, checked: p.scheme === s,
        onchange: () => { update('scheme', s); renderSoon(); } });
      return el('div', { class: 'radio' }, input, el('label', { for: `p-scheme-${s}`, text: tt.profile.schemes[s] }));
    }));
  let regionName = null;
  if (page.core && /^\d{6}$/.test(p.insured ?? '')) {
    const r = ask('region.get', { code: p.insured });
    if (r.ok) regionName = el('p', { class: 'hint', id: 'p-insured-name', lang: 'zh-CN', text: r.result.full_name });
  }
  const insured = textField({ id: 'p-insured', label: tt.profile.insured, hint: tt.profile.insuredHint, value: p.insured, inputmode: 'numeric',
    errors: errorsFor('p-insured'), errorPrefix: tt.errorPrefix, onInput: (v) => update('insured', v.trim()) });
  insured.querySelector('input').addEventListener('change', renderSoon);
  const months = textField({ id: 'p-months', label: tt.profile.months, value: p.claimMonths, inputmode: 'numeric',
    errors: errorsFor('p-months'), errorPrefix: tt.errorPrefix, onInput: (v) => update('claimMonths', /^\d{1,3}$/.test(v.trim()) ? v.trim() : '') });
  months.querySelector('input').addEventListener('change', renderSoon);
  return section('profile', tt.profile.title, radios, insured, regionName, months);
}

function remindersSection(summary) {
  const tt = t();
  const claims = summary?.claims.filter((c) => c.to_submit) ?? [];
  const items = claims.map((c) => {
    const place = c.place || c.treated_on;
    const d = c.deadline;
    let text;
    if (!d.known || !d.date) text = tt.reminders.unknown(place);
    else if (d.days_left < 0) text = tt.reminders.overdue(place, d.date, -d.days_left);
    else text = tt.reminders.daysLeft(place, d.date, d.days_left);
    return el('p', { class: `reminder${c.overdue ? ' overdue' : ''}`, 'data-claim': c.index, 'data-days-left': d.days_left ?? '', text });
  });
  const events = claims.filter((c) => c.deadline.known && c.deadline.date).map((c) => ({
    uid: `claim-${c.id || c.index}`, date: c.deadline.date,
    summary: tt.reminders.icsSummary(c.place || c.treated_on), description: tt.reminders.icsDescription(c.deadline.date),
  }));
  let link = null;
  if (events.length) {
    if (icsUrl) URL.revokeObjectURL(icsUrl);
    const stamp = `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
    icsUrl = URL.createObjectURL(new Blob([calendar(events, stamp)], { type: 'text/calendar;charset=utf-8' }));
    link = el('p', {}, el('a', { href: icsUrl, download: 'medins-claims.ics', id: 'ics-download', class: 'button-secondary', text: tt.reminders.ics }));
  }
  return section('reminders', tt.reminders.title, ...(items.length ? items : [el('p', { text: tt.reminders.none })]), link);
}

function yearSection(summary) {
  const tt = t();
  if (!summary && profileReady() && !page.core) {
    // Drawn before the core, with a place and scheme just given: the year comes with the core.
    return section('year', tt.year.title, el('p', { class: `notice${coreFailed ? ' error' : ''}`, id: 'year-waiting',
      text: TEXT[page.lang][coreFailed ? 'loadFailed' : 'loading'] }));
  }
  if (!summary) return section('year', tt.year.title, el('p', { class: 'notice', text: tt.profile.needed }));
  const years = summary.years.map((y) => y.year).sort((a, b) => b - a);
  if (!years.includes(shownYear)) shownYear = Number(todayLocal().slice(0, 4));
  const year = summary.years.find((y) => y.year === shownYear);
  const select = selectField({ id: 'year-select', label: tt.year.choose, options: years.map((y) => [String(y), String(y)]), value: String(shownYear),
    onChange: (v) => { shownYear = Number(v); render(); } });
  const y = year.year_to_date;
  const row = (key, label, value) => [el('dt', { text: label }), el('dd', { 'data-key': key, text: value })];
  const ytd = el('dl', { class: 'ytd-list', id: 'ytd-list' },
    ...row('eligible_fen', tt.year.eligible, tt.yuan(formatFen(y.eligible_fen))),
    ...row('deductible_paid_fen', tt.year.deductible, tt.yuan(formatFen(y.deductible_paid_fen))),
    ...row('fund_paid_fen', tt.year.fund, tt.yuan(formatFen(y.fund_paid_fen))),
    ...row('admissions', tt.year.admissions, String(y.admissions)));
  const cap = el('div', { id: 'cap' }, el('h3', { text: tt.year.capTitle }),
    el('p', { id: 'cap-text', 'data-known': String(year.cap.known), text: local(year.cap.text) }),
    year.cap.source ? el('p', { class: 'hint', text: `${year.cap.source.title}${year.cap.source.url ? ` ${year.cap.source.url}` : ''}` }) : null);
  return section('year', tt.year.title, select, el('p', { class: 'hint', text: tt.year.basis }),
    el('h3', { text: tt.year.ytdTitle(year.year) }), ytd, cap, renderBalance(year, tt),
    year.totals.settlements ? renderYearChart(year, tt) : el('p', { text: tt.year.none }));
}

function settlementsSection() {
  const tt = t();
  const s = tt.settlements;
  const list = loadSettlements();
  const table = list.length ? el('table', { class: 'entry-table', id: 'settlement-table' },
    el('thead', {}, el('tr', {}, ...['date', 'place', 'setting', 'total', 'fund', 'action'].map((k) =>
      el('th', { scope: 'col', class: k === 'total' || k === 'fund' ? 'num' : null, text: s.head[k] })))),
    el('tbody', {}, ...[...list].sort((a, b) => (a.date < b.date ? 1 : -1)).map((e) => el('tr', { 'data-id': e.id },
      el('td', { text: e.date }), el('td', { text: e.place ?? '' }), el('td', { text: s.settings[e.setting] ?? e.setting }),
      el('td', { class: 'num', text: formatFen(e.slip?.medfee_sumamt ?? 0) }),
      el('td', { class: 'num', text: formatFen(e.slip?.hifp_pay ?? 0) }),
      el('td', {}, el('button', { type: 'button', class: 'button-secondary', id: `remove-${e.id}`, text: s.remove, onclick: () => removeSettlement(e.id) })))))) : el('p', { text: s.empty });
  const d = draft.settlement;
  const form = el('form', { id: 'settlement-form', novalidate: true, onsubmit: (ev) => { ev.preventDefault(); saveSettlement(); } },
    el('h3', { text: s.add }),
    dateField('s-date', s.date, d.date, (v) => { d.date = v; }),
    selectField({ id: 's-setting', label: s.setting, options: Object.entries(s.settings), value: d.setting, onChange: (v) => { d.setting = v; } }),
    textField({ id: 's-place', label: s.place, value: d.place, wide: true, errors: errorsFor('s-place'), errorPrefix: tt.errorPrefix, onInput: (v) => { d.place = v; } }),
    el('p', { class: 'hint', text: s.slipHint }),
    ...SLIP_BOXES.map((box) => amountField(`s-${box}`, s.slip[box], d.boxes[box], (v) => { d.boxes[box] = v; })),
    // Employees' large-expense supplement counts what passed the fund's cap (docs/ledger.md).
    loadProfile().scheme === 'employee' ? amountField('s-over_cap', s.overCap, d.overCap, (v) => { d.overCap = v; }) : null,
    el('button', { type: 'submit', class: 'button', id: 's-save', text: s.save }));
  return section('settlements', s.title, table, form);
}

function claimsSection(summary) {
  const tt = t();
  const c = tt.claims;
  const list = loadClaims();
  const cards = list.map((claim, i) => {
    const info = summary?.claims?.[i];
    const stage = info?.stage ?? claim.history.at(-1)?.stage;
    const moves = (info?.next_stages ?? []).map((next) => el('button', { type: 'button', class: 'button-secondary', id: `claim-${i}-to-${next}`,
      text: c.moveTo(c.stages[next]), onclick: () => moveClaim(i, next) }));
    return el('div', { class: 'claim-card', id: `claim-${i}`, 'data-stage': stage },
      el('h3', { text: `${claim.place || claim.treated_on} · ${tt.yuan(formatFen(claim.amount_fen))}` }),
      el('p', {}, `${c.stage}${tt.colon}`, el('strong', { class: 'claim-stage', text: c.stages[stage] ?? stage })),
      el('p', { class: 'hint', text: `${c.history}${tt.colon}${claim.history.map((h) => `${c.stages[h.stage] ?? h.stage} ${h.date}`).join(' → ')}` }),
      info?.to_submit ? el('p', { class: 'hint', text: local(info.deadline.text) }) : null,
      stage === 'paid' ? el('p', { class: 'hint', text: c.paidHint }) : null,
      moves.length ? el('div', { class: 'button-row-inline' },
        dateField(`claim-${i}-date`, c.stepDate, draft.stepDates[i] ?? todayLocal(), (v) => { draft.stepDates[i] = v; }),
        info?.next_stages.includes('paid') ? amountField(`claim-${i}-paid`, c.paidAmount, draft.paid[i], (v) => { draft.paid[i] = v; }) : null,
        ...moves) : null,
      claim.paid_fen !== undefined ? el('p', { class: 'claim-paid', text: `${c.paidAmount}${tt.colon}${tt.yuan(formatFen(claim.paid_fen))}` }) : null,
      el('button', { type: 'button', class: 'button-secondary', id: `claim-${i}-remove`, text: c.remove, onclick: () => removeClaim(i) }));
  });
  const d = draft.claim;
  const form = el('form', { id: 'claim-form', novalidate: true, onsubmit: (ev) => { ev.preventDefault(); saveClaim(); } },
    el('h3', { text: c.add }),
    textField({ id: 'c-place', label: c.place, value: d.place, wide: true, errors: errorsFor('c-place'), errorPrefix: tt.errorPrefix, onInput: (v) => { d.place = v; } }),
    dateField('c-treated', c.treated, d.treated, (v) => { d.treated = v; }),
    amountField('c-amount', c.amount, d.amount, (v) => { d.amount = v; }),
    el('button', { type: 'submit', class: 'button', id: 'c-save', text: c.save }));
  return section('claims', c.title, ...(cards.length ? cards : [el('p', { text: c.empty })]), form);
}

function render() {
  page.showLanguage((key) => TEXT[page.lang][key]);
  document.title = t().pageTitle;
  if (!page.core && !withoutCore) return;
  // Drawn before the core: what it would work out comes with it (the pointer or focus that
  // changed anything has asked for it already). After a failure only an action asks again.
  if (!page.core && !coreFailed && keptAnything()) withCore();
  if (page.core) plane.prepare(loadProfile().insured, loadProfile().scheme);
  const tt = t();
  let summary = null;
  const summaryErrors = [];
  if (page.core && profileReady()) {
    const response = ask('ledger.summarize', summarizeRequest(todayLocal()));
    if (response.ok) summary = response.result;
    else summaryErrors.push(...coreErrors(response, {}));
  }
  const shownErrors = [...errors, ...summaryErrors.filter((e) => !errors.some((x) => x.text === e.text))];
  const keep = errors;
  errors = shownErrors;
  const node = el('div', { class: 'screen' },
    notice ? el('p', { class: 'notice', role: 'status', id: 'ledger-notice', tabindex: '-1', text: notice }) : null,
    shownErrors.length ? errorSummary(tt.errorSummaryTitle, shownErrors.map((e) => ({ text: e.text, href: `#${e.field ?? 'screen'}`, focus: e.field ?? undefined }))) : null,
    el('h1', { class: 'question', tabindex: '-1', text: tt.title }),
    el('p', { text: tt.intro }),
    el('p', {}, el('a', { href: '../estimate/', id: 'to-estimate', text: tt.toEstimate })),
    profileSection(),
    remindersSection(summary),
    yearSection(summary),
    settlementsSection(),
    claimsSection(summary),
    el('div', { class: 'flow-footer' },
      el('p', { class: 'hint', text: tt.storageNote }),
      el('button', { type: 'button', class: 'button-secondary', id: 'ledger-clear', text: tt.clear, onclick: () => {
        for (const key of Object.values(KEYS)) {
          try { localStorage.removeItem(key); } catch { /* nothing kept anyway */ }
        }
        show([], tt.cleared);
      } })));
  errors = keep;
  drawScreen(screenEl, node);
}


// The screen without the core, at once; the core is asked for by the first pointer or focus in
// it, before the click or key lands.
function drawWithoutCore() {
  withoutCore = true;
  document.getElementById('status').hidden = true;
  for (const type of ['pointerdown', 'focusin']) screenEl.addEventListener(type, () => withCore(), { once: true });
  render();
  document.documentElement.dataset.ready = '1';
}

prefillProfile();
if (keptAnything()) {
  page.load();
  render();
} else {
  drawWithoutCore();
}
