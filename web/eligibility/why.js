// "Why did direct settlement fail?": one yes/no question a screen, walked by the core
// (eligibility.why_failed, a tree kept as data), to the likely reason and what can still be done.
// The page only keeps the answers (localStorage, medins.eligibility.why.*) and draws what the core
// says; the hash names the question on screen ("#/why/networked"), never an answer.
import { formatDate } from '../shell/i18n.js';
import { reportResult } from '../shell/embed.js';
import { isoDate } from '../components/date-input/iso-date.js';
import { dateInput } from '../components/date-input/date-input.js';
import { el } from '../components/dom/dom.js';
import { errorSummary } from '../components/error-summary/error-summary.js';
import { radioGroup } from '../components/radios/radios.js';
import { deadline } from './answer.js';
import { block, local, sources, unconfirmedMark, voucherGuideLink } from './basis.js';
import { renderChecklist } from './checklist.js';

const VALUE = { yes: true, no: false, unknown: null };
const CHOICE = new Map([[true, 'yes'], [false, 'no'], [null, 'unknown']]);

function saved(whyAnswers) {
  const value = whyAnswers.get('answers');
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function request(ctx, answers) {
  const req = { answers, as_of: ctx.today() };
  const discharged = isoDate(ctx.why.get('discharged_on'));
  if (discharged) req.discharged_on = discharged;
  return req;
}

/** The core's answer for the saved answers, or for them without `skip` (to ask it again). */
function walk(ctx, skip = null) {
  const answers = { ...saved(ctx.why) };
  if (skip) delete answers[skip];
  return ctx.ask('eligibility.why_failed', request(ctx, answers));
}

/** Where the walk stands now: "#/why/<question>" or "#/why/result". */
export function whyHref(ctx) {
  const response = walk(ctx);
  if (!response.ok) return '#/why/result';
  return response.result.status === 'leaf' ? '#/why/result' : `#/why/${response.result.question.id}`;
}

function question(ctx, id, view) {
  const t = ctx.t();
  const w = t.why;
  const lang = ctx.lang();
  const response = walk(ctx, id);
  // A question off the current path (an old bookmark, answers changed since): go to where the
  // walk stands now.
  if (!response.ok || response.result.status !== 'question' || response.result.question.id !== id) return null;
  const q = response.result.question;
  const answered = saved(ctx.why);
  const hasAnswer = Object.prototype.hasOwnProperty.call(answered, id);
  const choice = hasAnswer ? CHOICE.get(answered[id]) : view.choice ?? null;
  // "Don't know" brings the same question back with how to find out, as the core says.
  const unknown = hasAnswer && answered[id] === null;
  const error = view.errors ? [w.chooseOne] : null;
  const form = el('form', { class: 'question-form', novalidate: true });
  if (error) form.append(errorSummary(t.errorSummaryTitle, [{ text: w.chooseOne, href: '#', focus: `why-${id}-0` }]));
  form.append(radioGroup({
    name: `why-${id}`,
    legend: local(q.text, lang),
    hint: local(q.why, lang),
    options: [
      { value: 'yes', label: t.yes },
      { value: 'no', label: t.no },
      { value: 'unknown', label: w.dontKnow },
    ],
    checked: choice,
    error,
    errorPrefix: t.errorPrefix,
    onChange: (value) => {
      view.choice = value;
    },
  }));
  const legend = form.querySelector('h1');
  if (q.confidence) legend.dataset.confidence = q.confidence; // a question: no mark, its basis says how sure
  if (unknown) {
    form.append(el('div', { class: 'notice why-hint', id: 'why-hint', role: 'status' },
      el('p', { class: 'label', text: w.howToFind }), el('p', { text: local(q.hint ?? q.how, lang) })));
  } else {
    form.append(el('details', { class: 'why-how' }, el('summary', { text: w.howToFind }), el('p', { text: local(q.how, lang) })));
  }
  form.append(sources(q.basis, t.answer, lang, { level: q.confidence ?? q.basis?.confidence, marked: false }) ?? '');
  form.append(el('div', { class: 'button-row' }, el('button', { type: 'submit', class: 'button', id: 'why-continue', text: t.continue })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = form.querySelector(`input[name="why-${id}"]:checked`)?.value;
    if (!value) {
      view.errors = true;
      ctx.rerender();
      return;
    }
    ctx.why.set('answers', { ...saved(ctx.why), [id]: VALUE[value] });
    view.errors = false;
    view.choice = null;
    const next = whyHref(ctx);
    if (next === location.hash) ctx.rerender();
    else location.hash = next;
  });
  const path = response.result.path;
  const back = path.length ? `#/why/${path[path.length - 1].question}` : '#/start';
  const node = el('div', { class: 'screen why-screen' },
    el('a', { href: back, class: 'back-link', id: 'why-back', text: t.back }),
    el('p', { class: 'caption', text: w.caption(path.length + 1) }),
    form);
  return { node, focus: error ? form.querySelector('.error-summary') : legend };
}

function pathList(ctx, path) {
  const t = ctx.t();
  const lang = ctx.lang();
  const rows = path.map((p) => el('div', { class: 'summary-row', 'data-question': p.question },
    el('dt', { class: 'summary-key', text: local(p.text, lang) }),
    el('dd', { class: 'summary-value', text: p.answer === true ? t.yes : p.answer === false ? t.no : t.why.dontKnow }),
    el('dd', { class: 'summary-action' }, el('a', { href: `#/why/${p.question}`, text: t.why.change }))));
  return el('dl', { class: 'summary-list', id: 'why-path' }, rows);
}

function action(ctx, item) {
  const t = ctx.t();
  const a = t.answer;
  const lang = ctx.lang();
  const li = el('li', { class: 'why-action', 'data-action': item.id },
    ...block({ text: item.text, basis: item.basis, confidence: item.confidence }, a, lang, { class: 'why-action-text' }),
    voucherGuideLink(item.id, a));
  if (item.deadline) li.append(el('div', { class: 'why-deadline' }, ...deadline(item.deadline, a, lang)));
  if (item.checklist) {
    li.append(el('p', { class: 'label', text: a.sections.checklist }), ...renderChecklist(item.checklist, ctx.answers, a, lang));
  }
  return li;
}

function dischargeField(ctx, view) {
  const t = ctx.t();
  const w = t.why;
  const form = el('form', { class: 'why-discharge', novalidate: true },
    dateInput({
      name: 'why-discharged',
      legend: w.dischargedTitle,
      hint: w.dischargedHint,
      labels: t.dateParts,
      value: ctx.why.get('discharged_on'),
      error: view.dateError ? [view.dateError] : null,
      errorPrefix: t.errorPrefix,
      onInput: (parts) => ctx.why.set('discharged_on', parts),
    }),
    el('button', { type: 'submit', class: 'button button-secondary', id: 'why-date-apply', text: w.dischargedApply }));
  // The date field is not the screen's question: its legend is a heading of the section.
  const legendHeading = form.querySelector('h1');
  legendHeading.replaceWith(el('h2', { class: 'question-small', text: w.dischargedTitle }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const response = walk(ctx);
    view.dateError = response.ok ? null : response.errors.map((e) => ctx.messageText(e.message)).join(' ');
    ctx.rerender();
  });
  return form;
}

function result(ctx, view) {
  const t = ctx.t();
  const w = t.why;
  const a = t.answer;
  const lang = ctx.lang();
  const response = walk(ctx);
  if (!response.ok) {
    // Only a discharge date the core cannot read gets here (the answers are the page's own):
    // the date field says what is wrong.
    view.dateError = response.errors.map((e) => ctx.messageText(e.message)).join(' ');
    ctx.why.set('discharged_on', null);
    return result(ctx, view);
  }
  const r = response.result;
  if (r.status !== 'leaf') return null;
  const leaf = r.leaf;
  reportResult('eligibility.why_failed', r);
  const heading = el('h1', { class: 'route-sentence', id: 'why-reason', tabindex: '-1', text: local(leaf.reason.text, lang) });
  if (leaf.confidence === 'low') heading.append(' ', unconfirmedMark());
  const needsDate = leaf.actions.some((x) => x.deadline) && !r.discharged_on;
  const node = el('div', { class: 'screen why-screen why-result', 'data-leaf': leaf.id },
    el('p', { class: 'caption', text: w.resultCaption }),
    el('div', { class: 'route-panel', id: 'why-panel', 'data-confidence': leaf.confidence }, heading,
      leaf.confidence === 'low' ? el('p', { class: 'route-unconfirmed', text: w.lowNote }) : null),
    sources(leaf.basis, a, lang, { level: leaf.confidence ?? leaf.basis?.confidence }),
    el('section', { class: 'result-section', id: 'why-actions', 'aria-labelledby': 'why-actions-title' },
      el('h2', { id: 'why-actions-title', text: w.actionsTitle }),
      el('ol', { class: 'why-action-list' }, leaf.actions.map((x) => action(ctx, x)))),
    leaf.actions.some((x) => x.deadline) ? dischargeField(ctx, view) : null,
    needsDate ? el('p', { class: 'hint', id: 'why-date-missing', text: w.dischargedMissing }) : null,
    el('section', { class: 'result-section', 'aria-labelledby': 'why-path-title' },
      el('h2', { id: 'why-path-title', text: w.pathTitle }), pathList(ctx, r.path)),
    el('p', { class: 'notice not-official', text: t.notOfficial }),
    el('div', { class: 'button-row' },
      el('button', { type: 'button', class: 'cancel-link', id: 'why-restart', text: w.restart, onclick: () => {
        ctx.why.clear();
        location.hash = '#/why';
      } })),
    el('p', { class: 'made-on', text: a.madeOn(formatDate(ctx.today(), lang)) }));
  return { node, focus: heading };
}

function intro(ctx) {
  const w = ctx.t().why;
  const node = el('div', { class: 'screen why-screen' },
    el('a', { href: '#/start', class: 'back-link', text: ctx.t().back }),
    el('h1', { class: 'question', tabindex: '-1', text: w.title }),
    el('p', { text: w.intro }),
    el('a', { class: 'button button-start', id: 'why-start', role: 'button', href: whyHref(ctx),
      text: Object.keys(saved(ctx.why)).length ? w.resume : w.start }));
  return { node, focus: node.querySelector('h1') };
}

/**
 * @param {object} ctx  the page's context, plus `why` (the walk's Answers) and `rerender()`
 * @param {string} sub  what follows "#/why/": '' (the intro), 'result', or a question id
 */
export function renderWhy(ctx, sub, view) {
  let shown;
  if (!sub) shown = intro(ctx);
  else if (sub === 'result') shown = result(ctx, view);
  else shown = question(ctx, sub, view);
  if (shown) return shown;
  // Not where the walk stands: show where it does, without a history entry for the detour.
  const target = whyHref(ctx);
  history.replaceState(null, '', target);
  return renderWhy(ctx, target.slice('#/why/'.length), view);
}
