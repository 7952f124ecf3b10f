// The estimate page with a ranged answer (docs/estimate.md, "Ranged answers"): the Beijing
// employee policy states no cut for unfiled care, so a bill without filing is answered as a range
// with its assumption in plain words. At 390 px in zh-CN with large text and in English: the
// range line and the assumption match the core; no pointer, file or code is in any text a
// person reads; typing the cut from a notice narrows the range to one answer inside it.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/estimate-range.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { formatFen } from '../../web/components/money/money.js';
import { ESTIMATE_TEXT } from '../../web/estimate/text.js';
import { openPart, repoRoot, shot, useSiteAndBrowser } from './harness.mjs';
import { askCore, waitScreen } from './flow-steps.mjs';
import { enterCase, grouped } from './estimate-steps.mjs';

const env = useSiteAndBrowser();
const BEIJING = JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'shipped', 'estimate', 'beijing-tier3-working-crosses-two-bands.json'), 'utf8'));
// The same bill, not filed.
const REQUEST = { ...BEIJING.request, filing: { category: 'none' } };
const FORBIDDEN = ['/versions/', '.json', '_fen', 'estimate.', 'policies/'];

for (const [lang, large] of [['zh-CN', true], ['en', false]]) {
  test(`${lang}${large ? ', large text' : ''}, 390 px: a bill without filing is a range with its assumption; typing the cut narrows it`, async (t) => {
    const { page, problems } = await openPart(env, t, 'estimate', { viewport: { width: 390, height: 844 } });
    const text = ESTIMATE_TEXT[lang];
    if (lang === 'en') await page.click('#lang-en');
    if (large) await page.click('#large-text');
    await enterCase(page, REQUEST, { typeAmount: grouped });
    await waitScreen(page, 'result');
    const core = await askCore(page, 'estimate', REQUEST);
    assert.equal(core.ok, true);
    const person = core.result.range.person_pays_fen;
    assert.ok(person.min < person.max);

    const line = page.locator('#range-person');
    assert.equal(await line.textContent(), text.range.person(formatFen(person.min), formatFen(person.max)));
    if (lang === 'zh-CN') assert.match(await line.textContent(), /估计在 .* 元到 .* 元之间/);
    else assert.match(await line.textContent(), /between .* and .* yuan/);
    const items = await page.$$eval('#range-assumptions li', (li) => li.map((x) => ({ id: x.dataset.figureId, text: x.querySelector('p').textContent })));
    assert.deepEqual(items.map((i) => i.id), core.result.assumptions.map((a) => a.figure));
    assert.match(items[0].text, lang === 'zh-CN' ? /10 个百分点 到 20 个百分点/ : /10 points to 20 points/);
    const body = await page.textContent('main');
    for (const bad of FORBIDDEN) assert.ok(!body.includes(bad), `${bad} shown: ${body}`);
    await shot(page, `estimate-range-390-${lang}${large ? '-large' : ''}.png`);

    // The figure from the notice: one answer, inside the range.
    await page.click('#range-assumptions [data-figure]');
    await waitScreen(page, 'figure');
    await page.fill('#figure-points', '15');
    await page.click('#figure-submit');
    await waitScreen(page, 'result');
    const fen = Number(await page.getAttribute('#result-sentence', 'data-person-fen'));
    assert.ok(person.min <= fen && fen <= person.max, `${fen} not in ${person.min}..${person.max}`);
    assert.equal(fen, 1341000);  // 45,000 − (28,700 × 70% + 10,000 × 75% + 5,000 × 80%)
    await shot(page, `estimate-range-narrowed-390-${lang}${large ? '-large' : ''}.png`);
    assert.deepEqual(problems, []);
  });
}
