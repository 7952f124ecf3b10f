// The answer screen: the route first, in one large sentence; then, when a fact was not known,
// how to find it out and one labelled branch per answer (its route and its own reasons); then
// why (each reason with its basis folded away: with branches, what holds either way), what to show and when, and for a manual claim the tickable papers, the deadline and
// the audits. Every policy text is the core's (eligibility.check), in the page language.
import { formatDate } from '../shell/i18n.js';
import { el } from '../components/dom/dom.js';
import { block, local, marked, sources, unconfirmedMark, voucherGuideLink } from './basis.js';
import { lowNote } from '../components/confidence/confidence.js';
import { renderChecklist } from './checklist.js';
import { renderBeforeYouGo } from './before-you-go.js';
import { planning } from '../components/saved-case/eligibility-request.js';
import { pathStep } from './steps.js';

function section(id, title, ...content) {
  return el('section', { class: 'result-section', id: `answer-${id}`, 'aria-labelledby': `answer-${id}-title` },
    el('h2', { id: `answer-${id}-title`, text: title }), ...content);
}

function hasLow(node) {
  if (Array.isArray(node)) return node.some(hasLow);
  if (!node || typeof node !== 'object') return false;
  return Object.entries(node).some(([k, v]) => (k === 'confidence' && v === 'low') || hasLow(v));
}

// One reason as a line: its text, "unconfirmed" when the core says so, its basis folded away.
function reasonItem(r, a, lang) {
  const level = r.unconfirmed ? 'low' : r.confidence ?? r.basis?.confidence;
  return el('li', { 'data-code': r.code }, marked(el('p', {}, local(r.text, lang)), level),
    sources(r.basis, a, lang, { level }));
}

function reasons(result, a, lang) {
  const content = [el('ul', { class: 'rule-list reasons' }, result.reasons.map((r) => reasonItem(r, a, lang)))];
  const disease = result.visit.disease;
  if (disease?.name) {
    const p = marked(el('p', { class: 'answer-disease' }, a.disease(local(disease.name, lang)), ' · ', local(disease.group_name, lang)),
      disease.confidence);
    content.unshift(p, sources(disease.basis, a, lang, { level: disease.confidence ?? disease.basis?.confidence }));
  }
  return content;
}

// When a fact was not known: first how to find it out, then one labelled branch per answer
// ("如果已开通…：") with its route and the reasons only that answer gives. The core words the
// condition and keeps each branch's reasons apart (own_reasons), so opposite reasons never
// stand side by side.
function checks(ctx, result, a, lang) {
  const list = el('ol', { class: 'checks-list' });
  for (const c of result.checks) {
    const item = el('li', { class: 'check-item', 'data-fact': c.fact },
      el('p', { class: 'check-question' }, local(c.text, lang)), // a question: no mark (its basis says how sure)
      el('p', {}, el('strong', { text: a.checkHow }), local(c.how, lang)));
    const step = pathStep(c.path);
    if (step) {
      item.append(el('p', {}, a.checkAnswer,
        el('a', { href: ctx.href({ step, fromCheck: true }), text: ctx.t().steps[step].short })));
    }
    item.append(sources(c.basis, a, lang, { level: c.confidence ?? c.basis?.confidence, marked: false }) ?? '');
    list.append(item);
  }
  const branches = el('div', { class: 'branches' });
  result.branches.forEach((b, i) => {
    const route = el('p', { class: 'branch-route', text: local(b.summary, lang) });
    if (b.confidence === 'low') route.append(' ', unconfirmedMark());
    branches.append(el('section', { class: `branch branch-${b.route}`, 'data-route': b.route, 'aria-labelledby': `branch-${i}-if` },
      el('h3', { class: 'branch-if', id: `branch-${i}-if`, text: local(b.if, lang) }),
      route,
      b.own_reasons.length
        ? el('ul', { class: 'rule-list branch-reasons' }, b.own_reasons.map((r) => reasonItem(r, a, lang)))
        : null));
  });
  return [section('checks', a.sections.checks, list), section('branches', a.sections.branches, branches)];
}

function filing(result, a, lang) {
  const f = result.filing;
  if (!f) return null;
  const content = [el('p', { class: 'answer-filing-name', text: local(f.name, lang) })];
  if (f.valid_until_from === 'computed') {
    content.push(el('p', { class: 'filing-until' }, a.filingUntil(formatDate(f.valid_until, lang))));
    if (f.validity) content.push(...block({ text: f.validity.text, basis: f.validity.basis }, a, lang));
  } else if (f.valid_until) {
    content.push(el('p', { class: 'filing-until' }, a.filingUntilGiven(formatDate(f.valid_until, lang))));
  } else {
    content.push(el('p', { class: 'filing-until', text: a.filingUntilChanged }));
  }
  return section('filing', a.sections.filing, ...content);
}

function show(result, a, lang) {
  const s = result.show;
  if (!s) return null;
  const when = el('ul', { class: 'show-when' }, s.when.map((w) => el('li', { 'data-moment': w.id, text: local(w.text, lang) })));
  const what = el('ul', { class: 'show-what' }, s.what.map((w) => el('li', { 'data-show': w.id }, ...block(w, a, lang), voucherGuideLink(w.id, a))));
  return section('show', result.route ? a.sections.show : a.sections.showIfDirect,
    el('p', { class: 'label', text: a.showWhen }), when,
    el('p', { class: 'label', text: a.showWhat }), what,
    ...block(s.keep_papers, a, lang), ...(result.fallback ? block(result.fallback, a, lang, { class: 'fallback' }) : []));
}

