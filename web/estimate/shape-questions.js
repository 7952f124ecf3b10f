// The questions only some policies need (docs/policy-format.md "Shapes real places use"): the
// person's birth date when a ratio depends on age (成都, 上海 residents), and which kind of tier-3
// hospital when a policy prices city-run and province-run ones apart (蚌埠). The page asks them
// only when the chosen policy has such terms, so everyone else sees the form as before.
import { isoDate } from '../components/date-input/iso-date.js';
import { date, radios } from '../components/fields/fields.js';

export const TIER3_KINDS = ['3_city', '3_provincial'];

// Every terms block of one setting of a policy version: levels and out-of-province levels.
function termsOf(version, setting) {
  const s = version?.[setting];
  if (!s) return [];
  return [s.levels, s.out_of_province?.levels]
    .filter(Boolean)
    .flatMap((levels) => Object.values(levels).flatMap((byEmployment) => Object.values(byEmployment)));
}

function levelKeys(version, setting) {
  const s = version?.[setting];
  return [...Object.keys(s?.levels ?? {}), ...Object.keys(s?.out_of_province?.levels ?? {})];
}

/**
 * What the chosen policy asks beyond the usual questions.
 * @param {object|null} version  the policy version in use (policy.get's `version`)
 * @param {object} answers
 * @returns {{age: boolean, tier3: boolean}}
 */
export function shapesOf(version, answers) {
  const setting = answers.get('setting');
  return {
    age: termsOf(version, setting).some((t) => Array.isArray(t.age_steps) && t.age_steps.length > 0),
    tier3: answers.get('level') === '3' && levelKeys(version, setting).some((k) => TIER3_KINDS.includes(k)),
  };
}

/** The birth-date question, or null when the policy does not depend on age. */
export function birthQuestion(ctx, view, shapes) {
  if (!shapes.age) return null;
  const f = ctx.t().form;
  const errors = view.errorsFor('birth-year');
  return date({
    name: 'birth',
    legend: f.birth.legend,
    hint: f.birth.hint,
    labels: f.dateParts,
    value: ctx.answers.get('birth'),
    error: errors.length ? errors : null,
    errorPrefix: ctx.t().errorPrefix,
    onInput: (parts) => ctx.answers.set('birth', parts),
  });
}

/** Which kind of tier-3 hospital, or null when the policy does not split tier 3. */
export function tier3Question(ctx, view, shapes) {
  if (!shapes.tier3) return null;
  const q = ctx.t().form.tier3Kind;
  const errors = view.errorsFor('tier3Kind-0');
  return radios({
    name: 'tier3Kind',
    legend: q.legend,
    hint: q.hint,
    options: TIER3_KINDS.map((value) => ({ value, label: q.options[value].label })),
    checked: ctx.answers.get('tier3Kind'),
    error: errors.length ? errors : null,
    errorPrefix: ctx.t().errorPrefix,
    onChange: (value) => ctx.answers.set('tier3Kind', value),
  });
}

/** The page's own problems with these questions: [{field, code}]. */
export function shapeProblems(answers, shapes) {
  const problems = [];
  const birth = answers.get('birth');
  if (shapes.age && !(birth?.year && birth?.month && birth?.day)) problems.push({ field: 'birth-year', code: 'dateIncomplete' });
  if (shapes.tier3 && !TIER3_KINDS.includes(answers.get('tier3Kind'))) problems.push({ field: 'tier3Kind-0', code: 'chooseOne' });
  return problems;
}

/**
 * Adds the answers to the request: the birth date, and the tier-3 kind in place of plain tier 3
 * (a "what if" at another level keeps that level's number).
 */
export function withShapes(request, answers, shapes) {
  if (shapes.age && isoDate(answers.get('birth'))) request.person.birth_date = isoDate(answers.get('birth'));
  const kind = answers.get('tier3Kind');
  if (shapes.tier3 && request.visit.institution_level === 3 && TIER3_KINDS.includes(kind)) {
    request.visit.institution_level = kind;
  }
  return request;
}
