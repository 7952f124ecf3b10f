// Browser tests for the estimate page (web/estimate/), against the built site: examples pinned
// on the shipped policies (tests/shipped/estimate/, as the page uses them) entered by hand in
// zh-CN and in English, the figures shown checked to the fen against the case file and against
// the core answering in the page, the stacked bar's segments against the figures, the "what if"
// against the core, a figure the policy lacks asked for and used, answers restored on reload, a
// policy typed from a notice, a 360 px phone, axe-core on the result in both languages, the
// settlement slip's boxes and the comparison with a slip typed in (#/slip), and nothing
// requested beyond the origin.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/estimate.test.mjs
// Screenshots go to MEDINS_SCREENSHOT_DIR (default build/screenshots).
import assert from 'node:assert/strict';
import { runAxe as axeRun } from './axe.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { SLIP_ORDER } from '../../web/estimate/slip.js';
import { ESTIMATE_TEXT } from '../../web/estimate/text.js';
import { SHELL_TEXT } from '../../web/shell/text.js';
import { REGION_PICKER_TEXT } from '../../web/components/region-picker/text.js';
import { openPart, openWithCoreHeld, repoRoot, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';
import { askCore, waitScreen } from './flow-steps.mjs';
import { bare, enterCase, fillDate, grouped, pickRegion } from './estimate-steps.mjs';

const env = useSiteAndBrowser();
const runAxe = (page, mustPass = ['color-contrast', 'svg-img-alt']) => axeRun(page, mustPass);
const ZH = ESTIMATE_TEXT['zh-CN'];
const EN = ESTIMATE_TEXT.en;

function loadCase(name) {
  return JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'shipped', 'estimate', `${name}.json`), 'utf8'));
}
// The Beijing tier-3 two-band case (docs/estimate.md's worked example) and a Yuncheng case with
// a class-B line and a filing cut.
const BEIJING = loadCase('beijing-tier3-working-crosses-two-bands');
const YUNCHENG = loadCase('yuncheng-employee-other-temporary-cut');
const PARTS = ['class_c_fen', 'class_b_self_fen', 'filing_self_first_fen', 'deductible_fen', 'coinsurance_fen', 'over_cap_fen'];

// In through the main page's link, as people come.
const openEstimate = (t, contextOptions) => openPart(env, t, 'estimate', contextOptions);

/** The figures the result screen shows: the sentence, the table, the bar and the what-if cards. */
function shown(page) {
  return page.evaluate(() => {
    const sentence = document.getElementById('result-sentence');
    const rows = Object.fromEntries([...document.querySelectorAll('#who-pays tbody tr[data-part]')]
      .map((tr) => [tr.dataset.part, { fen: Number(tr.dataset.fen), text: tr.querySelector('td').textContent }]));
    const bar = document.querySelector('svg.bar');
    const segments = [...bar.querySelectorAll('rect.seg')].map((r) => ({
      part: r.dataset.part, fen: Number(r.dataset.fen), x: r.getAttribute('x'), width: r.getAttribute('width'),
      pixels: r.getBBox().width,
    }));
    const cards = Object.fromEntries([...document.querySelectorAll('.whatif-card')].map((c) => [c.dataset.scenario, {
      fund: c.querySelector('.whatif-fund') ? Number(c.querySelector('.whatif-fund').dataset.fen) : null,
      person: c.querySelector('.whatif-person') ? Number(c.querySelector('.whatif-person').dataset.fen) : null,
      diff: c.dataset.diffFen === undefined ? null : Number(c.dataset.diffFen),
      failed: c.dataset.failed === 'true',
      ranged: c.dataset.ranged === 'true',
      min: c.querySelector('.whatif-range') ? Number(c.querySelector('.whatif-range').dataset.minFen) : null,
      max: c.querySelector('.whatif-range') ? Number(c.querySelector('.whatif-range').dataset.maxFen) : null,
      figure: c.querySelector('[data-figure]')?.dataset.figure ?? null,
      text: c.textContent,
    }]));
    return {
      sentence: sentence.querySelector('.panel-title').textContent,
      fund: Number(sentence.dataset.fundFen),
      person: Number(sentence.dataset.personFen),
      rows,
      total: Number(bar.dataset.totalFen),
      barWidth: bar.getBoundingClientRect().width,
      barTitle: bar.querySelector('title').textContent,
      barDesc: bar.querySelector('desc').textContent,
      labels: [...bar.querySelectorAll('text.bar-label')].map((t) => t.textContent),
      segments,
      cards,
      steps: [...document.querySelectorAll('#explanation li')].map((li) => ({
        step: li.dataset.step, fen: li.dataset.fen === undefined ? null : Number(li.dataset.fen),
      })),
    };
  });
}

