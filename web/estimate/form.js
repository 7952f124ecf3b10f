// The form screen: the person, the two places, the filing, the visit, the bill (lines or class
// totals), the year so far and the policy. Every answer is saved as typed on every change
// (answers.js); problems are listed at the top (GOV.UK error summary), each linking to its field.
import { regionField, showRegion } from '../components/region-picker/core-field.js';
import { el } from '../components/dom/dom.js';
import { errorSummary } from '../components/error-summary/error-summary.js';
import { OWN, PORTAL, policiesFor } from './policy.js';
import { policySummary, local } from './policy-info.js';
import { CLASSES, LEVELS, YTD_FIELDS, emptyLine, isInpatient, lines } from './request.js';
import { date, radios, selectField, textField } from '../components/fields/fields.js';
import { accountQuestions } from './account.js';
import { birthQuestion, shapesOf, tier3Question } from './shape-questions.js';
import { prefillLines } from './prefill.js';

function section(id, title, ...content) {
  return el('section', { class: 'form-section', id: `section-${id}`, 'aria-labelledby': `section-${id}-title` },
    el('h2', { id: `section-${id}-title`, text: title }), ...content);
}

function placeField(ctx, role, view) {
  const { answers } = ctx;
  const f = ctx.t().form[role];
  const errors = view.errorsFor(`${role}-input`);
  const { node, picker } = regionField({
    id: role,
    heading: el('label', { for: `${role}-input`, class: 'label', text: f.label }),
    hint: f.hint,
    errors,
    errorPrefix: ctx.t().errorPrefix,
    lang: ctx.lang(),
    ask: ctx.ask,
    messageText: ctx.messageText,
    onChange: (region) => {
      answers.set(role, region?.code ?? null);
      // The insured place decides which policies are offered.
      if (role === 'insured') ctx.rerender();
    },
  });
  showRegion(picker, ctx.ask, answers.get(role));
  return node;
}

function choice(ctx, view, key, { hint, values, rerender = false, labels, fallback }) {
  const q = ctx.t().form[key];
  const errors = view.errorsFor(`${key}-0`);
  return radios({
    name: key,
    legend: q.legend,
    hint: hint ?? q.hint,
    options: values.map((value) => ({ value, label: (labels ?? q.options)[value].label, hint: (labels ?? q.options)[value].hint })),
    checked: ctx.answers.get(key) ?? fallback,
    error: errors.length ? errors : null,
    errorPrefix: ctx.t().errorPrefix,
    onChange: (value) => {
      ctx.answers.set(key, value);
      if (rerender) ctx.rerender();
    },
  });
}

function dateField(ctx, view, key) {
  const f = ctx.t().form;
  const errors = view.errorsFor(`${key}-year`);
  return date({
    name: key,
    legend: f[key].legend,
    hint: f[key].hint,
    labels: f.dateParts,
    value: ctx.answers.get(key),
    error: errors.length ? errors : null,
    errorPrefix: ctx.t().errorPrefix,
    onInput: (parts) => ctx.answers.set(key, parts),
  });
}

function amount(ctx, view, id, label, value, onInput, hint) {
  return textField({
    id, label, hint, value, onInput, inputmode: 'decimal',
    errors: view.errorsFor(id), errorPrefix: ctx.t().errorPrefix,
  });
}

function billLines(ctx, view) {
  const { answers } = ctx;
  const f = ctx.t().form.line;
  const classes = ctx.t().form.classes;
  const rows = lines(answers);
  const save = (i, patch) => {
    const next = lines(answers).map((l, j) => (j === i ? { ...l, ...patch } : l));
    answers.set('lines', next);
  };
  const list = el('ol', { class: 'bill-lines' });
  rows.forEach((line, i) => {
    const item = el('li', { class: 'bill-line', 'data-line': String(i) },
      el('h3', { class: 'line-title', text: f.title(i + 1) }),
      textField({ id: `line-${i}-name`, label: f.name, value: line.name, wide: true, onInput: (v) => save(i, { name: v }), errorPrefix: '' }),
      amount(ctx, view, `line-${i}-amount`, f.amount, line.amount, (v) => save(i, { amount: v }), i === 0 ? f.amountHint : null),
      selectField({
        id: `line-${i}-class`, label: f.class, value: line.class,
        options: CLASSES.map((c) => [c, classes[c]]),
        onChange: (v) => { save(i, { class: v }); ctx.rerender(); },
      }));
    if (line.class === 'B') {
      item.append(textField({
        id: `line-${i}-ratio`, label: f.ratio, hint: f.ratioHint, value: line.ratio, inputmode: 'decimal',
        errors: view.errorsFor(`line-${i}-ratio`), errorPrefix: ctx.t().errorPrefix,
        onInput: (v) => save(i, { ratio: v }),
      }));
    }
    if (rows.length > 1) {
      item.append(el('button', { type: 'button', class: 'button-secondary', id: `line-${i}-remove`, text: f.remove(i + 1), onclick: () => {
        answers.set('lines', lines(answers).filter((_, j) => j !== i));
        ctx.rerender({ focus: 'add-line' });
      } }));
    }
    list.append(item);
  });
  const add = el('button', { type: 'button', class: 'button-secondary', id: 'add-line', text: f.add, onclick: () => {
    answers.set('lines', [...lines(answers), emptyLine()]);
    ctx.rerender({ focus: `line-${rows.length}-name` });
  } });
  return [list, add];
}

