// A flow's questions as a list of steps, one per screen, in order. Each step has an `id` (the
// answer it fills), a `kind` (radio, yesno, date, region, text) and, when it is asked only after
// some answers, `when(answers)`. Radio options can depend on the answers and on lists the page
// got from the core (`options(answers, lists)`). The order of the list is the order of the flow
// and of "check your answers".

const REGION_CODE = /^\d{6}$/;

export function isAnswered(step, answers, lists) {
  const value = answers.get(step.id);
  switch (step.kind) {
    case 'radio':
      return step.options(answers, lists).includes(value);
    case 'yesno':
      return value === 'yes' || value === 'no';
    case 'region':
      return REGION_CODE.test(value ?? '');
    case 'date':
      return Boolean(value?.year && value?.month && value?.day);
    default:
      // An optional field left empty was still answered once the person moved past it.
      return step.optional ? value !== undefined : Boolean(value);
  }
}

/** The navigation over `steps` that the flow, its question screens and its pages use. */
export function stepList(steps) {
  const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
  const visible = (answers) => steps.filter((s) => !s.when || s.when(answers));
  const indexIn = (list, id) => list.findIndex((s) => s.id === id);
  return {
    steps,
    byId,
    visible,
    isAnswered,
    /** The first question still open (after `after`, if given), or null. */
    firstUnanswered(answers, lists, after = null) {
      const list = visible(answers);
      const start = after ? indexIn(list, after) + 1 : 0;
      return list.slice(start).find((s) => !isAnswered(s, answers, lists)) ?? null;
    },
    next(answers, current) {
      const list = visible(answers);
      return list[indexIn(list, current) + 1] ?? null;
    },
    previous(answers, current) {
      const list = visible(answers);
      const i = indexIn(list, current);
      return i > 0 ? list[i - 1] : null;
    },
    last(answers) {
      const list = visible(answers);
      return list[list.length - 1];
    },
  };
}

/**
 * Where the core's errors land: `table` maps request paths to step ids; a path belongs to the
 * first entry that is it or contains it (so list longer paths first).
 */
export function pathToStep(table) {
  return (path) => {
    const p = String(path ?? '');
    const hit = table.find(([prefix]) => p === prefix || p.startsWith(`${prefix}/`));
    return hit ? hit[1] : null;
  };
}
