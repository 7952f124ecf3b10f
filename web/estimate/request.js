// The answers as the core's estimate request (docs/estimate.md), and the problems the page can
// see before asking the core: a choice not made, an amount that is not an amount. Everything
// about policy is left to the core. Each problem names the field (its element id) it belongs to.
import { accountField, accountProblems, accountRequest } from './account.js';
import { isoDate } from '../components/date-input/iso-date.js';
import { percentToBp, toCount, yuanToFen } from '../components/money/money.js';
import { OWN, composePolicy, ownProblems } from './policy.js';
import { shapeProblems, shapesOf, withShapes } from './shape-questions.js';
import { knownFigures } from './known.js';

export const CLASSES = ['A', 'B', 'C'];
export const LEVELS = ['3', '2', '1'];
export const YTD_FIELDS = [
  ['eligible', 'eligible_fen'],
  ['deductible', 'deductible_paid_fen'],
  ['fund', 'fund_paid_fen'],
];

const blank = (v) => String(v ?? '').trim() === '';

export function emptyLine() {
  return { name: '', amount: '', class: 'A', ratio: '' };
}

export function lines(answers) {
  const saved = answers.get('lines');
  return Array.isArray(saved) && saved.length ? saved : [emptyLine()];
}

export function isInpatient(answers) {
  return answers.get('setting') === 'inpatient';
}

/** The day whose policy applies: the discharge day of a stay, else today. */
export function onDay(answers, today) {
  return isInpatient(answers) ? isoDate(answers.get('discharged')) ?? today : today;
}

/** Problems the page finds itself: [{field, code}] (code is a key of text.errors). */
export function pageProblems(answers, policyChoices, ledger = null, version = null) {
  const problems = [];
  const need = (key, field) => {
    if (blank(answers.get(key))) problems.push({ field, code: 'chooseOne' });
  };
  need('scheme', 'scheme-0');
  if (answers.get('scheme') === 'employee') need('employment', 'employment-0');
  for (const role of ['insured', 'treatment']) {
    if (!/^\d{6}$/.test(answers.get(role) ?? '')) problems.push({ field: `${role}-input`, code: 'chooseRegion' });
  }
  need('category', 'category-0');
  need('setting', 'setting-0');
  need('level', 'level-0');
  if (isInpatient(answers)) {
    for (const key of ['admitted', 'discharged']) {
      const d = answers.get(key);
      if (!(d?.year && d?.month && d?.day)) problems.push({ field: `${key}-year`, code: 'dateIncomplete' });
    }
  }
  if (answers.get('billMode') === 'totals') {
    const totals = answers.get('totals') ?? {};
    let any = false;
    for (const c of CLASSES) {
      if (blank(totals[c])) continue;
      any = true;
      const read = yuanToFen(totals[c]);
      if (read.error) problems.push({ field: `total-${c}`, code: read.error });
    }
    if (!any) problems.push({ field: 'total-A', code: 'noLines' });
    if (!blank(totals.ratio) && percentToBp(totals.ratio).error) {
      problems.push({ field: 'totals-ratio', code: percentToBp(totals.ratio).error });
    }
  } else {
    const rows = lines(answers);
    rows.forEach((line, i) => {
      const read = yuanToFen(line.amount);
      if (read.error && !(read.error === 'empty' && rows.length > 1)) {
        problems.push({ field: `line-${i}-amount`, code: read.error });
      }
      if (line.class === 'B' && !blank(line.ratio) && percentToBp(line.ratio).error) {
        problems.push({ field: `line-${i}-ratio`, code: percentToBp(line.ratio).error });
      }
    });
    if (!rows.some((l) => !yuanToFen(l.amount).error)) {
      if (!problems.some((p) => p.field.startsWith('line-'))) problems.push({ field: 'line-0-amount', code: 'noLines' });
    }
  }
  const ytd = ledger ? {} : answers.get('ytd') ?? {};
  for (const [name] of YTD_FIELDS) {
    if (!blank(ytd[name]) && yuanToFen(ytd[name]).error) problems.push({ field: `ytd-${name}`, code: yuanToFen(ytd[name]).error });
  }
  if (!blank(ytd.admissions) && toCount(ytd.admissions).error) problems.push({ field: 'ytd-admissions', code: 'count' });
  if (!policyChoices.includes(answers.get('policy'))) {
    problems.push({ field: 'policy-0', code: 'chooseOne' });
  } else if (answers.get('policy') === OWN) {
    for (const [name, code] of Object.entries(ownProblems(answers.get('own')))) problems.push({ field: `own-${name}`, code });
  }
  problems.push(...shapeProblems(answers, shapesOf(version, answers)));
  problems.push(...accountProblems(answers));
  return problems;
}

function bill(answers) {
  if (answers.get('billMode') === 'totals') {
    const totals = answers.get('totals') ?? {};
    const out = { totals_fen: {} };
    for (const c of CLASSES) {
      if (!blank(totals[c])) out.totals_fen[c] = yuanToFen(totals[c]).fen;
    }
    if (out.totals_fen.B !== undefined && !blank(totals.ratio)) out.self_ratio_bp = percentToBp(totals.ratio).bp;
    return out;
  }
  // A row left empty (one added and not used) is not part of the bill.
  const rows = lines(answers).filter((l) => !blank(l.amount));
  return {
    lines: rows.map((l) => {
      const line = { amount_fen: yuanToFen(l.amount).fen, class: l.class };
      if (!blank(l.name)) line.name = l.name.trim();
      if (l.class === 'B' && !blank(l.ratio)) line.self_ratio_bp = percentToBp(l.ratio).bp;
      return line;
    }),
  };
}