// The figures on screen are the case file's expected ones and the core's own, to the fen.
function assertFigures(s, expected, core, text) {
  for (const answer of [expected, core]) {
    assert.equal(s.fund, answer.fund_pays_fen);
    assert.equal(s.person, answer.person_pays_fen);
    assert.equal(s.total, answer.total_fen);
    assert.equal(s.rows.total.fen, answer.total_fen);
    assert.equal(s.rows.fund.fen, answer.fund_pays_fen);
    assert.equal(s.rows.person.fen, answer.person_pays_fen);
    for (const part of PARTS) {
      // Parts of 0 are left out of the table; every other one is there with its figure.
      assert.equal(s.rows[part]?.fen ?? 0, answer.breakdown[part], part);
    }
  }
  assert.equal(s.sentence, text.result.sentence(formatFen(expected.fund_pays_fen), formatFen(expected.person_pays_fen)));
  assert.equal(s.rows.fund.text, formatFen(expected.fund_pays_fen));
  assert.equal(s.rows.person.text, formatFen(expected.person_pays_fen));
  // The explanation is the core's, step by step, with its amounts.
  assert.deepEqual(s.steps, core.explanation.map((x) => ({ step: x.step, fen: x.amount_fen })));
}

// Each segment's width is its share of the total (attribute and drawn pixels), side by side.
function assertBar(s, core) {
  const expected = [
    { part: 'fund', fen: core.fund_pays_fen },
    ...PARTS.map((part) => ({ part, fen: core.breakdown[part] })),
  ].filter((x) => x.fen > 0);
  assert.deepEqual(s.segments.map((x) => [x.part, x.fen]), expected.map((x) => [x.part, x.fen]));
  let before = 0;
  for (const seg of s.segments) {
    const width = Number(seg.width.replace('%', ''));
    const x = Number(seg.x.replace('%', ''));
    assert.ok(Math.abs(width - (seg.fen * 100) / s.total) < 0.0001, `${seg.part} width ${seg.width}`);
    assert.ok(Math.abs(x - (before * 100) / s.total) < 0.0001, `${seg.part} x ${seg.x}`);
    assert.ok(Math.abs(seg.pixels - (seg.fen / s.total) * s.barWidth) < 1, `${seg.part} drawn ${seg.pixels}px`);
    before += seg.fen;
  }
  assert.equal(before, s.total, 'the segments add up to the total');
}

// The policy as the page sends it once the person has given the unfiled cut from their notice.
async function beijingWithCut(page, request, cutBp) {
  const got = await askCore(page, 'policy.get', { region: '110000', scheme: 'employee', on: request.on });
  const version = structuredClone(got.result.version);
  version.inpatient.filing_cuts = {
    unfiled: {
      ratio_cut_bp: cutBp,
      confidence: 'low',
      source: { title: '参保人照本人收到的通知填写 / entered by the person from their own notice', url: null, published: null },
    },
  };
  return {
    format: 1, region: got.result.region, scheme: got.result.scheme, name: got.result.name,
    source: got.result.source, notes: got.result.notes, versions: [version],
  };
}

