// The result screen, which is also the printable A4 summary (print.css): what to do now first
// (the category in one sentence, where to file, the papers to take), then the rest folded away
// on screen (why this category, the answers, the validity, what happens without a filing...), so
// a phone's first screen is not a wall of policy; the printout unfolds everything. The QR code
// stays open: it is what another device scans. Every policy text is the core's (filing.plan), in the page language;
// every block carries the core's confidence, and "low" is said plainly as "unconfirmed".
import { formatDate } from '../shell/i18n.js';
import { el, zh } from '../components/dom/dom.js';
import { placeName, placeNode } from '../components/region-picker/place-name.js';
import { maskedId } from './id-mask.js';
import { confidenceMark, lowNote } from '../components/confidence/confidence.js';
import { localText, sourcesFold } from '../components/confidence/sources.js';

const local = localText;

/**
 * The confidence of one rule, as a visible mark when low and in a data attribute always (tests
 * and print use it). `kind` tells the steps of a channel from the channel itself.
 */
function marked(node, basis, r, kind = 'basis') {
  const confidence = basis?.confidence;
  if (!confidence) return node;
  node.dataset[kind === 'steps' ? 'stepsConfidence' : 'confidence'] = confidence;
  // A list of steps gets its mark as a sentence under it (channels()), not inside the <ol>.
  if (confidence === 'low' && kind !== 'steps') {
    node.append(' ', confidenceMark());
  }
  return node;
}

// The sources of a rule, folded away on screen and left out of the printout (print.css).
function sources(basis, r, lang) {
  return sourcesFold(basis, r.sources, lang);
}

function paragraph(block, r, lang, className) {
  const p = marked(el('p', { class: className }, local(block.text, lang)), block.basis, r);
  return [p, sources(block.basis, r, lang)];
}

function section(id, title, ...content) {
  return el('section', { class: 'result-section', id: `result-${id}`, 'aria-labelledby': `result-${id}-title` },
    el('h2', { id: `result-${id}-title`, text: title }), ...content);
}

// A section a tap away: its heading is the fold's summary (the marker says it opens). Print
// styles show it unfolded.
function folded(id, title, ...content) {
  return el('details', { class: 'result-section result-fold', id: `result-${id}` },
    el('summary', {}, el('h2', { id: `result-${id}-title`, text: title })), ...content);
}

/**
 * An application (`validated` or decoded from a QR code: {application, insured, destination})
 * as a description list: the printout's details, and the preview of one read from a QR code.
 * `more` rows go after the two places; without a reason, its row says `noReason` (or is left out).
 */
export function applicationList(validated, t, lang, { more = [], noReason, id } = {}) {
  const s = t.steps;
  const app = validated.application;
  const rows = [
    [s.name.short, zh(app.name)],
    // Shown masked, as in the QR code: the printout may be left on a counter (id-mask.js).
    [s.id.short, maskedId(app.id, t.idMask)],
    [s.mobile.short, app.mobile],
    [s.insured.short, placeNode(validated.insured, lang)],
    [s.destination.short, placeNode(validated.destination, lang)],
    ...more,
    [s.start_date.short, formatDate(app.start_date, lang)],
    [s.address.short, zh(app.contact_address)],
  ];
  if (app.reason || noReason) rows.push([s.reason.short, app.reason ? zh(app.reason) : noReason]);
  const dl = el('dl', { class: 'details-list', id });
  for (const [key, value] of rows) dl.append(el('dt', { text: key }), el('dd', {}, value));
  return dl;
}

function materials(plan, r, lang) {
  const list = el('ul', { class: 'checklist' });
  for (const m of plan.materials) {
    const item = marked(el('li', { class: 'checklist-item', 'data-material': m.id },
      el('span', { class: 'checkbox', 'aria-hidden': 'true' }),
      el('span', { class: 'checklist-name', text: local(m.name, lang) })), m.basis, r);
    const tags = [];
    if (m.when === 'at_settlement') tags.push(r.atSettlement);
    if (m.required === 'some_places') tags.push(r.somePlaces);
    if (tags.length) item.append(el('span', { class: 'tag', text: tags.join(r.listJoin) }));
    if (m.alternatives?.length) {
      const alts = el('ul', { class: 'alternatives' });
      for (const a of m.alternatives) {
        alts.append(marked(el('li', { 'data-material': a.id }, local(a.name, lang)), a.basis, r));
      }
      item.append(el('p', { class: 'alternatives-intro', text: r.alternatives('') }), alts);
    }
    list.append(item);
  }
  return list;
}

function channels(plan, r, lang) {
  return plan.channels.map((c) => {
    // Each channel's steps are folded under its name: people pick one channel, and six lists of
    // steps one after another would push the papers to take off the first screens.
    const box = el('details', { class: 'channel', 'data-channel': c.id });
    box.append(el('summary', {}, marked(el('h3', {}, local(c.name, lang)), c.basis, r)));
    const steps = el('ol', { class: 'channel-steps' }, c.steps.map((s) => el('li', { text: local(s, lang) })));
    marked(steps, c.steps_basis, r, 'steps');
    box.append(steps);
    if (c.steps_basis?.confidence === 'low') {
      box.append(el('p', { class: 'steps-note' }, confidenceMark(), ' ', r.stepsUnconfirmed));
    }
    box.append(sources(c.basis, r, lang));
    return box;
  });
}

function validity(plan, r, lang) {
  const v = plan.validity;
  const content = [el('p', { class: 'validity-dates' }, r.startsOn(formatDate(v.starts_on, lang)))];
  if (v.ends_on) content.push(el('p', { class: 'validity-dates validity-end' }, r.endsOn(formatDate(v.ends_on, lang))));
  content.push(...paragraph(v, r, lang));
  for (const extra of ['end_date_rule', 'change_limit', 'local_variation']) {
    if (v[extra]) content.push(...paragraph(v[extra], r, lang));
  }
  return content;
}

