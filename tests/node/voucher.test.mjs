// The e-voucher help through both front ends: the wasm module (as the page loads it) and the
// command line give the same bytes for the guide, every leaf of the face-check walk and the bad
// answers; the walk reaches each leaf answering one question at a time, in both languages.
// Run: MEDINS_SITE_DIR=build-wasm/site MEDINS_CLI=build/native/medins node --test tests/node/voucher.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, test } from 'node:test';

import { loadMedins } from './load_module.mjs';

const cli = process.env.MEDINS_CLI ?? 'build/native/medins';
let medins;

before(async () => {
  medins = await loadMedins();
});

function bothAnswer(op, request) {
  const text = JSON.stringify(request);
  const wasm = medins.handle(op, text);
  const run = spawnSync(cli, [op, '-'], { input: text, encoding: 'utf8' });
  assert.equal(run.stdout.trim(), wasm.trim(), `${op} ${text}: the CLI and the module differ`);
  return JSON.parse(wasm);
}

/** Answers each question the core asks with `choose(id)` until a leaf; the questions asked. */
function walk(choose) {
  const answers = {};
  const asked = [];
  for (let i = 0; i < 20; i += 1) {
    const r = bothAnswer('voucher.face_check', { answers }).result;
    if (r.status === 'leaf') return { leaf: r.leaf, asked, path: r.path };
    asked.push(r.question.id);
    answers[r.question.id] = choose(r.question.id);
  }
  throw new Error('the walk did not end');
}

test('the guide: the same parts from both builds, each step sourced, in both languages', () => {
  const a = bothAnswer('voucher.guide', {});
  assert.equal(a.ok, true);
  assert.deepEqual(a.result.sections.map((s) => s.id), ['activate', 'family', 'show', 'social_card']);
  for (const s of a.result.sections) {
    for (const step of s.steps) {
      assert.ok(step.text['zh-CN'] && step.text.en, `${s.id}/${step.id}`);
      assert.ok(step.basis.sources.length >= 1, `${s.id}/${step.id}`);
      assert.ok(['high', 'medium', 'low'].includes(step.confidence));
    }
  }
  const family = a.result.sections.find((s) => s.id === 'family');
  assert.match(family.steps.find((s) => s.id === 'limits').text['zh-CN'], /5名/);
  assert.match(family.steps.find((s) => s.id === 'limits').text.en, /up to 5/);
});

test('the face check: an older person whose relative has the app ends at the family account', () => {
  const answers = { light_ok: true, face_clear: true, asked_to_read: false, network_ok: true, face_changed: true, relative_has_app: true };
  const { leaf, asked } = walk((q) => answers[q]);
  assert.equal(leaf.id, 'family_account');
  assert.deepEqual(asked, ['light_ok', 'face_clear', 'asked_to_read', 'network_ok', 'face_changed', 'relative_has_app']);
  assert.equal(leaf.confidence, 'low');
  assert.match(leaf.title['zh-CN'], /亲情账户/);
  assert.match(leaf.title.en, /family account/);
});

test('the face check: every answer "yes" and every answer "no" end at different leaves', () => {
  const allYes = walk(() => true);
  const allNo = walk(() => false);
  assert.equal(allYes.leaf.id, 'family_account');
  assert.equal(allNo.leaf.id, 'fix_light');
  assert.equal(allNo.path.length, 1);
  assert.match(allNo.leaf.steps[0].text['zh-CN'], /光线/);
  assert.equal(allNo.leaf.steps[0].basis.sources[0].id, 'shenzhen_window_face_check');
});

test('bad answers: the same codes and paths from both builds', () => {
  let a = bothAnswer('voucher.face_check', { answers: { weather: true } });
  assert.equal(a.ok, false);
  assert.deepEqual(a.errors.map((e) => [e.code, e.path]), [['voucher.unknown_question', '/answers/weather']]);
  a = bothAnswer('voucher.face_check', { answers: { light_ok: 'yes' } });
  assert.deepEqual(a.errors.map((e) => [e.code, e.path]), [['voucher.bad_answer', '/answers/light_ok']]);
  assert.ok(a.errors[0].message['zh-CN'] && a.errors[0].message.en);
  a = bothAnswer('voucher.guide', { section: 'lottery' });
  assert.deepEqual(a.errors.map((e) => [e.code, e.path]), [['voucher.unknown_section', '/section']]);
});
