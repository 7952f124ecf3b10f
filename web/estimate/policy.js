// The policy an estimate is run under: a shipped one as it is, or, once the person has given
// figures it lacks (or typed a whole policy from their notice), an inline policy in the same
// format (docs/policy-format.md), which the core validates like a shipped file. The figures the
// person gives are kept by the place they fill in the policy, a JSON pointer relative to the
// version ("/inpatient/filing_cuts/unfiled"), so they survive a reload and a language switch.
import { percentToBp, yuanToFen } from '../components/money/money.js';

export const OWN = 'own';
// The policy the portal embedding the assistant supplied (<medins-assistant policy-src>), checked
// by the core's policy.validate before it got here; it goes to the core inline.
export const PORTAL = 'portal';

// A figure with no address can only be "low" (policy.unsourced_not_low): what a person types is
// exactly that. The title is in both languages because a source title is one string.
const USER_SOURCE = {
  title: '参保人照本人收到的通知填写 / entered by the person from their own notice',
  url: null,
  published: null,
};
const USER_PROVENANCE = { confidence: 'low', source: USER_SOURCE };

/** Shipped policies that can apply to this insured place and scheme (the place, its city, its province). */
export function policiesFor(list, insured, scheme) {
  if (!/^\d{6}$/.test(insured ?? '')) return [];
  const covers = [insured, `${insured.slice(0, 4)}00`, `${insured.slice(0, 2)}0000`];
  return list.filter((p) => p.scheme === scheme && covers.includes(p.region));
}

/**
 * What a missing figure is, from its pointer: which question to ask and where the answer goes.
 * kinds: cut (filing cut, percentage points), deductible (yuan), ratio (bands, %), cap (yuan),
 * terms (deductible and ratio, for a level or employment the policy has no row for).
 */
export function figureKind(pointer) {
  let m = /^\/\w+(?:\/out_of_province)?\/filing_cuts\/(\w+)$/.exec(pointer);
  if (m) return { kind: 'cut', category: m[1] === 'unfiled' ? 'none' : m[1] };
  if (/\/deductible_fen$/.test(pointer)) return { kind: 'deductible' };
  if (/\/bands$/.test(pointer)) return { kind: 'ratio' };
  if (/\/annual_cap_fen$/.test(pointer)) return { kind: 'cap' };
  m = /^\/(inpatient|outpatient|chronic_outpatient)(\/out_of_province)?(\/levels(\/\w+(\/\w+)?)?)?$/.exec(pointer);
  if (m) return { kind: 'terms' };
  return null;
}

/**
 * The version-relative pointer of the figure an estimate.unknown_terms error names: in the
 * request's path for an inline policy ("/policy/versions/0/..."), in the message for a shipped
 * one ("policies/110000/employee.json#/versions/0/..."), which has no structured field for it.
 */
export function missingPointer(error) {
  const fromPath = /^\/policy\/versions\/\d+(\/.+)$/.exec(error.path ?? '');
  if (fromPath) return fromPath[1];
  const text = error.message?.en ?? '';
  const fromMessage = /#\/versions\/\d+(\/[\w/]+)\)/.exec(text);
  return fromMessage ? fromMessage[1] : null;
}

/**
 * The core's sentence about a missing figure without the file pointer it ends with: the pointer
 * is for people who maintain policy files, not for the person reading the page.
 */
