// The claim packet for serious illness while travelling, and the personal account for a pharmacy
// purchase or an outpatient visit, as eligibility.check answers them: through the wasm module
// (what the page asks) and the native CLI, the same bytes, and the parts a person would check on
// the printed packet in zh-CN and in English.
// Run: MEDINS_SITE_DIR=build-wasm/site MEDINS_CLI=build/native/medins node --test tests/node/claim_packet.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { loadMedins } from './load_module.mjs';

const medins = await loadMedins();

function both(op, request) {
  const text = JSON.stringify(request);
  const wasm = medins.handle(op, text);
  let cli;
  try {
    cli = execFileSync(process.env.MEDINS_CLI, [op, '-'], { input: text, encoding: 'utf8' });
  } catch (e) {
    cli = e.stdout; // exit status 2: the request was refused, the answer is still printed
  }
  assert.equal(cli.trim(), wasm.trim(), 'the CLI and the module answer the same bytes');
  return JSON.parse(wasm);
}

// 北京 朝阳 insured, taken ill in 三亚 and admitted as an emergency to a hospital that is not
// designated, 1–20 November 2026; the insured place's rule, as the person was told: 6 months.
const seriousIllness = {
  insured_region: '110105',
  treatment_region: '460200',
  visit: { type: 'emergency', admitted_on: '2026-11-01', discharged_on: '2026-11-20' },
  institution: { kind: 'hospital', designated: false },
  insured_place_rules: { claim_deadline: { months: 6 } },
  as_of: '2026-11-25',
};

test('serious illness while travelling: the packet has the papers, the deadline, who submits and what to keep', () => {
  const answer = both('eligibility.check', seriousIllness);
  assert.equal(answer.ok, true);
  const { route, manual_claim: m } = answer.result;
  assert.equal(route, 'manual_claim');
  const papers = m.checklist.map((c) => c.id);
  assert.ok(papers.includes('guarantor_certificate'), 'the guarantor’s certificate');
  assert.ok(papers.includes('hospital_records'), 'the hospital records');
  assert.equal(m.deadline.date, '2027-05-20', '6 months after the discharge');
  assert.equal(m.deadline.days_left, 176);
  assert.deepEqual(m.keep.map((k) => k.id), ['keep_records', 'keep_photos', 'keep_invoices']);
  for (const lang of ['zh-CN', 'en']) {
    assert.ok(m.who_submits.text[lang].length > 10, `who submits, ${lang}`);
    for (const item of [...m.checklist, ...m.audits, ...m.keep]) assert.ok(item.text[lang], `${item.id} in ${lang}`);
  }
  assert.match(m.who_submits.text['zh-CN'], /代办/);
  assert.match(m.who_submits.text.en, /someone else/);
  assert.match(m.keep.find((k) => k.id === 'keep_photos').text.en, /photo/i);
  // Nobody could cite an official list of what to keep: it says so.
  assert.ok(m.keep.every((k) => k.confidence === 'low'));
});

test('serious illness without the insured place’s rule: the deadline is "ask them", never a guess', () => {
  const { insured_place_rules: _, ...request } = seriousIllness;
  const m = both('eligibility.check', request).result.manual_claim;
  assert.equal(m.deadline.known, false);
  assert.equal(m.deadline.date, null);
  assert.match(m.deadline.text.en, /ask/);
});

test('the personal account: employees at a networked pharmacy yes, residents no, not networked no', () => {
  const pharmacy = (scheme, networked) => ({
    person: { scheme },
    insured_region: '110105',
    treatment_region: '460200',
    filing: { category: 'other_temporary', filed_on: '2026-10-01' },
    visit: { type: 'pharmacy', visit_on: '2026-11-24' },
    institution: { kind: 'pharmacy', designated: true, networked: { outpatient: networked } },
    as_of: '2026-11-25',
  });
  const cases = [
    ['employee', true, true, 'personal_account_at_counter'],
    ['resident', true, false, 'personal_account_resident_none'],
    ['employee', false, false, 'personal_account_not_at_counter'],
    ['employee', null, null, 'personal_account_if_networked'],
  ];
  for (const [scheme, networked, canPay, reason] of cases) {
    const p = both('eligibility.check', pharmacy(scheme, networked)).result.personal_account;
    assert.equal(p.can_pay, canPay, `${scheme}, networked ${networked}`);
    assert.equal(p.reason.code, `eligibility.reason.${reason}`);
    assert.equal(p.reason.unconfirmed, true, 'no official text read: unconfirmed');
  }
});

test('a scheme that is not one: a field error in both languages, at /person/scheme', () => {
  const answer = both('eligibility.check', { ...seriousIllness, person: { scheme: 'private' } });
  assert.equal(answer.ok, false);
  const e = answer.errors.find((x) => x.path === '/person/scheme');
  assert.ok(e, JSON.stringify(answer.errors));
  assert.ok(e.message['zh-CN'] && e.message.en);
});