test('zh-CN: the Beijing two-band case, to the fen, with bar, what-if, a missing figure and reload', async (t) => {
  const { page, problems, requests } = await openEstimate(t, { viewport: { width: 800, height: 1000 } });
  const request = BEIJING.request;
  const expected = BEIJING.expected.result;
  await enterCase(page, request, { typeAmount: grouped });
  const core = (await askCore(page, 'estimate', request)).result;
  let s = await shown(page);
  assertFigures(s, expected, core, ZH);
  assertBar(s, core);
  assert.equal(s.sentence, '医保基金预计支付 38,145.00 元，您自己支付 6,855.00 元');
  assert.equal(s.barTitle, ZH.result.barTitle);
  assert.match(s.barDesc, /38,145\.00 元/);
  assert.deepEqual(s.labels, [`${ZH.result.short.fund} 38,145.00 元`, `${ZH.result.short.person} 6,855.00 元`]);
  // The policy's confidence and its unknown dates and cap are said plainly.
  assert.equal(await page.getAttribute('#policy-used', 'data-confidence'), 'medium');
  assert.match(await page.textContent('#policy-used'), /来源没有写明/);
  assert.match(await page.textContent('#policy-used'), /m\.mzbk\.net/);
  assert.deepEqual(await page.$$eval('#warnings li', (li) => li.map((x) => x.dataset.code)), ['estimate.cap_unknown']);

  // What if: another level is the core's answer for that level; not filing needs a figure
  // Beijing's policy does not state, so the card gives the range the places medins knows allow
  // (ranged answers, docs/estimate.md) and offers to take the figure from the notice.
  for (const level of [2, 1]) {
    const other = (await askCore(page, 'estimate', { ...request, visit: { ...request.visit, institution_level: level } })).result;
    assert.equal(s.cards[`level-${level}`].person, other.person_pays_fen);
    assert.equal(s.cards[`level-${level}`].fund, other.fund_pays_fen);
    assert.equal(s.cards[`level-${level}`].diff, other.person_pays_fen - core.person_pays_fen);
  }
  assert.equal(s.cards.yours.person, core.person_pays_fen);
  const unfiledCore = await askCore(page, 'estimate', { ...request, filing: { category: 'none' } });
  assert.equal(unfiledCore.ok, true);
  assert.equal(unfiledCore.result.assumptions[0].figure, 'filing_cut');
  assert.equal(s.cards.unfiled.ranged, true);
  assert.equal(s.cards.unfiled.min, unfiledCore.result.range.person_pays_fen.min);
  assert.equal(s.cards.unfiled.max, unfiledCore.result.range.person_pays_fen.max);
  assert.match(s.cards.unfiled.text, new RegExp(`估计在 ${formatFen(s.cards.unfiled.min)} 元到 ${formatFen(s.cards.unfiled.max)} 元之间`));
  // Plain words only: no pointer or file meant for maintainers.
  for (const bad of ['policies/', '/versions/', '.json', '_fen']) assert.ok(!s.cards.unfiled.text.includes(bad), s.cards.unfiled.text);
  assert.equal(s.cards.unfiled.figure, '/inpatient/filing_cuts/unfiled');
  await shot(page, 'estimate-result-zh.png');
  assert.deepEqual(await runAxe(page), [], 'axe on the zh-CN result');

  // The missing figure becomes a question; a bad answer is refused, a good one gives a result.
  await page.click('[data-scenario="unfiled"] [data-figure]');
  await waitScreen(page, 'figure');
  assert.equal(await page.textContent('h1'), ZH.figure.cut.question(ZH.form.category.options.none.label));
  await page.fill('#figure-points', '二十');
  await page.click('#figure-submit');
  assert.match(await page.textContent('.error-summary'), new RegExp(ZH.errors.percent));
  await page.fill('#figure-points', '10');
  await page.click('#figure-submit');
  await waitScreen(page, 'result');
  s = await shown(page);
  const inline = await beijingWithCut(page, request, 1000);
  const unfiled = await askCore(page, 'estimate', { ...request, filing: { category: 'none' }, policy: inline });
  assert.equal(unfiled.ok, true, JSON.stringify(unfiled.errors));
  assert.equal(s.cards.unfiled.person, unfiled.result.person_pays_fen);
  assert.equal(s.cards.unfiled.fund, unfiled.result.fund_pays_fen);
  assert.equal(s.cards.unfiled.diff, unfiled.result.person_pays_fen - core.person_pays_fen);
  assert.ok(s.cards.unfiled.diff > 0, 'not filing costs the person more');
  assert.match(s.cards.unfiled.text, new RegExp(`您多付 ${formatFen(s.cards.unfiled.diff)} 元`));
  // The person's own case is unchanged by a figure only the unfiled variant uses.
  assertFigures(s, expected, core, ZH);
  assert.match(await page.textContent('#policy-used'), /您自己填写的数字/);

  // A reload keeps the answers and the result; the form shows what was typed.
  await page.reload();
  await waitReady(page);
  await waitScreen(page, 'result');
  assert.equal((await shown(page)).cards.unfiled.person, unfiled.result.person_pays_fen);
  await page.click('.back-link');
  await waitScreen(page, 'form');
  await page.reload();
  await waitReady(page);
  assert.equal(await page.inputValue('#line-0-amount'), '45,000.00');
  assert.equal(await page.inputValue('#line-0-name'), '手术及住院费用');
  assert.equal(await page.inputValue('#insured-input'), '北京市');
  assert.equal(await page.inputValue('#treatment-input'), '上海市 › 徐汇区');
  assert.equal(await page.isChecked('input[name="category"][value="long_term_resident"]'), true);
  assert.equal(await page.inputValue('#discharged-day'), '1');
  // Nothing typed is in the address.
  const address = new URL(page.url());
  assert.deepEqual([address.pathname, address.search, address.hash], ['/estimate/', '', '#/']);

  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  assert.deepEqual(problems, []);
});