function billTotals(ctx, view) {
  const { answers } = ctx;
  const f = ctx.t().form.totals;
  const totals = answers.get('totals') ?? {};
  const save = (key, v) => answers.set('totals', { ...(answers.get('totals') ?? {}), [key]: v });
  return [
    ...CLASSES.map((c) => amount(ctx, view, `total-${c}`, f[c], totals[c], (v) => save(c, v))),
    textField({
      id: 'totals-ratio', label: f.ratio, hint: ctx.t().form.line.ratioHint, value: totals.ratio, inputmode: 'decimal',
      errors: view.errorsFor('totals-ratio'), errorPrefix: ctx.t().errorPrefix, onInput: (v) => save('ratio', v),
    }),
  ];
}

function yearSoFar(ctx, view) {
  const f = ctx.t().form.ytd;
  const link = el('p', {}, el('a', { href: '../ledger/', id: 'ledger-link', text: f.ledgerLink }));
  const used = ctx.ledgerUsed();
  if (used) return [ctx.ledgerLine(used, 'ytd-ledger'), link];
  const available = ctx.ledgerAvailable();
  const off = available ? el('div', { class: 'notice', id: 'ytd-ledger-off' },
    el('p', { text: f.ledgerOff(available.year, available.settlements) }),
    el('button', { type: 'button', class: 'button-secondary', id: 'ytd-ledger-on', text: f.useLedger, onclick: () => {
      ctx.answers.set('ytdFromLedger', true);
      ctx.rerender();
    } })) : null;
  const ytd = ctx.answers.get('ytd') ?? {};
  const save = (key, v) => ctx.answers.set('ytd', { ...(ctx.answers.get('ytd') ?? {}), [key]: v });
  return [
    off,
    el('p', { class: 'hint', text: f.hint }),
    ...YTD_FIELDS.map(([name]) => amount(ctx, view, `ytd-${name}`, f[name], ytd[name], (v) => save(name, v))),
    textField({
      id: 'ytd-admissions', label: f.admissions, value: ytd.admissions, inputmode: 'numeric',
      errors: view.errorsFor('ytd-admissions'), errorPrefix: ctx.t().errorPrefix, onInput: (v) => save('admissions', v),
    }),
    link,
  ];
}

/** The policy choices for the answers so far: the shipped ids that fit, then OWN. */
export function policyChoices(ctx) {
  const { answers } = ctx;
  const portal = ctx.portalPolicy();
  const fromPortal = portal && policiesFor([portal], answers.get('insured'), answers.get('scheme')).length ? [PORTAL] : [];
  return [...fromPortal, ...policiesFor(ctx.policies(), answers.get('insured'), answers.get('scheme')).map((p) => `${p.region}/${p.scheme}`), OWN];
}

/** The first fitting shipped policy is the natural choice, until the person picks one. */
export function settlePolicy(ctx) {
  const { answers } = ctx;
  const choices = policyChoices(ctx);
  if (!choices.includes(answers.get('policy')) || !answers.get('policyPicked')) answers.set('policy', choices[0]);
  return choices;
}

function policyPart(ctx, view) {
  const { answers } = ctx;
  const t = ctx.t();
  const f = t.form.policy;
  const lang = ctx.lang();
  const fitting = policiesFor(ctx.policies(), answers.get('insured'), answers.get('scheme'));
  const choices = settlePolicy(ctx);
  const labels = { [OWN]: { label: f.own } };
  for (const p of fitting) labels[`${p.region}/${p.scheme}`] = { label: local(p.name, lang) };
  if (ctx.portalPolicy()) labels[PORTAL] = { label: f.portal(local(ctx.portalPolicy().name, lang)) };
  const errors = view.errorsFor('policy-0');
  const content = [];
  // The policy's fetch (loading, or why it cannot be had) and the link to the places we know.
  content.push(...ctx.policyNotes(choices));
  content.push(radios({
    name: 'policy', legend: f.legend, hint: f.hint,
    options: choices.map((value) => ({ value, label: labels[value].label })),
    checked: answers.get('policy'),
    error: errors.length ? errors : null,
    errorPrefix: t.errorPrefix,
    onChange: (value) => {
      answers.set('policy', value);
      answers.set('policyPicked', true);
      ctx.rerender();
    },
  }));
  const chosen = answers.get('policy');
  if (chosen === OWN) {
    const own = answers.get('own') ?? {};
    const save = (key, v) => answers.set('own', { ...(answers.get('own') ?? {}), [key]: v });
    const field = (name, mode) => textField({
      id: `own-${name}`, label: f[name], value: own[name], inputmode: mode,
      errors: view.errorsFor(`own-${name}`), errorPrefix: t.errorPrefix, onInput: (v) => save(name, v),
    });
    content.push(el('div', { class: 'own-policy', id: 'own-policy' },
      el('h3', { text: f.ownTitle }), el('p', { class: 'hint', text: f.ownHint }),
      field('deductible', 'decimal'), field('ratio', 'decimal'), field('cap', 'decimal'), field('bself', 'decimal'),
      ctx.ownExport()));
  } else {
    const shipped = ctx.shipped();
    if (shipped) content.push(policySummary(shipped, t.policyInfo, lang));
  }
  return content;
}

