// The estimate page with a ranged answer (docs/estimate.md, "Ranged answers"), at 390 px in zh-CN
// with large text and in English. Every figure is the core's, asked in the page:
// - Beijing, not filed (no cut for unfiled care): "between X and Y" to the fen, the bar's hatched
//   part, the assumption; typing the cut from a notice gives the core's point answer.
// - A Shanghai retiree resettled in Shenzhen (the retirees' deductible is not in the policy: 700
//   or 1,200 yuan by the year of retirement; a class-B line with no share): a range, not a
//   question; the policy's note on the deductible is shown with it; typing the deductible
//   narrows the range, typing the class-B share gives the point answer.
// - The same person's outpatient care, which the policy does not price at all: the question says
//   once, in the page's words, that the figure is missing.
// - Every screen is scanned for pointers, file names and field names.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/estimate-range.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { ESTIMATE_TEXT } from '../../web/estimate/text.js';
import { openPart, repoRoot, screenshotDir, shot, useSiteAndBrowser } from './harness.mjs';
import { askCore, waitScreen } from './flow-steps.mjs';
import { enterCase, grouped, pickRegion } from './estimate-steps.mjs';

const env = useSiteAndBrowser();
const BEIJING = JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'shipped', 'estimate', 'beijing-tier3-working-crosses-two-bands.json'), 'utf8'));
// The same bill, not filed.
const UNFILED = { ...BEIJING.request, filing: { category: 'none' } };
const SHANGHAI = {
  on: '2025-06-10',
  person: { scheme: 'employee', employment: 'retired' },
  insured_region: '310000',
  treatment_region: '440300',
  filing: { category: 'resettled_retiree' },
  visit: { setting: 'inpatient', institution_level: 3, admitted_on: '2025-06-01', discharged_on: '2025-06-10' },
  bill: { lines: [{ amount_fen: 3000000, class: 'A' }, { amount_fen: 500000, class: 'B' }] },
  year_to_date: { eligible_fen: 0, deductible_paid_fen: 0, fund_paid_fen: 0, admissions: 0 },
  policy: '310000/employee',
};
const FORBIDDEN = ['/versions/', '.json', '_fen', 'estimate.', 'policies/'];
const CASES = [['zh-CN', true], ['en', false]];

async function open(t, lang, large) {
  const opened = await openPart(env, t, 'estimate', { viewport: { width: 390, height: 844 } });
  if (lang === 'en') await opened.page.click('#lang-en');
  if (large) await opened.page.click('#large-text');
  return opened;
}

async function noCodes(page, where) {
  const body = await page.textContent('main');
  for (const bad of FORBIDDEN) assert.ok(!body.includes(bad), `${bad} shown on ${where}: ${body}`);
}

