// The policy lists eligibility's questions offer: the chronic/special outpatient diseases and the filing
// categories, with their names, groups and confidence as the core has them. The core has no op
// that lists them, so they are read from its answers to eligibility.check about each known id
// (the answer echoes the name, group and whether it is confirmed); a name is never written here.
//
// The page does not ask: sixteen questions, the first of which reads the eligibility rules, held
// a phone for ~300 ms when the core arrived (docs/performance.md, "Eligibility's lists fixed at
// build"). tools/gen_fixed_answers.mjs asks them of the native CLI when the site is built and
// writes eligibility/lists-answer.json, which web/eligibility/page.js imports. The echoed names
// do not depend on the date asked about; the browser test compares every label with the wasm
// core's answer for the day it runs.

export const DISEASE_IDS = [
  'hypertension', 'diabetes', 'cancer_outpatient_chemo_radiotherapy', 'uremia_dialysis',
  'organ_transplant_anti_rejection', 'copd', 'rheumatoid_arthritis', 'coronary_heart_disease',
  'viral_hepatitis', 'ankylosing_spondylitis',
];
export const CATEGORY_IDS = ['resettled_retiree', 'long_term_resident', 'posted_worker', 'referral', 'emergency', 'other_temporary'];

// Any valid visit does: only the echoed names are read, never the route.
function probe(asOf) {
  return {
    insured_region: '110000',
    treatment_region: '460000',
    visit: { type: 'chronic_outpatient', disease: 'other', visit_on: asOf },
    institution: { kind: 'hospital', designated: true, networked: { chronic: true } },
    as_of: asOf,
  };
}

/**
 * The lists as `ask(op, request)` (a parsed answer) gives them for `asOf` (YYYY-MM-DD):
 * `{ diseases: [{id, name, group, unconfirmed}], categories: [{id, name, group}], unknown: [id] }`,
 * `unknown` naming each id the core did not answer with a name.
 */
export function policyLists(ask, asOf) {
  const diseases = [];
  const categories = [];
  const unknown = [];
  for (const id of DISEASE_IDS) {
    const request = probe(asOf);
    request.visit.disease = id;
    const response = ask('eligibility.check', request);
    const d = response.ok ? response.result.visit.disease : null;
    if (d?.name) diseases.push({ id, name: d.name, group: d.group, unconfirmed: d.unconfirmed === true });
    else unknown.push(id);
  }
  for (const id of CATEGORY_IDS) {
    const request = probe(asOf);
    request.filing = { category: id, filed_on: asOf };
    const response = ask('eligibility.check', request);
    const f = response.ok ? response.result.filing : null;
    if (f?.name) categories.push({ id, name: f.name, group: f.group });
    else unknown.push(id);
  }
  return { diseases, categories, unknown };
}