function questionOf(form, id) {
  const field = form.querySelector(`#${CSS.escape(id)}`);
  if (!field) return '';
  const legend = field.type === 'radio' || id.endsWith('-year') ? field.closest('fieldset')?.querySelector('legend') : null;
  const label = legend ?? form.querySelector(`label[for="${CSS.escape(id)}"]`);
  return label ? `${label.textContent.trim()} – ` : '';
}

// What was filled in from the person's other answers, and from where (prefill.js). Answers
// saved before the sources were kept say it without the list.
function prefilledNotice(answers, f) {
  const lines = prefillLines(answers, f.prefill);
  if (lines.length) {
    return el('div', { class: 'notice', id: 'prefilled' },
      el('p', { text: f.prefill.intro }), el('ul', { class: 'bullets' }, lines.map((text) => el('li', { text }))));
  }
  return answers.get('prefilled') ? el('p', { class: 'notice', id: 'prefilled', text: f.prefilled }) : null;
}

export function renderForm(ctx, view) {
  const { answers } = ctx;
  view.errorsFor = (id) => (Array.isArray(view.errors) ? view.errors.filter((e) => e.field === id).map((e) => e.text) : []);
  const t = ctx.t();
  const f = t.form;
  const problems = view.errors ?? [];
  const shapes = shapesOf(ctx.shipped()?.version ?? null, answers);
  const form = el('form', { id: 'estimate-form', class: 'estimate-form', novalidate: true, tabindex: '-1' });
  const categoryHint = answers.get('category_from_filing') && answers.get('category') === answers.get('category_from_filing')
    ? `${f.category.hint} ${f.category.fromFiling}` : f.category.hint;
  form.append(
    section('person', f.sections.person,
      choice(ctx, view, 'scheme', { values: ['employee', 'resident'], rerender: true }),
      answers.get('scheme') === 'employee' ? choice(ctx, view, 'employment', { values: ['working', 'retired'] }) : null),
    section('places', f.sections.places, placeField(ctx, 'insured', view), placeField(ctx, 'treatment', view)),
    section('filing', f.sections.filing,
      choice(ctx, view, 'category', { values: Object.keys(f.category.options), hint: categoryHint })),
    section('visit', f.sections.visit,
      choice(ctx, view, 'setting', { values: ['inpatient', 'outpatient', 'chronic_outpatient'], rerender: true }),
      choice(ctx, view, 'level', { values: LEVELS, rerender: true }),
      isInpatient(answers) ? dateField(ctx, view, 'admitted') : null,
      isInpatient(answers) ? dateField(ctx, view, 'discharged') : null),
    section('bill', f.sections.bill,
      // Lines unless the person chose totals (prefill.js keeps 'lines'; a first visit's form is
      // drawn before it has run).
      choice(ctx, view, 'billMode', { values: ['lines', 'totals'], rerender: true, fallback: 'lines' }),
      ...(answers.get('billMode') === 'totals' ? billTotals(ctx, view) : billLines(ctx, view))),
    section('ytd', f.sections.ytd, ...yearSoFar(ctx, view)),
    section('account', f.sections.account, ...accountQuestions(ctx, view)),
    // Asked beside the chosen policy, which is what needs them.
    section('policy', f.sections.policy, ...policyPart(ctx, view),
      birthQuestion(ctx, view, shapes), tier3Question(ctx, view, shapes)),
    el('button', { type: 'submit', class: 'button', id: 'estimate-submit', text: f.submit }));
  // Each problem in the summary names its question: "Choose one." alone, five times, says nothing.
  const summary = problems.length ? errorSummary(t.errorSummaryTitle, problems.map((p) => ({
    text: p.field ? `${questionOf(form, p.field)}${p.text}` : p.text,
    href: `#${p.field ?? 'estimate-form'}`,
    focus: p.field ?? 'estimate-form',
  }))) : null;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.submit();
  });
  const node = el('div', { class: 'screen' },
    view.notice ? el('p', { class: 'notice', role: 'status', text: view.notice }) : null,
    summary,
    el('h1', { class: 'question', tabindex: '-1', text: f.title }),
    el('p', { text: f.intro }),
    prefilledNotice(answers, f),
    form);
  return { node, focus: summary ?? node.querySelector('h1') };
}
