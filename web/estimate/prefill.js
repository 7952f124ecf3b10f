// The estimate opens with what the person already told the other parts (components/saved-case/
// shared-facts.js): the person, the places, the filing, the kind of visit, the hospital's level
// and the dates. Only empty answers are filled, so what the person typed here is never
// overwritten, on this visit or after a reload; which answers came from where is kept with the
// answers (`prefilled_from`) so the form can say it, and every one stays editable.
import { sharedFacts } from '../components/saved-case/shared-facts.js';

// The facts the form has a question for.
const KEYS = ['scheme', 'employment', 'insured', 'treatment', 'category', 'setting', 'level', 'admitted', 'discharged'];

export function prefillEstimate(answers, ask, asOf) {
  const facts = sharedFacts(ask, asOf);
  const from = { ...(answers.get('prefilled_from') ?? {}) };
  for (const key of KEYS) {
    const fact = facts[key];
    if (!fact || answers.has(key)) continue;
    // Employment is asked only of employees.
    if (key === 'employment' && (answers.get('scheme') ?? facts.scheme?.value) !== 'employee') continue;
    answers.set(key, fact.value);
    from[key] = fact.from;
  }
  if (Object.keys(from).length) answers.set('prefilled_from', from);
  // The category hint keeps saying "from your filing" while the category is the one decided there.
  if (from.category === 'filing') answers.set('category_from_filing', answers.get('category'));
  if (!answers.has('billMode')) answers.set('billMode', 'lines');
}

/**
 * Where the filled answers came from, as lines of the form's notice: [{source, fields}] with the
 * form's words for each, in the order of the form. Answers the person has since changed still
 * count: the notice says what was filled, and the form shows what is there now.
 */
export function prefillLines(answers, words) {
  const from = answers.get('prefilled_from') ?? {};
  const bySource = new Map();
  for (const key of KEYS) {
    if (!from[key] || !words.fields[key]) continue;
    if (!bySource.has(from[key])) bySource.set(from[key], []);
    bySource.get(from[key]).push(words.fields[key]);
  }
  return [...bySource].map(([source, fields]) => words.from(fields.join(words.join), words.sources[source] ?? source));
}
