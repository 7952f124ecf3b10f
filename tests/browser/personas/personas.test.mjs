// The persona walks (docs/personas.md): each person clicks and types through the parts of the
// site that apply to them, in zh-CN and in English, on a 360 px phone, some with large text.
// Each walk asserts what the person would check by hand (the filing category, the settlement
// route, the amount they pay or what the page asks for, the deadline) and, on every screen, that
// nothing leaks (JSON pointers, file names, error codes), that the English page has no
// Chinese-only label, that nothing scrolls sideways, and (on start and result screens) that
// axe-core is clean. One screenshot per screen: persona-<id>-<lang>-<part>-<screen>.png.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/personas/personas.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFen } from '../../../web/components/money/money.js';
import { useSiteAndBrowser } from '../harness.mjs';
import { timing, home, openHome, screenChecker, walkEligibility, walkEstimate, walkFiling, walkHandover, walkWhyFailed } from './walk.mjs';
import PERSONAS from './index.mjs';

const env = useSiteAndBrowser();

async function walkPersona(t, persona, lang) {
  const { page, problems, requests } = await openHome(env, t, { lang, large: persona.large });
  const checker = screenChecker(page, persona, lang);
  await checker.check('home', 'start', { axe: true });
  const outcome = {};
  if (persona.filing) {
    outcome.filing = await walkFiling(page, persona.filing, checker);
    assert.equal(outcome.filing.category, persona.expectFiling.category, 'filing category');
    await home(page);
  }
  if (persona.eligibility) {
    outcome.eligibility = await walkEligibility(page, persona.eligibility, checker);
    assert.equal(outcome.eligibility.route, persona.expectEligibility.route, 'settlement route');
    await home(page);
  }
  if (persona.whyFailed) {
    outcome.why = await walkWhyFailed(page, persona.whyFailed, checker);
    assert.equal(outcome.why.leaf, persona.expectWhy.leaf, 'why it did not settle');
    await home(page);
  }
  if (persona.estimate) {
    outcome.estimate = await walkEstimate(page, persona.estimate, checker);
    if (persona.expectRange) {
      // The policy lacks a figure the case needs: the page answers with the range the core states.
      const { min, max } = outcome.estimate.core.result.range.person_pays_fen;
      assert.ok(min < max, 'a range, not a point');
      assert.ok(outcome.estimate.range.includes(formatFen(min)) && outcome.estimate.range.includes(formatFen(max)), `the range to pay: ${outcome.estimate.range}`);
    } else if (persona.expectAsks) {
      // No amount can be given without the local figures: the page asks for them instead.
      assert.ok(outcome.estimate.asks?.length > 0, 'the page asks for the policy figures');
    } else {
      // The amount the person pays, as the core works it out for what the page sent.
      assert.ok(outcome.estimate.sentence?.includes(formatFen(outcome.estimate.core.result.person_pays_fen)), 'the amount to pay');
    }
    await home(page);
  }
  if (persona.handover) {
    outcome.card = await walkHandover(page, checker);
    assert.ok(outcome.card.includes(persona.places[lang]), `the card names the place: ${persona.places[lang]}`);
    const paid = outcome.estimate?.core?.result;
    if (paid) {
      const figures = paid.range ? [paid.range.person_pays_fen.min, paid.range.person_pays_fen.max] : [paid.person_pays_fen];
      for (const fen of figures) assert.ok(outcome.card.includes(formatFen(fen)), 'the card carries the estimate');
    }
  }
  await persona.check?.(outcome, lang, page);
  assert.deepEqual(problems, [], 'console errors');
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), [], 'requests beyond the origin');
}

for (const persona of PERSONAS) {
  for (const lang of ['zh-CN', 'en']) {
    // A defect the walk found in another part's code is named here (reported, to be fixed there)
    // so the suite stays green while it still runs and shows it; remove it once fixed.
    const todo = persona.knownDefects?.[lang];
    test(`${persona.name} (${lang}${persona.large ? ', large text' : ''})`, { todo }, async (t) => {
      await walkPersona(t, persona, lang);
      console.log(JSON.stringify(timing));
    });
  }
}