// The range on screen, in words and in the bar, is the core's to the fen.
async function sameRange(page, text, r) {
  const person = r.range.person_pays_fen;
  const fund = r.range.fund_pays_fen;
  assert.equal(await page.textContent('#range-person'), text.range.person(formatFen(person.min), formatFen(person.max)));
  assert.equal(await page.textContent('#range-fund'), text.range.fund(formatFen(fund.min), formatFen(fund.max)));
  const unknown = r.total_fen - fund.min - r.range.critical_illness_pays_fen.min - person.min;
  const bar = await page.$$eval('#range-bar rect.seg', (rects) => rects.map((x) => ({ part: x.dataset.part, fen: Number(x.dataset.fen), fill: x.getAttribute('fill') })));
  assert.deepEqual(bar.map((s) => s.part), ['fund', 'uncertain', 'person']);
  assert.deepEqual(bar.map((s) => s.fen), [fund.min, unknown, person.min]);
  assert.equal(bar[1].fill, 'url(#range-bar-hatch)');
  assert.equal(await page.locator('#range-bar-hatch').count(), 1);
  const brackets = await page.$$eval('#range-bar rect.bracket', (rects) => rects.map((x) => [x.dataset.payer, Number(x.dataset.minFen), Number(x.dataset.maxFen)]));
  assert.deepEqual(brackets, [['fund', fund.min, fund.max], ['person', person.min, person.max]]);
  // The hatch is painted (not the default black of a missing pattern).
  const painted = await page.$eval('#range-bar [data-part="uncertain"]', (x) => getComputedStyle(x).fill);
  assert.match(painted, /url\(/);
}

async function assumptionsShown(page, r) {
  const items = await page.$$eval('#range-assumptions li[data-figure-id]', (li) => li.map((x) => x.dataset.figureId));
  assert.deepEqual(items, r.assumptions.map((a) => a.figure));
}

async function narrow(page, figure, typed) {
  await page.fill(`#known-${figure}`, typed);
  await page.click(`#known-${figure}-use`);
}

for (const [lang, large] of CASES) {
  const tag = `390-${lang}${large ? '-large' : ''}`;
  test(`${lang}${large ? ', large text' : ''}, 390 px: not filed in Beijing is a range with a hatched bar; typing the cut gives the core's answer`, async (t) => {
    const { page, problems } = await open(t, lang, large);
    const text = ESTIMATE_TEXT[lang];
    await enterCase(page, UNFILED, { typeAmount: grouped });
    const core = await askCore(page, 'estimate', UNFILED);
    assert.equal(core.ok, true);
    assert.ok(core.result.range.person_pays_fen.min < core.result.range.person_pays_fen.max);
    await sameRange(page, text, core.result);
    await assumptionsShown(page, core.result);
    assert.match(await page.textContent('#range-assumptions li'), lang === 'zh-CN' ? /10 个百分点 到 20 个百分点/ : /10 points to 20 points/);
    // What if: the filed variant is a point answer beside a ranged case.
    assert.equal(await page.locator('#whatif [data-scenario="yours"] .whatif-range').count(), 1);
    await noCodes(page, 'the range');
    await shot(page, `estimate-range-${tag}.png`);

    await narrow(page, 'filing_cut', '15');
    await waitScreen(page, 'result');
    await page.waitForSelector('#result-sentence[data-person-fen]');
    const point = await askCore(page, 'estimate', { ...UNFILED, known_figures: { filing_cut: 1500 } });
    assert.equal(point.ok, true);
    assert.equal(point.result.range, undefined);
    assert.equal(Number(await page.getAttribute('#result-sentence', 'data-person-fen')), point.result.person_pays_fen);
    assert.equal(Number(await page.getAttribute('#result-sentence', 'data-fund-fen')), point.result.fund_pays_fen);
    assert.match(await page.textContent('#policy-used'), lang === 'zh-CN' ? /15/ : /15/);
    await noCodes(page, 'the narrowed answer');
    await shot(page, `estimate-range-narrowed-${tag}.png`);

    // The other screens of the page, scanned the same way: the slip, the places, the form.
    await page.click('#slip-compare-link');
    await waitScreen(page, 'slip');
    await noCodes(page, 'the slip comparison');
    await page.evaluate(() => { location.hash = '#/places'; });
    await waitScreen(page, 'places');
    await page.waitForSelector('.places-table, #places-table, table', { timeout: 10000 }).catch(() => {});
    await noCodes(page, 'the places');
    await page.evaluate(() => { location.hash = '#/'; });
    await waitScreen(page, 'form');
    await noCodes(page, 'the form');
    assert.deepEqual(problems, []);
  });

  test(`${lang}${large ? ', large text' : ''}, 390 px: a Shanghai retiree gets a range with the policy's note on the deductible, and narrows it`, async (t) => {
    const { page, problems } = await open(t, lang, large);
    const text = ESTIMATE_TEXT[lang];
    await enterCase(page, SHANGHAI, { typeAmount: grouped });
    const core = await askCore(page, 'estimate', SHANGHAI);
    assert.equal(core.ok, true);
    await sameRange(page, text, core.result);
    await assumptionsShown(page, core.result);
    assert.deepEqual(core.result.assumptions.map((a) => a.figure), ['deductible', 'class_b_first_paid']);
    // The note the policy file gives on the retirees' row says why and what to type.
    const policy = await askCore(page, 'policy.get', { region: '310000', scheme: 'employee', on: SHANGHAI.on });
    const note = policy.result.version.inpatient.levels.any.retired.notes[lang];
    const deductible = page.locator('#range-assumptions li[data-figure-id="deductible"]');
    assert.ok((await deductible.textContent()).includes(note), await deductible.textContent());
    assert.match(note, lang === 'zh-CN' ? /700元/ : /700 yuan/);
    // It is about the deductible: not said again under the class-B share of the same row.
    const classB = await page.textContent('#range-assumptions li[data-figure-id="class_b_first_paid"]');
    assert.ok(!classB.includes(note), classB);
    // The class-B line was left without its share, as its label allows: a range, with a box for it.
    assert.equal(await page.locator('#known-class_b_first_paid').count(), 1);
    await noCodes(page, 'the Shanghai range');
    await shot(page, `estimate-range-shanghai-${tag}.png`);

    // The handover card carries the range and the figures it stands on.
    const range = core.result.range;
    await page.goto(new URL('../handover/', page.url()).href);
    await page.waitForSelector('#card-cost');
    const card = await page.textContent('#card-cost');
    for (const key of ['fund_pays_fen', 'person_pays_fen']) {
      assert.ok(card.includes(`${formatFen(range[key].min)}–${formatFen(range[key].max)}`), card);
    }
    assert.ok(card.includes(lang === 'zh-CN' ? '300.00 元 到 1,700.00 元' : '¥300.00 to ¥1,700.00'), card);
    assert.ok(!/versions|\.json|_fen/.test(await page.textContent('main')));
    await shot(page, `estimate-range-handover-${tag}.png`);
    await page.goBack();
    await waitScreen(page, 'result');
    await page.waitForSelector('#known-deductible');

    await narrow(page, 'deductible', '1200');
    await page.waitForSelector('#range-narrowed');
    const narrower = await askCore(page, 'estimate', { ...SHANGHAI, known_figures: { deductible: 120000 } });
    assert.equal(narrower.ok, true);
    assert.deepEqual(narrower.result.assumptions.map((a) => a.figure), ['class_b_first_paid']);
    // The typed figure is listed as a person reads it, with its unit.
    assert.ok((await page.textContent('#range-typed li[data-known="deductible"]')).includes(text.yuan('1,200.00')));
    // The deductible is known now: its note is not shown with what is still assumed.
    assert.ok(!(await page.textContent('#range-assumptions')).includes(note));
    await sameRange(page, text, narrower.result);
    const p = narrower.result.range.person_pays_fen;
    assert.equal(await page.textContent('#range-narrowed'), text.range.narrowed(formatFen(p.min), formatFen(p.max)));
    await noCodes(page, 'the narrower range');
    await shot(page, `estimate-range-shanghai-narrower-${tag}.png`);

    await narrow(page, 'class_b_first_paid', '10');
    await page.waitForSelector('#result-sentence[data-person-fen]');
    const point = await askCore(page, 'estimate', { ...SHANGHAI, known_figures: { deductible: 120000, class_b_first_paid: 1000 } });
    assert.equal(point.ok, true);
    assert.equal(Number(await page.getAttribute('#result-sentence', 'data-person-fen')), point.result.person_pays_fen);
    assert.equal(Number(await page.getAttribute('#result-sentence', 'data-fund-fen')), point.result.fund_pays_fen);
    assert.ok(p.min <= point.result.person_pays_fen && point.result.person_pays_fen <= p.max);
    await noCodes(page, 'the Shanghai answer');
    assert.deepEqual(problems, []);
  });

  test(`${lang}${large ? ', large text' : ''}, 390 px: a figure nobody can range is asked once, in plain words, with the policy's note`, async (t) => {
    const { page, problems } = await open(t, lang, large);
    const text = ESTIMATE_TEXT[lang];
    const request = { ...SHANGHAI, visit: { setting: 'outpatient', institution_level: 3 }, bill: { lines: [{ amount_fen: 50000, class: 'A' }] } };
    await enterCase(page, request, { typeAmount: grouped, screen: 'figure' });
    const core = await askCore(page, 'estimate', request);
    assert.equal(core.ok, false);
    const said = core.errors[0].message[lang];
    const body = await page.textContent('main');
    assert.equal(body.split(text.figure.why).length, 2, body);
    // The core's sentence would say it a second time.
    assert.ok(!body.includes(said.split(/[。.]/)[0]), body);
    await noCodes(page, 'the question');
    await shot(page, `estimate-range-question-${tag}.png`);
    assert.deepEqual(problems, []);
  });
}

test('English, 390 px: in the figures from your notice, every label sits above its box', async (t) => {
  const { page, problems } = await open(t, 'en', false);
  await page.check('input[name="scheme"][value="employee"]');
  await pickRegion(page, 'insured', '310000');
  // The shipped policy's file arrives and redraws the choices: pick "my own" after that.
  await page.waitForSelector('input[name="policy"][value="310000/employee"]');
  await page.check('input[name="policy"][value="own"]');
  await page.waitForSelector('#own-ratio');
  for (const name of ['deductible', 'ratio', 'cap', 'bself']) {
    const label = await page.locator(`label[for="own-${name}"]`).boundingBox();
    const box = await page.locator(`#own-${name}`).boundingBox();
    assert.ok(label.y + label.height <= box.y + 1, `${name}: the label is beside its box (${JSON.stringify([label, box])})`);
  }
  await page.locator('#own-policy').screenshot({ path: path.join(screenshotDir, 'estimate-range-own-figures-390-en.png') });
  assert.deepEqual(problems, []);
});