test('en: the Yuncheng case by class totals, to the fen; the language switch keeps everything', async (t) => {
  const { page, problems, requests } = await openEstimate(t, { viewport: { width: 800, height: 1000 } });
  await page.click('#lang-en');
  assert.equal(await page.textContent('h1'), EN.form.title);
  const request = YUNCHENG.request;
  const expected = YUNCHENG.expected.result;
  await enterCase(page, request, { totals: true, typeAmount: bare });
  const core = (await askCore(page, 'estimate', request)).result;
  let s = await shown(page);
  assertFigures(s, expected, core, EN);
  assertBar(s, core);
  assert.equal(s.sentence, 'The insurance fund is expected to pay 7,897.50 yuan; you pay 5,102.50 yuan');
  // Filed (other temporary) against not filed: both cut by 20 points in this policy, so the
  // core gives the same figures, and the page says so.
  const unfiled = (await askCore(page, 'estimate', { ...request, filing: { category: 'none' } })).result;
  assert.equal(s.cards.unfiled.person, unfiled.person_pays_fen);
  assert.equal(s.cards.unfiled.diff, unfiled.person_pays_fen - core.person_pays_fen);
  const level3 = (await askCore(page, 'estimate', { ...request, visit: { ...request.visit, institution_level: 3 } })).result;
  assert.equal(s.cards['level-3'].person, level3.person_pays_fen);
  assert.equal(s.cards['level-3'].diff, level3.person_pays_fen - core.person_pays_fen);
  await shot(page, 'estimate-result-en.png');
  assert.deepEqual(await runAxe(page), [], 'axe on the English result');

  // Back to Chinese: the same figures, in the other language's words.
  await page.click('#lang-zh');
  s = await shown(page);
  assertFigures(s, expected, core, ZH);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.deepEqual(await runAxe(page), [], 'axe after switching back to zh-CN');
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  assert.deepEqual(problems, []);
});

test('no shipped policy: the figures from the notice are sent inline and marked unconfirmed', async (t) => {
  const { page, problems } = await openEstimate(t);
  await page.check('input[name="scheme"][value="resident"]');
  await pickRegion(page, 'insured', '310104');
  await pickRegion(page, 'treatment', '110105');
  assert.equal(await page.isVisible('#no-policy'), true);
  assert.equal(await page.isChecked('input[name="policy"][value="own"]'), true);
  await page.check('input[name="category"][value="long_term_resident"]');
  await page.check('input[name="setting"][value="inpatient"]');
  await page.check('input[name="level"][value="2"]');
  await fillDate(page, 'admitted', '2025-03-01');
  await fillDate(page, 'discharged', '2025-03-05');
  await page.fill('#line-0-amount', '１２,３４５.６７'); // full-width, as Chinese input methods type
  await page.fill('#own-deductible', '800');
  await page.fill('#own-ratio', '150'); // refused by the page: above 100%
  await page.click('#estimate-submit');
  assert.match(await page.textContent('.error-summary'), new RegExp(ZH.errors.percentRange));
  assert.equal(await page.getAttribute('#own-ratio', 'aria-invalid'), 'true');
  await page.fill('#own-ratio', '70');
  await page.click('#estimate-submit');
  await waitScreen(page, 'result');
  const request = {
    on: '2025-03-05', person: { scheme: 'resident' }, insured_region: '310104', treatment_region: '110105',
    filing: { category: 'long_term_resident' },
    visit: { setting: 'inpatient', institution_level: 2, admitted_on: '2025-03-01', discharged_on: '2025-03-05' },
    bill: { lines: [{ amount_fen: 1234567, class: 'A' }] },
    policy: { levels: { any: { all: { deductible_fen: 80000, bands: [{ from_fen: 0, to_fen: null, fund_ratio_bp: 7000 }] } } } },
  };
  const core = (await askCore(page, 'estimate', request)).result;
  const s = await shown(page);
  assert.equal(s.fund, core.fund_pays_fen);
  assert.equal(s.person, core.person_pays_fen);
  assert.equal(core.fund_pays_fen, 808197); // (12,345.67 − 800) × 70% = 8,081.969 → 8,081.97
  assert.equal(await page.getAttribute('#policy-used', 'data-confidence'), 'low');
  assert.match(await page.textContent('#policy-used'), /【未经证实】/);
  assert.deepEqual(problems, []);
});