/** Which rows of the bill were sent, so the core's /bill/lines/N errors find their row. */
export function sentLineIndexes(answers) {
  return lines(answers).map((l, i) => (blank(l.amount) ? -1 : i)).filter((i) => i >= 0);
}

function yearToDate(answers, ledger) {
  // The ledger's year, when the page uses it (docs/ledger.md): all six figures, from the slips.
  if (ledger) return { ...ledger.year_to_date };
  const ytd = answers.get('ytd') ?? {};
  const out = {};
  for (const [name, key] of YTD_FIELDS) out[key] = blank(ytd[name]) ? 0 : yuanToFen(ytd[name]).fen;
  out.admissions = blank(ytd.admissions) ? 0 : toCount(ytd.admissions).count;
  return out;
}

/**
 * The estimate request. `changes` makes the "what if" variants: {category, level}.
 * @param {object} answers
 * @param {{shipped: object|null, today: string, ledger?: object|null}} ctx  shipped: policy.get's result for
 *   the choice; ledger: the ledger's year of the bill (components/saved-case/ledger.js ledgerYear) when used
 */
export function estimateRequest(answers, { shipped, today, ledger = null, portal = null }, changes = {}) {
  const scheme = answers.get('scheme');
  const visit = {
    setting: answers.get('setting'),
    institution_level: Number(changes.level ?? answers.get('level')),
  };
  if (isInpatient(answers)) {
    visit.admitted_on = isoDate(answers.get('admitted'));
    visit.discharged_on = isoDate(answers.get('discharged'));
  }
  const person = { scheme };
  if (scheme === 'employee') person.employment = answers.get('employment');
  const choice = answers.get('policy');
  const known = knownFigures(answers);
  return withShapes({
    on: onDay(answers, today),
    person,
    insured_region: answers.get('insured'),
    treatment_region: answers.get('treatment'),
    filing: { category: changes.category ?? answers.get('category') },
    visit,
    bill: bill(answers),
    year_to_date: yearToDate(answers, ledger),
    account: accountRequest(answers),
    policy: composePolicy({
      choice,
      shipped,
      figures: (answers.get('figures') ?? {})[choice],
      own: answers.get('own'),
      visit: { setting: visit.setting, level: String(visit.institution_level) },
      insured: answers.get('insured'),
      scheme,
      portal,
    }),
    ...(known ? { known_figures: known } : {}),
  }, answers, shapesOf(shipped?.version ?? null, answers));
}

// Where the core's errors belong, by request path (longest prefix first).
const PATH_FIELDS = [
  ['/person/scheme', 'scheme-0'],
  ['/person/employment', 'employment-0'],
  ['/person/birth_date', 'birth-year'],
  ['/person/age', 'birth-year'],
  ['/person', 'scheme-0'],
  ['/insured_region', 'insured-input'],
  ['/treatment_region', 'treatment-input'],
  ['/filing', 'category-0'],
  ['/visit/setting', 'setting-0'],
  ['/visit/institution_level', 'level-0'],
  ['/visit/admitted_on', 'admitted-year'],
  ['/visit/discharged_on', 'discharged-year'],
  ['/visit', 'setting-0'],
  ['/on', 'discharged-year'],
  ['/bill/self_ratio_bp', 'totals-ratio'],
  ['/year_to_date/eligible_fen', 'ytd-eligible'],
  ['/year_to_date/deductible_paid_fen', 'ytd-deductible'],
  ['/year_to_date/fund_paid_fen', 'ytd-fund'],
  ['/year_to_date/admissions', 'ytd-admissions'],
];

/** The form field a core error belongs to, or null (then it is shown in the summary only). */
export function fieldForPath(path, answers) {
  const p = String(path ?? '');
  let m = /^\/bill\/lines\/(\d+)(\/(\w+))?/.exec(p);
  if (m) {
    const row = sentLineIndexes(answers)[Number(m[1])] ?? 0;
    return `line-${row}-${m[3] === 'self_ratio_bp' ? 'ratio' : 'amount'}`;
  }
  m = /^\/bill\/totals_fen\/([ABC])/.exec(p);
  if (m) return `total-${m[1]}`;
  if (p.startsWith('/bill')) return answers.get('billMode') === 'totals' ? 'total-A' : 'line-0-amount';
  if (p.startsWith('/policy')) {
    if (answers.get('policy') !== OWN) return 'policy-0';
    if (/deductible/.test(p)) return 'own-deductible';
    if (/bands|fund_ratio/.test(p)) return 'own-ratio';
    if (/annual_cap/.test(p)) return 'own-cap';
    if (/class_b_self/.test(p)) return 'own-bself';
    return 'policy-0';
  }
  if (p.startsWith('/account')) return accountField(p);
  const hit = PATH_FIELDS.find(([prefix]) => p === prefix || p.startsWith(`${prefix}/`));
  return hit ? hit[1] : null;
}
