// The policy lists the questions offer: the chronic/special outpatient diseases and the filing
// categories, with their names, groups and confidence as the core has them. The core has no op
// that lists them, so the page knows only their ids and asks eligibility.check about each one
// (the answer echoes the name, group and whether it is confirmed). An id the core no longer
// knows is dropped rather than offered; a name is never written here.
import { nextTask } from '../shell/next-task.js';

const DISEASE_IDS = [
  'hypertension', 'diabetes', 'cancer_outpatient_chemo_radiotherapy', 'uremia_dialysis',
  'organ_transplant_anti_rejection', 'copd', 'rheumatoid_arthritis', 'coronary_heart_disease',
  'viral_hepatitis', 'ankylosing_spondylitis',
];
const CATEGORY_IDS = ['resettled_retiree', 'long_term_resident', 'posted_worker', 'referral', 'emergency', 'other_temporary'];

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

// Sixteen questions to the core, the first of which reads the eligibility rules: each in a task
// of its own (shell/next-task.js), so the page answers taps meanwhile.
export async function loadLists(ask, asOf) {
  const diseases = [];
  for (const id of DISEASE_IDS) {
    await nextTask();
    const request = probe(asOf);
    request.visit.disease = id;
    const response = ask('eligibility.check', request);
    const d = response.ok ? response.result.visit.disease : null;
    if (d?.name) diseases.push({ id, name: d.name, group: d.group, unconfirmed: d.unconfirmed === true });
  }
  const categories = [];
  for (const id of CATEGORY_IDS) {
    await nextTask();
    const request = probe(asOf);
    request.filing = { category: id, filed_on: asOf };
    const response = ask('eligibility.check', request);
    const f = response.ok ? response.result.filing : null;
    if (f?.name) categories.push({ id, name: f.name, group: f.group });
  }
  return { diseases, categories };
}