test('on a 360 px phone the form and the result fit without sideways scrolling', async (t) => {
  const { page, problems } = await openEstimate(t, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const width = () => page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(await width() <= 360, `form ${await width()}px`);
  await enterCase(page, BEIJING.request);
  assert.ok(await width() <= 360, `result ${await width()}px`);
  await page.click('#lang-en');
  assert.ok(await width() <= 360, `English result ${await width()}px`);
  await shot(page, 'estimate-result-360.png');
  // The slip comparison's four columns, with a difference and its reasons, fit as well.
  await page.click('#slip-compare-link');
  await waitScreen(page, 'slip');
  const slip = (await askCore(page, 'estimate', BEIJING.request)).result.slip;
  for (const [code, fen] of Object.entries(slip)) await page.fill(`#slip-${code}`, formatFen(fen));
  await page.fill('#slip-fulamt_ownpay_amt', '1,234.56');
  await page.click('#slip-submit');
  assert.equal(await page.getAttribute('#slip-comparison', 'data-differs'), '1');
  assert.ok(await width() <= 360, `English slip comparison ${await width()}px`);
  await shot(page, 'slip-compare-360.png');
  assert.deepEqual(problems, []);
});

// A first-time user's walk at 390 px (zh-CN in large text, then English) with figures typed from
// a notice (one ratio for every level):
// a step that only states a rule shows no "0.00 元"; each step's basis reads as one line
// ("依据 · 可信度：低"), not a lone "依据 ·"; the level comparison says why the person pays the
// same; no policy pointer is shown; the slip comparison's caption spans the phone's width.
test('390 px, own figures: no amount on rule steps, whole basis lines, "the same" with its reason, a readable slip caption', async (t) => {
  const { page, problems } = await openEstimate(t, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  // In large text, as many older people read.
  await page.click('#large-text');
  await page.check('input[name="scheme"][value="resident"]');
  await pickRegion(page, 'insured', '310104');
  await pickRegion(page, 'treatment', '110105');
  await page.check('input[name="category"][value="long_term_resident"]');
  await page.check('input[name="setting"][value="inpatient"]');
  await page.check('input[name="level"][value="2"]');
  await fillDate(page, 'admitted', '2025-03-01');
  await fillDate(page, 'discharged', '2025-03-05');
  await page.fill('#line-0-amount', '12,345.67');
  await page.fill('#own-deductible', '800');
  await page.fill('#own-ratio', '70');
  await page.click('#estimate-submit');
  await waitScreen(page, 'result');
  const core = (await askCore(page, 'estimate', {
    on: '2025-03-05', person: { scheme: 'resident' }, insured_region: '310104', treatment_region: '110105',
    filing: { category: 'long_term_resident' },
    visit: { setting: 'inpatient', institution_level: 2, admitted_on: '2025-03-01', discharged_on: '2025-03-05' },
    bill: { lines: [{ amount_fen: 1234567, class: 'A' }] },
    policy: { levels: { any: { all: { deductible_fen: 80000, bands: [{ from_fen: 0, to_fen: null, fund_ratio_bp: 7000 }] } } } },
  })).result;
  // The rule steps of the core's answer carry no amount.
  const rules = core.explanation.filter((x) => x.amount_fen === null).map((x) => x.step);
  assert.deepEqual(rules, ['terms', 'filing', 'annual_cap', 'critical_illness']);
  const look = (text) => page.evaluate((stepSource) => {
    const steps = [...document.querySelectorAll('#explanation li')];
    const summaries = [...document.querySelectorAll('#explanation details.sources > summary')];
    return {
      steps: steps.map((li) => ({ step: li.dataset.step, amount: li.querySelector('.step-amount')?.textContent ?? null })),
      // The label and the confidence on one line: the label's text is one line box, level with the
      // confidence's first line.
      basis: summaries.map((s) => {
        const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
        const label = walker.nextNode();
        const range = document.createRange();
        range.selectNodeContents(label);
        const lines = [...range.getClientRects()];
        const confidence = s.querySelector('.confidence').getClientRects()[0];
        return { text: s.textContent, startsWith: s.textContent.startsWith(`${stepSource} · `), lines: lines.length, level: Math.abs(lines[0].top - confidence.top) < 4 };
      }),
      whatIf: Object.fromEntries([...document.querySelectorAll('.whatif-card')].map((c) => [c.dataset.scenario, c.textContent])),
      wide: document.scrollingElement.scrollWidth,
    };
  }, text.result.stepSource);
  for (const [lang, text] of [['zh-CN', ZH], ['en', EN]]) {
    const shownNow = await look(text);
    assert.deepEqual(shownNow.steps.map((x) => x.step), core.explanation.map((x) => x.step));
    shownNow.steps.forEach((x, i) => {
      const fen = core.explanation[i].amount_fen;
      assert.equal(x.amount, fen === null ? null : text.yuan(formatFen(fen)), `${x.step} (${lang})`);
    });
    assert.ok(shownNow.basis.length > 3);
    for (const b of shownNow.basis) {
      assert.ok(b.startsWith, b.text);
      assert.equal(b.lines, 1, `"${b.text}": the label breaks`);
      assert.ok(b.level, `"${b.text}": the label stands apart from its confidence`);
    }
    // The level comparisons: the same, and why.
    for (const level of ['level-3', 'level-1']) {
      assert.ok(shownNow.whatIf[level].includes(text.result.whatIf.sameOwnLevels), `${level} (${lang}): ${shownNow.whatIf[level]}`);
    }
    assert.equal(ZH.result.whatIf.sameOwnLevels, '您付的一样多，因为您填的比例在各级医院都一样');
    // The unfiled variant lacks a figure: said in words, without the policy pointer.
    assert.ok(!/\/versions\//.test(shownNow.whatIf.unfiled), shownNow.whatIf.unfiled);
    assert.ok(shownNow.wide <= 390, `sideways scroll ${shownNow.wide}px`);
    if (lang === 'zh-CN') {
      await shot(page, 'estimate-own-390-zh-large.png');
      // English, in the ordinary size.
      await page.click('#large-text');
      await page.click('#lang-en');
    }
  }
  await shot(page, 'estimate-own-390-en.png');
  // The slip comparison: its caption as wide as the phone allows, not a column of characters.
  await page.click('#lang-zh');
  await page.click('#slip-compare-link');
  await waitScreen(page, 'slip');
  await page.fill('#slip-medfee_sumamt', '12,345.67');
  await page.click('#slip-submit');
  const caption = await page.evaluate(() => {
    const c = document.querySelector('#slip-compare-table caption');
    return { text: c.textContent, width: c.getBoundingClientRect().width, table: document.getElementById('slip-compare-table').getBoundingClientRect().width };
  });
  assert.equal(caption.text, ZH.slip.compare.caption);
  assert.ok(caption.width >= caption.table * 0.9, `caption ${caption.width}px of ${caption.table}px`);
  await shot(page, 'slip-compare-own-390-zh.png');
  assert.deepEqual(problems, []);
});

test('the clear button forgets every answer', async (t) => {
  const { page, problems } = await openEstimate(t);
  await page.check('input[name="scheme"][value="employee"]');
  await page.fill('#line-0-amount', '100');
  assert.ok(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('medins.estimate.'))));
  await page.click('#estimate-clear');
  assert.equal(await page.isChecked('input[name="scheme"][value="employee"]'), false);
  assert.equal(await page.inputValue('#line-0-amount'), '');
  // Only the form's defaults (bill by lines, the policy offered) are written again.
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('medins.estimate.')).sort());
  assert.deepEqual(left.filter((k) => !['medins.estimate.billMode', 'medins.estimate.policy'].includes(k)), []);
  assert.deepEqual(problems, []);
});

