// The claim packet for "fell seriously ill while travelling" (#/packet), reached from the
// manual-claim answer of an emergency: this visit, where to apply and who hands it in, the papers
// as boxes to tick (on paper too), the deadline, the checks that may follow and what to keep for
// them, on one printable sheet (answer.css, @media print). Every policy text is the core's
// (eligibility.check); the page only lays it out.
//
// "Add to My year" writes a claim in the ledger's own storage (components/saved-case/ledger.js)
// after the core's ledger.summarize has accepted it, so the ledger page tracks its stage and its
// deadline. What is typed here (the amount, the scheme) lives in `draft` until it is saved: a
// language switch or a refused amount keeps it.
import { formatDate } from '../shell/i18n.js';
import { el } from '../components/dom/dom.js';
import { errorSummary } from '../components/error-summary/error-summary.js';
import { radios, textField } from '../components/fields/fields.js';
import { yuanToFen } from '../components/money/money.js';
import { resultOrCheck } from '../components/question-flow/check.js';
import { loadClaims, loadProfile, newId, saveClaims, saveProfile, summarizeRequest } from '../components/saved-case/ledger.js';
import { block, local } from './basis.js';
import { deadline, keepList, packetFor } from './answer.js';
import { CHECK, finalCheck } from './check.js';

const draft = { amount: '', scheme: null, errors: [], added: false };

function part(id, title, ...content) {
  return el('section', { class: 'packet-part', id: `packet-${id}`, 'aria-labelledby': `packet-${id}-title` },
    el('h2', { id: `packet-${id}-title`, text: title }), ...content);
}

// The papers with a printed box each (their sources folded away as on the answer screen): ticks
// made on the answer screen show here as well.
function papers(m, answers, a, lang) {
  const ticked = new Set(Array.isArray(answers.get('ticked')) ? answers.get('ticked') : []);
  return el('ul', { class: 'packet-papers', id: 'packet-papers' }, m.checklist.map((item) =>
    el('li', { 'data-item': item.id, 'data-ticked': String(ticked.has(item.id)) },
      el('span', { class: 'packet-box', 'aria-hidden': 'true', text: ticked.has(item.id) ? '☑' : '☐' }),
      el('div', { class: 'packet-paper' }, ...block(item, a, lang)))));
}

function visitDates(result, lang) {
  const v = result.visit;
  const start = formatDate(v.starts_on, lang);
  return v.discharged_on ? `${start} – ${formatDate(v.discharged_on, lang)}` : start;
}

// The claim as the ledger keeps it: treated_on is the day the deadline counts from (the
// discharge for a stay), the place is the place of treatment.
function ledgerClaim(result, lang, amountFen, list) {
  const place = lang === 'en' ? result.treatment.full_name_en ?? result.treatment.full_name : result.treatment.full_name;
  return { id: newId('c', list), place, treated_on: result.visit.discharged_on ?? result.visit.starts_on, amount_fen: amountFen,
    history: [{ stage: 'prepared', date: result.as_of }] };
}

function addToLedger(ctx, result) {
  const p = ctx.t().packet;
  const lang = ctx.lang();
  const errors = [];
  const read = yuanToFen(draft.amount);
  if (read.error) errors.push({ field: 'packet-amount', text: p.errors[read.error] });
  const profile = loadProfile();
  const scheme = profile.scheme ?? draft.scheme;
  if (scheme !== 'employee' && scheme !== 'resident') errors.push({ field: 'packet-scheme-0', text: p.errors.scheme });
  if (!errors.length) {
    const list = loadClaims();
    const entry = ledgerClaim(result, lang, read.fen, list);
    const insured = /^\d{6}$/.test(profile.insured ?? '') ? profile.insured : result.insured.code;
    const response = ctx.ask('ledger.summarize', summarizeRequest(result.as_of, { insured, scheme }, { claims: [...list, entry] }));
    if (response.ok) {
      // The ledger needs its place and scheme to show the claim; fill in only what it lacks.
      saveProfile({ ...profile, insured, scheme });
      saveClaims([...list, entry]);
      Object.assign(draft, { amount: '', errors: [], added: true });
      return ctx.rerender();
    }
    errors.push(...response.errors.map((e) => ({ field: 'packet-amount', text: local(e.message, lang) })));
  }
  Object.assign(draft, { errors, added: false });
  ctx.rerender();
  document.querySelector('.error-summary')?.focus();
}