export function plainMessage(text) {
  // A shipped file's "(file#/pointer)", or an inline policy's bare "(/versions/0/…)".
  return String(text ?? '').replace(/\s*[（(](?:[^（）()]*#\/|\/)[^（）()]*[)）]/g, '');
}

/** Which inputs a figure's question has, by kind. */
export function figureFields(kind) {
  switch (kind) {
    case 'cut': return [{ name: 'points', type: 'percent' }];
    case 'deductible': return [{ name: 'yuan', type: 'yuan' }];
    case 'ratio': return [{ name: 'percent', type: 'percent' }];
    case 'cap': return [{ name: 'yuan', type: 'yuan' }];
    case 'terms': return [{ name: 'deductible', type: 'yuan' }, { name: 'ratio', type: 'percent' }];
    default: return [];
  }
}

/** The typed values of one figure, checked: {values} in fen/bp, or {errors} by field name. */
export function readFigure(kind, typed) {
  const values = {};
  const errors = {};
  for (const field of figureFields(kind)) {
    const read = field.type === 'yuan' ? yuanToFen(typed?.[field.name]) : percentToBp(typed?.[field.name]);
    if (read.error) errors[field.name] = read.error === 'empty' ? (field.type === 'yuan' ? 'needAmount' : 'needPercent') : read.error;
    else values[field.name] = read.fen ?? read.bp;
  }
  return Object.keys(errors).length ? { errors } : { values };
}

function terms(deductibleFen, ratioBp, extra = {}) {
  return {
    deductible_fen: deductibleFen,
    bands: [{ from_fen: 0, to_fen: null, fund_ratio_bp: ratioBp }],
    ...extra,
    ...USER_PROVENANCE,
  };
}

// The JSON a figure puts at its pointer. A terms row is built as deep as the pointer reaches.
function figureValue(kind, values, pointer, visit) {
  switch (kind) {
    case 'cut': return { ratio_cut_bp: values.points, ...USER_PROVENANCE };
    case 'deductible': return { value: values.yuan, ...USER_PROVENANCE };
    case 'cap': return { value: values.yuan, ...USER_PROVENANCE };
    case 'ratio': return [{ from_fen: 0, to_fen: null, fund_ratio_bp: values.percent, ...USER_PROVENANCE }];
    case 'terms': {
      const row = terms(values.deductible, values.ratio);
      const depth = pointer.split('/').length - 1 - (pointer.includes('/out_of_province') ? 1 : 0);
      // /setting → levels → level → employment ("all" when the person gave no row of their own).
      if (depth === 4) return row;
      if (depth === 3) return { all: row };
      if (depth === 2) return { [visit.level]: { all: row } };
      return { levels: { [visit.level]: { all: row } } };
    }
    default: return undefined;
  }
}

function setAt(target, pointer, value) {
  const keys = pointer.split('/').slice(1);
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
  }
  node[keys.at(-1)] = value;
}

/** A whole version typed from the person's notice, for the visit's setting ("any" level, "all" rows). */
function ownVersion(own, setting) {
  const deductible = yuanToFen(own?.deductible);
  const ratio = percentToBp(own?.ratio);
  const cap = yuanToFen(own?.cap);
  const bself = percentToBp(own?.bself);
  const row = terms(deductible.fen ?? 0, ratio.bp ?? 0,
    bself.bp !== undefined ? { class_b_self_first_bp: bself.bp } : {});
  const block = { levels: { any: { all: row } } };
  if (cap.fen !== undefined) block.annual_cap_fen = { value: cap.fen, ...USER_PROVENANCE };
  return { effective_from: null, effective_to: null, dates_confirmed: false, confidence: 'low', [setting]: block };
}

/** Problems in the own-policy fields, by field name (the core checks ranges once it is sent). */
export function ownProblems(own) {
  const problems = {};
  const need = (name, read, emptyCode) => {
    if (read.error) problems[name] = read.error === 'empty' ? emptyCode : read.error;
  };
  need('deductible', yuanToFen(own?.deductible), 'needAmount');
  need('ratio', percentToBp(own?.ratio), 'needPercent');
  if (String(own?.cap ?? '').trim() !== '') need('cap', yuanToFen(own.cap), 'needAmount');
  if (String(own?.bself ?? '').trim() !== '') need('bself', percentToBp(own.bself), 'needPercent');
  return problems;
}

/**
 * The request's `policy`: the shipped id when nothing is added, else an inline document.
 * @param {object} p
 * @param {string} p.choice   a shipped id ("110000/employee") or OWN
 * @param {object|null} p.shipped  policy.get's result for the shipped choice
 * @param {object} p.figures  {pointer: {kind, typed}} the person gave for this policy
 * @param {object} p.own      the own-policy fields as typed
 * @param {object} p.visit    {setting, level}
 * @param {string} p.insured, p.scheme
 */
export function composePolicy({ choice, shipped, figures, own, visit, insured, scheme, portal = null }) {
  const entries = Object.entries(figures ?? {})
    .map(([pointer, f]) => [pointer, f.kind, readFigure(f.kind, f.typed).values])
    .filter(([, , values]) => values);
  // The portal's document goes whole (the core picks the version for the day and says when none
  // covers it), unless the person added a figure it lacks: then its version of the day, as below.
  if (choice === PORTAL && (entries.length === 0 || !shipped)) return portal;
  // Without policy.get's answer (no version on that day) the id goes as it is: the core says why.
  if (choice !== OWN && (entries.length === 0 || !shipped)) return choice;
  let document;
  if (choice === OWN) {
    document = {
      format: 1,
      region: insured,
      scheme,
      name: { 'zh-CN': '您照通知填写的政策', en: 'The policy you entered from your notice' },
      source: USER_SOURCE,
      versions: [ownVersion(own, visit.setting)],
    };
  } else {
    document = {
      format: 1,
      region: shipped.region,
      scheme: shipped.scheme,
      name: shipped.name,
      source: shipped.source,
      ...(shipped.notes ? { notes: shipped.notes } : {}),
      // A copy: the figures are set into it, never into the answer policy.get gave.
      versions: [structuredClone(shipped.version)],
    };
  }
  for (const [pointer, kind, values] of entries) {
    setAt(document.versions[0], pointer, figureValue(kind, values, pointer, visit));
  }
  return document;
}

/** Whether the composed policy has an annual cap for the setting (none: the page offers to add it). */
export function hasCap(policyDocument, shipped, setting) {
  const version = typeof policyDocument === 'string' ? shipped?.version : policyDocument.versions[0];
  return version?.[setting]?.annual_cap_fen !== undefined;
}