test('a bookmark to the answer or the question, with nothing typed yet, opens the form without errors', async (t) => {
  const { page, problems } = await openEstimate(t);
  for (const hash of ['#/figure', '#/result']) {
    await page.goto(`${env.baseUrl}estimate/${hash}`);
    await waitReady(page);
    await waitScreen(page, 'form');
    assert.equal(await page.locator('.error-summary').count(), 0, `${hash}: no error summary before anything was asked`);
    assert.equal(await page.locator('.field-error, .error-message').count(), 0, `${hash}: no field errors`);
  }
  // A submit of the empty form still says what is missing.
  await page.click('#estimate-submit');
  assert.ok(await page.locator('.error-summary').isVisible());
  assert.deepEqual(problems, []);
});

// The slip's boxes as the result shows them, and the comparison's rows.
function slipShown(page, table) {
  return page.$$eval(`${table} tbody tr`, (rows) => rows.map((tr) => ({
    code: tr.dataset.code,
    fen: tr.dataset.fen === undefined ? null : Number(tr.dataset.fen),
    state: tr.dataset.state ?? null,
    diff: tr.dataset.diffFen ? Number(tr.dataset.diffFen) : null,
    code_text: tr.querySelector('.slip-code').textContent,
    name: tr.querySelector('.slip-name').textContent,
    // The verdict's words only: its mark (✓ ≠) is hidden from screen readers and repeats them.
    cells: [...tr.querySelectorAll('td')].map((td) => (td.querySelector('.slip-verdict-text') ?? td).textContent),
  })));
}

