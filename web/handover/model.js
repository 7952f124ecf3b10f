// What goes on the handover card, as plain data in the page language: the card (card.js) and the
// text message (message.js) are drawn from this one model, so they cannot say different things.
// Every figure and policy sentence comes from the core, asked again now with the answers the
// other pages saved (filing.plan, eligibility.check, estimate); nothing is copied from their
// screens. An item's `low` is the core's "low" confidence, shown with the shared 【未经证实】 mark.
import { formatDate } from '../shell/i18n.js';
import { applicationRequest, planRequest } from '../components/saved-case/filing-requests.js';
import { eligibilityRequest } from '../components/saved-case/eligibility-request.js';
import { formatFen } from '../components/money/money.js';
import { placeName } from '../components/region-picker/place-name.js';

const local = (text, lang) => text?.[lang] ?? text?.['zh-CN'] ?? '';
const isLow = (node) => node?.confidence === 'low' || node?.basis?.confidence === 'low';

// In Chinese as written on forms ("广东省深圳市"); in English the shared English form.
function regionName(ask, code, lang) {
  if (!/^\d{6}$/.test(code ?? '')) return null;
  const response = ask('region.get', { code });
  if (!response.ok) return null;
  return lang === 'en' ? placeName(response.result, lang) : response.result.full_name.replaceAll(' › ', '');
}

function filingSection(ask, saved, t, lang, asOf, dates) {
  const a = saved.filing;
  if (!a.has('insured') || !a.has('destination') || !a.has('scheme')) return null;
  const response = ask('filing.plan', planRequest(a, asOf));
  if (!response.ok) return null;
  const plan = response.result;
  const category = local(plan.category?.name, lang);
  const say = t.filingNeeded[plan.filing_needed] ?? t.filingNeeded.yes;
  const items = [{ kind: 'big', text: say(category) }];
  if (plan.filing_needed !== 'no') {
    items.push({ kind: 'label', text: t.filingHow });
    for (const c of plan.channels ?? []) items.push({ kind: 'li', text: local(c.name, lang), low: isLow(c) });
    const bring = (plan.materials ?? []).filter((m) => m.required === 'always');
    if (bring.length) {
      items.push({ kind: 'label', text: t.filingBring });
      // With what may stand in for it (a signed personal undertaking for a proof of residence):
      // the person at the counter may not have the first, and the card is all they have with them.
      for (const m of bring) {
        const instead = (m.alternatives ?? []).map((x) => local(x.name, lang)).filter(Boolean);
        const text = instead.length ? t.orInstead(local(m.name, lang), instead.join(t.listJoin)) : local(m.name, lang);
        items.push({ kind: 'li', text, low: isLow(m) });
      }
    }
    if (plan.start_date) {
      items.push({ kind: 'p', text: t.startsOn(formatDate(plan.start_date, lang)) });
      dates.push({ iso: plan.start_date, text: t.dateFilingStart(formatDate(plan.start_date, lang)) });
    }
    const v = plan.validity ?? {};
    if (v.ends_on) {
      items.push({ kind: 'p', text: t.endsOn(formatDate(v.ends_on, lang)), low: isLow(v.end_date_rule) });
      dates.push({ iso: v.ends_on, text: t.dateFilingEnd(formatDate(v.ends_on, lang)), low: isLow(v.end_date_rule) });
    } else if (v.kind === 'until_changed') {
      items.push({ kind: 'p', text: t.untilChanged });
    }
  }
  return { id: 'filing', title: t.sections.filing, items, places: [plan.insured?.code, plan.destination?.code] };
}

function visitSection(ask, saved, t, lang, asOf, dates) {
  const a = saved.eligibility;
  if (!a.has('visit')) return null;
  const response = ask('eligibility.check', eligibilityRequest(a, asOf));
  if (!response.ok) return null;
  const r = response.result;
  // Undecided, the core's summary points to "the checks below" on its own screen: the card says
  // it in its own words and lists those checks itself, so it reads on its own.
  const undecided = !r.route || r.route === 'undecided';
  const items = undecided && r.checks?.length
    ? [{ kind: 'big', text: t.visitUndecided }, ...r.checks.map((c) => ({ kind: 'li', text: local(c.text, lang) }))] // questions: never marked
    : [{ kind: 'big', text: local(r.summary, lang), low: r.confidence === 'low' }];
  if (r.show?.what?.length) {
    items.push({ kind: 'label', text: t.showWhat });
    for (const w of r.show.what) items.push({ kind: 'li', text: local(w.text, lang), low: isLow(w) });
  }
  const claim = r.manual_claim;
  if (claim && r.route === 'manual_claim') {
    items.push({ kind: 'label', text: t.claimPapers });
    for (const p of claim.checklist ?? []) items.push({ kind: 'li', text: local(p.text, lang), low: isLow(p) });
    const d = claim.deadline;
    if (d?.date) dates.push({ iso: d.date, text: t.dateClaim(formatDate(d.date, lang)), low: isLow(d) });
    else dates.push({ iso: null, text: t.dateClaimUnknown });
  }
  return { id: 'visit', title: t.sections.visit, items, places: [a.get('insured'), a.get('treatment')] };
}

// An assumed figure's value as a person reads it: yuan, percentage points of a cut, or a share.
function assumedValue(a, value, t) {
  if (a.figure === 'deductible') return t.yuan(formatFen(value));
  return a.figure === 'filing_cut' ? t.rangePoints(String(value / 100)) : `${value / 100}%`;
}