function list(items, r, lang) {
  const ul = el('ul', { class: 'rule-list' });
  for (const item of items) {
    ul.append(el('li', { 'data-rule': item.id }, ...paragraph(item, r, lang)));
  }
  return ul;
}

// The categories the core tried before the one it chose, each with what was not met and what
// would have made it apply ("if you sign the undertaking, you could file as a long-term
// resident"): the person sees which rules were checked, not just "none applies".
function checkedList(decision, r, lang) {
  if (!decision.checked?.length) return null;
  const ul = el('ul', { class: 'checked-list', id: 'decision-checked' });
  for (const c of decision.checked) {
    const name = local(c.name, lang);
    const reasons = c.unmet.map((u) => local(u.said, lang)).join(r.reasonsJoin);
    const changes = c.unmet.map((u) => local(u.change, lang)).join(c.join === 'and' ? r.changesAnd : r.changesOr);
    ul.append(el('li', { 'data-category': c.id },
      el('span', { class: 'checked-not', text: r.notChosen(name, reasons) }), lang === 'en' ? ' ' : '',
      el('span', { class: 'checked-change', text: r.wouldChange(changes, name) })));
  }
  return el('div', { class: 'panel-checked' }, el('p', { class: 'panel-checked-title', text: r.checkedTitle }), ul);
}

/**
 * @param {object} plan       filing.plan's result
 * @param {object} validated  filing.validate's result
 * @param {object} t          TEXT[lang].filing
 * @returns {{ node: HTMLElement, qrSlot: HTMLElement }}
 */
export function renderResult(plan, validated, t, lang, today) {
  const r = t.result;
  const category = plan.category;
  const panel = el('div', { class: 'panel', id: 'result-category', 'data-category': category.id, 'data-group': category.group });
  const neededDetail = [];
  if (plan.treated_as_filed) neededDetail.push(...paragraph(plan.treated_as_filed, r, lang));
  if (plan.in_province) neededDetail.push(...paragraph(plan.in_province, r, lang));
  // The category and whether to file stay in sight; why it is this category is folded with the
  // rest, after what to do now.
  const why = folded('why', r.whyThis,
    el('p', { class: 'panel-group', text: r.group[category.group] ?? '' }),
    el('p', { class: 'panel-definition', text: local(category.definition, lang) }),
    el('p', { class: 'panel-rule' }, r.because, local(plan.decision.rule, lang)),
    checkedList(plan.decision, r, lang),
    ...neededDetail.filter(Boolean),
    sources(category.basis, r, lang) ?? '');
  panel.append(
    // The category is the screen's heading: it is the answer, and a heading above it would push
    // where to file off a phone's first screen.
    marked(el('h1', { class: 'panel-title', tabindex: '-1', text: r.youAre(local(category.name, lang)) }), category.basis, r),
    el('p', { class: 'panel-needed', 'data-filing-needed': plan.filing_needed, text: r.needed[plan.filing_needed] ?? '' }),
  );

  const ratio = [...paragraph(plan.settlement_ratio, r, lang)];
  if (plan.two_way_benefits) ratio.push(...paragraph(plan.two_way_benefits, r, lang));
  const coverage = [
    ...paragraph(plan.coverage, r, lang),
    el('p', { class: 'coverage-places', lang: lang === 'en' ? null : 'zh-CN' },
      r.provinceOrCity(placeName(plan.coverage.province, lang), placeName(plan.coverage.city, lang))),
  ];

  const qrSlot = el('div', { class: 'qr-slot', id: 'qr', 'aria-live': 'polite' }, el('p', { class: 'hint', text: r.qrLoading }));
  const node = el('div', { class: 'filing-result' },
    el('p', { class: 'print-only print-title', text: r.printTitle }),
    panel,
    // What to do now: where to file, then what to take.
    section('channels', r.sections.channels, ...channels(plan, r, lang), el('p', { class: 'hint screen-only', text: r.channelsHint })),
    section('materials', r.sections.materials, materials(plan, r, lang)),
    el('p', { class: 'notice not-official', id: 'not-official', text: t.notOfficial }),
    lowNote({ class: 'unconfirmed-note' }),
    el('p', { class: 'screen-only fold-intro', text: r.moreIntro }),
    why,
    folded('validity', r.sections.validity, ...validity(plan, r, lang)),
    folded('details', r.sections.details, applicationList(validated, t, lang)),
    folded('ratio', r.sections.ratio, ...ratio),
    folded('coverage', r.sections.coverage, ...coverage),
    plan.notes?.length ? folded('notes', r.sections.notes, list(plan.notes, r, lang)) : null,
    folded('without', r.sections.without, list(plan.without_filing, r, lang)),
    folded('retroactive', r.sections.retroactive, list(plan.retroactive, r, lang)),
    folded('spanning', r.sections.spanning, ...paragraph(plan.admission_spanning_expiry, r, lang)),
    section('qr', r.sections.qr, el('figure', { class: 'qr-figure' }, qrSlot,
      el('figcaption', {}, el('p', { text: r.qrCaption }), el('p', { class: 'qr-not-official', text: t.notOfficial })))),
    el('p', { class: 'made-on', text: r.madeOn(formatDate(today, lang)) }),
    // The next question after filing; the eligibility step takes the places, category and date
    // from these answers.
    el('p', { class: 'screen-only eligibility-next' },
      el('a', { href: '../eligibility/', id: 'eligibility-link', class: 'start-link', text: t.result.eligibilityLink })),
  );
  return { node, qrSlot };
}