test('the settlement slip: the core\'s slip to the fen, compared with a typed slip, in both languages', async (t) => {
  const { page, problems, requests } = await openEstimate(t, { viewport: { width: 800, height: 1000 } });
  const request = BEIJING.request;
  await enterCase(page, request);
  const slip = (await askCore(page, 'estimate', request)).result.slip;
  const codes = SLIP_ORDER.filter((code) => code in slip);
  assert.equal(codes.length, Object.keys(slip).length, 'every box the core gives has a place in the order');

  // "Your slip should say": every box in the slip's order, its Chinese name, code and fen.
  let rows = await slipShown(page, '#slip-table');
  assert.deepEqual(rows.map((r) => [r.code, r.fen, r.code_text, r.name, r.cells[0]]),
    codes.map((code) => [code, slip[code], code, ZH.slip.names[code], formatFen(slip[code])]));
  assert.equal(rows.find((r) => r.code === 'hifp_pay').cells[0], '38,145.00');
  assert.equal(rows.find((r) => r.code === 'act_pay_dedc').cells[0], '1,300.00');

  await page.click('#slip-compare-link');
  await waitScreen(page, 'slip');
  assert.equal(await page.textContent('h1'), ZH.slip.compare.title);
  assert.equal(new URL(page.url()).hash, '#/slip');

  // A figure that cannot be read is refused next to its box, with no verdict shown.
  await page.fill('#slip-medfee_sumamt', '45000.005');
  await page.click('#slip-submit');
  assert.match(await page.textContent('.error-summary'), new RegExp(ZH.errors.precision));
  assert.equal(await page.getAttribute('#slip-medfee_sumamt', 'aria-invalid'), 'true');
  assert.equal(await page.textContent('#slip-medfee_sumamt-error'), `${ZH.errorPrefix}${ZH.errors.precision}`);
  assert.equal(await page.$('#slip-comparison'), null);

  // The same figures as the estimate, typed as on the slip (two decimals, no grouping): all agree.
  for (const code of codes) await page.fill(`#slip-${code}`, formatFen(slip[code]).replace(/,/g, ''));
  await page.click('#slip-submit');
  rows = await slipShown(page, '#slip-compare-table');
  assert.deepEqual(rows.map((r) => [r.code, r.state, r.diff]), codes.map((code) => [code, 'agrees', 0]));
  assert.equal(await page.textContent('#slip-summary'), ZH.slip.compare.allAgree);
  assert.equal(await page.$$eval('.slip-reasons', (x) => x.length), 0);

  // The deductible already partly met (800.00 instead of 1,300.00) and the fund paying 0.01
  // more: both differ by exactly what was changed, each with its reasons.
  await page.fill('#slip-act_pay_dedc', '800');
  await page.fill('#slip-hifp_pay', '38,145.01');
  await page.click('#slip-submit');
  const check = async (text) => {
    rows = await slipShown(page, '#slip-compare-table');
    const differ = rows.filter((r) => r.state === 'differs');
    assert.deepEqual(differ.map((r) => [r.code, r.diff]), [['act_pay_dedc', 80000 - slip.act_pay_dedc], ['hifp_pay', 1]]);
    assert.ok(rows.filter((r) => r.state !== 'differs').every((r) => r.state === 'agrees' && r.diff === 0));
    const dedc = rows.find((r) => r.code === 'act_pay_dedc');
    assert.equal(dedc.cells[2], `${text.slip.compare.differs}${text.slip.compare.sep}${text.slip.compare.less('500.00')}`);
    assert.equal(rows.find((r) => r.code === 'hifp_pay').cells[2],
      `${text.slip.compare.differs}${text.slip.compare.sep}${text.slip.compare.more('0.01')}`);
    assert.equal(await page.textContent('#slip-summary'), text.slip.compare.someDiffer(2));
    const reasons = await page.$$eval('.slip-reasons', (x) => x.map((d) => ({
      code: d.dataset.code, title: d.querySelector('.label').textContent, items: [...d.querySelectorAll('li')].map((li) => li.textContent),
    })));
    assert.deepEqual(reasons, ['act_pay_dedc', 'hifp_pay'].map((code) => ({
      code, title: text.slip.compare.reasonsTitle(text.slip.names[code]), items: text.slip.reasons[code],
    })));
  };
  await check(ZH);
  // Said as likely, not certain.
  assert.match(ZH.slip.compare.reasonsTitle('x'), /可能的原因/);
  await shot(page, 'slip-compare-zh.png');
  assert.deepEqual(await runAxe(page, ['color-contrast', 'label']), [], 'axe on the zh-CN slip comparison');

  // Kept on this device only: under medins.estimate.slip.*, as typed, and restored on reload.
  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.startsWith('medins.estimate.slip.')).map((k) => [k, JSON.parse(localStorage.getItem(k))])));
  assert.equal(stored['medins.estimate.slip.act_pay_dedc'], '800');
  assert.equal(stored['medins.estimate.slip.hifp_pay'], '38,145.01');
  assert.equal(Object.keys(stored).length, codes.length);
  await page.reload();
  await waitReady(page);
  await waitScreen(page, 'slip');
  assert.equal(await page.inputValue('#slip-act_pay_dedc'), '800');
  assert.equal(await page.inputValue('#slip-hifp_pay'), '38,145.01');
  await check(ZH);

  // English: the same comparison in the other language's words.
  await page.click('#lang-en');
  await check(EN);
  assert.equal(await page.textContent('h1'), EN.slip.compare.title);
  await shot(page, 'slip-compare-en.png');
  assert.deepEqual(await runAxe(page, ['color-contrast', 'label']), [], 'axe on the English slip comparison');
  await page.click('.back-link');
  await waitScreen(page, 'result');
  rows = await slipShown(page, '#slip-table');
  assert.deepEqual(rows.map((r) => [r.code, r.fen, r.name]), codes.map((code) => [code, slip[code], EN.slip.names[code]]));
  assert.deepEqual(await runAxe(page), [], 'axe on the English result with the slip section');

  // Nothing typed is in the address; nothing went beyond the origin.
  const address = new URL(page.url());
  assert.deepEqual([address.search, address.hash], ['', '#/result']);
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  assert.deepEqual(problems, []);
});