function costSection(ask, saved, t, lang) {
  const sent = saved.estimate.get('last_request');
  if (!sent || typeof sent !== 'object') return null;
  const response = ask('estimate', sent);
  if (!response.ok) return null;
  const r = response.result;
  const yuan = (fen) => t.yuan(formatFen(fen));
  // A ranged answer (the policy lacks a figure) carries each payer as {min, max}: shown as
  // "min–max", with the steps of the end where the person pays most.
  const amount = (key) => (r.range ? t.yuan(`${formatFen(r.range[key].min)}–${formatFen(r.range[key].max)}`) : yuan(r[key]));
  const ci = r.range ? r.range.critical_illness_pays_fen.max : r.critical_illness_pays_fen;
  const items = [
    { kind: 'p', text: t.total(yuan(r.total_fen)) },
    { kind: 'p', text: t.fundPays(amount('fund_pays_fen')) },
  ];
  if (ci) items.push({ kind: 'p', text: t.criticalPays(amount('critical_illness_pays_fen')) });
  items.push({ kind: 'big', text: t.personPays(amount('person_pays_fen')), low: r.confidence === 'low' || Boolean(r.range) });
  if (r.range) {
    // The figures the range stands on, in the card's words, most important first (the core's order).
    items.push({ kind: 'label', text: t.rangeWhy });
    for (const a of r.assumptions ?? []) {
      items.push({ kind: 'li', text: t.rangeAssumed(t.rangeFigures[a.figure] ?? a.figure, assumedValue(a, a.low, t), assumedValue(a, a.high, t)) });
    }
    items.push({ kind: 'p', text: t.rangeNarrow });
  }
  items.push({ kind: 'p', text: t.estimateNote });
  const steps = r.range ? r.ends.person_pays_most.explanation : r.explanation;
  const explanation = (steps ?? []).map((e) => ({ text: e[lang] ?? e['zh-CN'], low: e.source?.confidence === 'low' }));
  return { id: 'cost', title: t.sections.cost, items, explanation, places: [sent.insured_region, sent.treatment_region] };
}

/**
 * @param {(op: string, request: object) => object} ask  the core
 * @param {{filing, eligibility, estimate}} saved  the pages' answers (savedAnswers())
 * @param {{t: object, lang: string, asOf: string, forName: string, includeId: boolean}} o
 */
export function buildModel(ask, saved, { t, lang, asOf, forName, includeId }) {
  const dates = [];
  const parts = {
    filing: filingSection(ask, saved, t, lang, asOf, dates),
    visit: visitSection(ask, saved, t, lang, asOf, dates),
    cost: costSection(ask, saved, t, lang),
  };
  const links = { filing: ['../filing/', t.goFiling], visit: ['../eligibility/', t.goEligibility], cost: ['../estimate/', t.goEstimate] };
  const missing = Object.entries(parts).filter(([, s]) => !s).map(([id]) => ({ href: links[id][0], text: links[id][1] }));

  const [insured, treatment] = [parts.filing, parts.visit, parts.cost].find((s) => s?.places?.[0])?.places ?? [];
  const sections = [];
  const insuredName = regionName(ask, insured, lang);
  const treatmentName = regionName(ask, treatment, lang);
  if (insuredName || treatmentName) {
    sections.push({ id: 'places', title: t.sections.places, items: [
      insuredName ? { kind: 'p', text: t.insured(insuredName) } : null,
      treatmentName ? { kind: 'big', text: t.treatment(treatmentName) } : null,
    ].filter(Boolean) });
  }
  for (const s of [parts.filing, parts.visit, parts.cost]) if (s) sections.push(s);
  if (sections.length) {
    // Dated days in order; a deadline without a day last.
    dates.sort((x, y) => (x.iso ?? '9999') < (y.iso ?? '9999') ? -1 : 1);
    sections.push({ id: 'dates', title: t.sections.dates,
      items: dates.length ? dates.map((d) => ({ kind: 'li', text: d.text, low: d.low })) : [{ kind: 'p', text: t.noDates }] });
  }

  // The packet adds what only a printout needs: the filing's QR code (the filing page's, which
  // needs the application with its ID number, kept only while the filing tab is open) and the
  // estimate's explanation line by line.
  let qr = null;
  if (parts.filing) {
    const plan = ask('filing.plan', planRequest(saved.filing, asOf));
    const validated = plan.ok ? ask('filing.validate', applicationRequest(saved.filing, plan.result.category?.id, asOf)) : null;
    const encoded = validated?.ok ? ask('filing.encode_qr', { application: validated.result.application }) : null;
    qr = encoded?.ok ? encoded.result.payload : null;
  }
  const packet = { explanation: parts.cost?.explanation ?? [], qr, hasFiling: Boolean(parts.filing) };

  const name = String(saved.filing.get('name') ?? '').trim();
  const id = includeId ? String(saved.filing.get('id') ?? '').trim() : '';
  const trimmed = String(forName ?? '').trim();
  return {
    lang,
    title: trimmed ? t.forTitle(trimmed) : t.title,
    person: name || id ? { name, id } : null,
    idMissing: includeId && !id,
    sections,
    missing,
    hasLow: sections.some((s) => s.items.some((i) => i.low)),
    madeOn: t.madeOn(formatDate(asOf, lang)),
    packet,
  };
}