export function deadline(d, a, lang) {
  const content = [];
  if (d.date) {
    content.push(el('p', { class: 'deadline-date', id: 'deadline-date' }, a.deadlineDate(formatDate(d.date, lang)),
      typeof d.days_left === 'number' ? el('span', { class: 'days-left', text: ` ${a.daysLeft(d.days_left)}` }) : null));
    content.push(...block(d, a, lang, { class: 'deadline-text' }));
  } else if (d.known || !d.range_seen) {
    // Known but relative ("before the discharge settlement"), or waiting for a date the person
    // has not given yet: the core's words say when.
    content.push(...block(d, a, lang, { class: 'deadline-text' }));
  } else {
    content.push(el('p', { class: 'deadline-date', id: 'deadline-date', text: a.deadlineUnknown }));
    content.push(...block(d, a, lang, { class: 'deadline-text' }));
    content.push(el('p', { class: 'label', text: a.rangeSeen }));
    content.push(...block(d.range_seen, a, lang, { class: 'range-seen' }));
  }
  return content;
}

// What an audit may ask to see: records, photos, invoices (the claim packet prints it too).
export function keepList(m, a, lang) {
  return el('ul', { class: 'rule-list keep' }, m.keep.map((x) => el('li', { 'data-keep': x.id }, ...block(x, a, lang))));
}

// Serious illness while travelling (an emergency, the papers with the guarantor's certificate):
// the answer leads to a printable claim packet that can also go on the ledger.
export const packetFor = (result) => Boolean(result.manual_claim) && result.visit.type === 'emergency';

function claim(ctx, result, answers, a, lang) {
  const m = result.manual_claim;
  if (!m) return null;
  const audits = el('ul', { class: 'rule-list audits' }, m.audits.map((x) => el('li', { 'data-audit': x.id }, ...block(x, a, lang))));
  return [
    section('claim', result.route === 'manual_claim' ? a.sections.claim : a.sections.claimIfNeeded, ...block(m.where, a, lang),
      el('h3', { text: a.sections.whoSubmits }), ...block(m.who_submits, a, lang, { class: 'who-submits' }),
      packetFor(result) ? el('p', { class: 'packet-entry' }, el('a', { href: ctx.href({ screen: 'packet' }), id: 'packet-link', class: 'button', text: a.packetLink })) : null),
    section('checklist', a.sections.checklist, ...renderChecklist(m.checklist, answers, a, lang)),
    section('deadline', a.sections.deadline, ...deadline(m.deadline, a, lang)),
    section('audits', a.sections.audits, audits),
    section('keep', a.sections.keep, keepList(m, a, lang)),
  ];
}

// A pharmacy purchase or an outpatient visit: can the personal account pay, and why.
function account(result, a, lang) {
  const p = result.personal_account;
  if (!p) return null;
  const word = p.can_pay === true ? 'yes' : p.can_pay === false ? 'no' : 'depends';
  return section('account', a.sections.account,
    el('p', { class: `account-can account-${word}`, id: 'account-can', 'data-can-pay': word, text: a.accountCan[word] }),
    el('ul', { class: 'rule-list account-reason' }, reasonItem(p.reason, a, lang)));
}

/**
 * @param {object} ctx  the page's context (answers, href, t(), lang())
 * @param {object} result  eligibility.check's result
 */
export function renderAnswer(ctx, result, asOf) {
  const t = ctx.t();
  const a = t.answer;
  const lang = ctx.lang();
  const route = result.route ?? 'undecided';
  const sentence = el('h1', { class: 'route-sentence', id: 'route-sentence', tabindex: '-1', text: local(result.summary, lang) });
  if (result.confidence === 'low') sentence.append(' ', unconfirmedMark());
  const panel = el('div', { class: `route-panel route-${route}`, id: 'route', 'data-route': route, 'data-confidence': result.confidence ?? '' },
    sentence);
  if (result.confidence === 'low') panel.append(el('p', { class: 'route-unconfirmed', text: a.routeUnconfirmed }));
  const node = el('div', { class: 'eligibility-answer' },
    panel,
    // Planning a visit: what to do before going comes right after the route.
    planning(ctx.answers) ? renderBeforeYouGo(ctx, result) : null,
    result.checks.length ? checks(ctx, result, a, lang) : null,
    // With branches, the reasons left are the ones that hold whichever way the checks turn out.
    result.branches.length && !result.reasons.length ? null
      : section('reasons', result.branches.length ? a.sections.reasonsEither : a.sections.reasons, ...reasons(result, a, lang)),
    account(result, a, lang),
    show(result, a, lang),
    claim(ctx, result, ctx.answers, a, lang),
    filing(result, a, lang),
    hasLow(result) ? lowNote({ class: 'unconfirmed-note' }) : null,
    el('p', { class: 'notice not-official', id: 'not-official', text: t.notOfficial }),
    el('div', { class: 'button-row' },
      el('a', { href: ctx.href({ screen: 'check' }), class: 'button', id: 'change-answers', text: a.change }),
      el('a', { href: ctx.href({ screen: 'clear' }), class: 'cancel-link', text: a.startOver })),
    el('p', { class: 'made-on', text: a.madeOn(formatDate(asOf, lang)) }));
  return { node, focus: sentence };
}