test('390 px, large text, English: the “who pays” table fits the phone', async (t) => {
  const { page, problems } = await openEstimate(t, { viewport: { width: 390, height: 844 } });
  await page.click('#large-text');
  await page.click('#lang-en');
  for (const [name, c] of Object.entries({ beijing: BEIJING, yuncheng: YUNCHENG })) {
    await page.goto(`${env.baseUrl}estimate/`);
    await waitReady(page);
    await page.click('#estimate-clear');
    await enterCase(page, c.request);
    const fit = await page.evaluate(() => {
      const table = document.getElementById('who-pays');
      const box = table.parentElement;
      return {
        table: table.getBoundingClientRect().right, box: box.getBoundingClientRect().right,
        scroll: box.scrollWidth, client: box.clientWidth, page: document.scrollingElement.scrollWidth,
      };
    });
    assert.ok(fit.table <= fit.box + 0.5, `the table ends at ${fit.table} px, its section at ${fit.box} px`);
    assert.ok(fit.scroll <= fit.client, `the section scrolls sideways: ${fit.scroll} > ${fit.client}`);
    assert.ok(fit.page <= 390, `the page scrolls sideways: ${fit.page} px`);
    await page.locator('#who-pays').screenshot({ path: path.join(screenshotDir, `estimate-who-pays-390-en-large-${name}.png`) });
  }
  assert.deepEqual(problems, []);
});

// A first visit (nothing kept, nothing to bring over) draws the empty form without waiting for
// the core: ready while the module is held, as on a slow line, and nothing says "loading". The
// focus in the place box asks for it; a place typed meanwhile says the search is getting ready,
// and is searched when the core comes; the form is not drawn again under the person.
test('a first visit shows the form before the core; a place typed meanwhile is searched when it comes', async (t) => {
  const { page, problems, release } = await openWithCoreHeld(env, t, 'estimate/', { locale: 'zh-CN' });
  assert.equal(await page.textContent('#screen h1'), ZH.form.title);
  assert.equal(await page.isHidden('#status'), true);
  assert.equal(await page.isChecked('input[name="billMode"][value="lines"]'), true, 'the bill is typed line by line unless the person says otherwise');
  const form = await page.$('#screen form');
  await page.click('#insured-input');
  await page.keyboard.type('北京');
  await page.waitForFunction(() => document.getElementById('insured-status').textContent !== '');
  const waiting = await page.textContent('#insured-status');
  assert.equal(waiting, REGION_PICKER_TEXT['zh-CN'].regionWaiting);
  await release();
  await page.waitForSelector('#insured-listbox [role="option"]');
  assert.notEqual(await page.textContent('#insured-status'), waiting, 'the list replaces the waiting words');
  assert.ok(await form.evaluate((f) => f.isConnected), 'the same form: not drawn again when the core came');
  assert.equal(await page.inputValue('#insured-input'), '北京');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'insured-input');
  assert.deepEqual(problems, []);
});

// Sent before the core has come, the form waits for it, and the status line says so; then the
// form's own problems are listed, as after any submit.
test('a first visit\'s form sent before the core waits for it, saying it is loading', async (t) => {
  const { page, problems, release } = await openWithCoreHeld(env, t, 'estimate/', { locale: 'en-US' });
  await page.click('#estimate-submit');
  await page.waitForSelector('#status', { state: 'visible' });
  assert.equal((await page.textContent('#status')).trim(), SHELL_TEXT.en.loading);
  assert.equal(await page.$('.error-summary'), null, 'nothing is checked before the core');
  await release();
  await page.waitForSelector('.error-summary');
  assert.equal(await page.isHidden('#status'), true);
  const summary = await page.textContent('.error-summary');
  assert.ok(summary.includes(EN.errors.chooseOne) && summary.includes(EN.errors.chooseRegion), summary);
  assert.deepEqual(problems, []);
});

// Another screen asked for before the core has come waits behind the status line, and is drawn
// as a navigation when it comes: its heading takes the focus.
test('a first visit\'s other screen asked for before the core waits for it, then takes the focus', async (t) => {
  const { page, problems, release } = await openWithCoreHeld(env, t, 'estimate/', { locale: 'zh-CN' });
  await page.evaluate(() => {
    location.hash = '#/places';
  });
  await page.waitForSelector('#status', { state: 'visible' });
  assert.equal(await page.getAttribute('#screen', 'data-screen'), 'form', 'the form stays until the core comes');
  await release();
  await page.waitForFunction(() => document.getElementById('screen').dataset.screen === 'places');
  assert.equal(await page.isHidden('#status'), true);
  await page.waitForFunction(() => document.activeElement?.id === 'places-title');
  assert.equal(await page.textContent('#places-title'), ZH.places.title);
  assert.deepEqual(problems, []);
});
