// The answers the site carries fixed from its build (tools/gen_fixed_answers.mjs) are the wasm
// core's own: eligibility's disease and category lists, which the page offers without asking the
// core, and the voucher guide. The lists are read for any day a person may ask about, so they
// must not depend on the date; this checks several.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/node/fixed_answers.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';

import { CATEGORY_IDS, DISEASE_IDS, policyLists } from '../../tools/eligibility_lists.mjs';
import { loadMedins, siteDir } from './load_module.mjs';

let medins;
const ask = (op, request) => JSON.parse(medins.handle(op, JSON.stringify(request)));
const fixed = (file) => JSON.parse(fs.readFileSync(path.join(siteDir(), file), 'utf8'));

before(async () => {
  medins = await loadMedins();
});

test("eligibility's lists: ten diseases (five unconfirmed) and six categories, named in both languages", () => {
  const { diseases, categories } = fixed('eligibility/lists-answer.json');
  assert.deepEqual(diseases.map((d) => d.id), DISEASE_IDS);
  assert.deepEqual(categories.map((c) => c.id), CATEGORY_IDS);
  // The 2024 additions come from a secondary source only (data/eligibility/chronic_diseases.json).
  assert.deepEqual(diseases.filter((d) => d.unconfirmed).map((d) => d.id),
    ['copd', 'rheumatoid_arthritis', 'coronary_heart_disease', 'viral_hepatitis', 'ankylosing_spondylitis']);
  assert.equal(diseases.find((d) => d.id === 'hypertension').name['zh-CN'], '高血压');
  assert.equal(categories.find((c) => c.id === 'resettled_retiree').name['zh-CN'], '异地安置退休人员');
  for (const item of [...diseases, ...categories]) {
    assert.ok(item.name['zh-CN'] && item.name.en, `${item.id} has a name in both languages`);
  }
});

test("eligibility's lists are the wasm core's answers, on any day asked about", () => {
  const shipped = fixed('eligibility/lists-answer.json');
  for (const day of ['2021-09-01', '2024-06-30', new Date().toISOString().slice(0, 10), '2030-12-31']) {
    const { diseases, categories, unknown } = policyLists(ask, day);
    assert.deepEqual(unknown, [], day);
    assert.deepEqual({ diseases, categories }, shipped, day);
  }
});

test("the voucher guide is the wasm core's voucher.guide answer", () => {
  assert.deepEqual(fixed('voucher/guide-answer.json'), ask('voucher.guide', {}));
});
