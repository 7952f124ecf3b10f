// The figures a person typed from their notice to narrow a ranged answer (docs/estimate.md,
// "Request: the figures the person typed"): kept as typed, per policy choice, in the answers
// ('known'), and sent as the request's known_figures in the core's units. The core uses each only
// where the policy has no figure of its own, so a figure typed once never overrides a policy.
import { percentToBp, yuanToFen } from '../components/money/money.js';

// The unit each figure is typed in: percentage points and percentages as basis points, yuan as fen.
const UNITS = { filing_cut: 'percent', deductible: 'yuan', fund_ratio: 'percent', class_b_first_paid: 'percent' };

/** One typed figure → {value} in the core's unit, or {error} (a key of text.errors). */
export function readKnown(figure, text) {
  const yuan = UNITS[figure] === 'yuan';
  const read = yuan ? yuanToFen(text) : percentToBp(text);
  if (read.error) return { error: read.error === 'empty' ? (yuan ? 'needAmount' : 'needPercent') : read.error };
  return { value: yuan ? read.fen : read.bp };
}

/** What the person typed for this policy choice: {figure: text}. */
export function typedKnown(answers) {
  return (answers.get('known') ?? {})[answers.get('policy')] ?? {};
}

/** Keeps (or, with text null, forgets) one typed figure for the current policy choice. */
export function keepKnown(answers, figure, text) {
  const all = answers.get('known') ?? {};
  const mine = { ...(all[answers.get('policy')] ?? {}) };
  if (text === null) delete mine[figure];
  else mine[figure] = text;
  answers.set('known', { ...all, [answers.get('policy')]: mine });
}

/** The request's known_figures, or null when the person typed none. */
export function knownFigures(answers) {
  const out = {};
  for (const [figure, text] of Object.entries(typedKnown(answers))) {
    if (!UNITS[figure]) continue;
    const read = readKnown(figure, text);
    if (read.value !== undefined) out[figure] = read.value;
  }
  return Object.keys(out).length ? out : null;
}