function ledgerForm(ctx, result) {
  const t = ctx.t();
  const p = t.packet;
  const errorsFor = (field) => draft.errors.filter((e) => e.field === field).map((e) => e.text);
  const needsScheme = !loadProfile().scheme;
  const form = el('form', { id: 'packet-ledger-form', class: 'no-print', novalidate: true, onsubmit: (ev) => { ev.preventDefault(); addToLedger(ctx, result); } },
    el('h2', { id: 'packet-ledger-title', text: p.ledgerTitle }),
    el('p', { text: p.ledgerIntro }),
    draft.errors.length ? errorSummary(p.errorTitle, draft.errors.map((e) => ({ text: e.text, href: `#${e.field}`, focus: e.field }))) : null,
    textField({ id: 'packet-amount', label: p.amount, hint: p.amountHint, value: draft.amount, inputmode: 'decimal',
      errors: errorsFor('packet-amount'), errorPrefix: t.errorPrefix, onInput: (v) => { draft.amount = v; } }),
    needsScheme ? radios({ name: 'packet-scheme', legend: p.scheme, checked: draft.scheme,
      error: errorsFor('packet-scheme-0').length ? errorsFor('packet-scheme-0') : null, errorPrefix: t.errorPrefix,
      options: ['employee', 'resident'].map((s) => ({ value: s, label: t.steps.scheme.options[s].label })),
      onChange: (v) => { draft.scheme = v; } }) : null,
    el('button', { type: 'submit', class: 'button', id: 'packet-add', text: p.add }));
  const added = draft.added ? el('p', { class: 'notice no-print', role: 'status', id: 'packet-added' }, p.added, ' ',
    el('a', { href: '../ledger/', id: 'packet-open-ledger', text: p.openLedger })) : null;
  return [added, form];
}

function packet(ctx, result) {
  const t = ctx.t();
  const p = t.packet;
  const a = t.answer;
  const lang = ctx.lang();
  const heading = el('h1', { class: 'question', id: 'packet-title', tabindex: '-1', text: p.title });
  const back = el('p', { class: 'no-print' }, el('a', { href: ctx.href({ screen: 'result' }), id: 'packet-back', text: p.back }));
  if (!packetFor(result)) {
    return { node: el('div', { class: 'claim-packet' }, heading, el('p', { class: 'notice', id: 'packet-not-for-this', text: p.notForThis }), back), focus: heading };
  }
  const m = result.manual_claim;
  const place = (r) => (lang === 'en' ? r.full_name_en ?? r.full_name : r.full_name);
  const facts = el('dl', { class: 'packet-facts', id: 'packet-facts' },
    el('dt', { text: p.insured }), el('dd', { text: place(result.insured) }),
    el('dt', { text: p.treatment }), el('dd', { text: place(result.treatment) }),
    el('dt', { text: p.dates }), el('dd', { id: 'packet-dates', text: visitDates(result, lang) }));
  const audits = el('ul', { class: 'rule-list audits' }, m.audits.map((x) => el('li', { 'data-audit': x.id }, ...block(x, a, lang))));
  const node = el('div', { class: 'claim-packet', id: 'claim-packet' },
    heading,
    el('p', { class: 'packet-intro', text: p.intro }),
    el('p', { class: 'no-print' }, el('button', { type: 'button', class: 'button', id: 'packet-print', text: p.print, onclick: () => window.print() })),
    part('case', p.case, facts),
    part('where', p.where, ...block(m.where, a, lang), el('h3', { text: a.sections.whoSubmits }), ...block(m.who_submits, a, lang, { class: 'who-submits' })),
    part('papers', p.papers, papers(m, ctx.answers, a, lang)),
    part('deadline', a.sections.deadline, ...deadline(m.deadline, a, lang)),
    part('audits', a.sections.audits, audits),
    part('keep', a.sections.keep, keepList(m, a, lang)),
    ...ledgerForm(ctx, result),
    el('p', { class: 'made-on', text: p.madeOn(formatDate(result.as_of, lang)) }),
    back);
  return { node, focus: draft.added ? node.querySelector('#packet-added') ?? heading : heading };
}

export function renderPacket(ctx) {
  return resultOrCheck(ctx, finalCheck(ctx), CHECK, (outcome) => packet(ctx, outcome.result));
}
