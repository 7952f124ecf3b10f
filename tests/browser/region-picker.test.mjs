// Browser tests for the region pickers and the insured/treatment relation, against the built
// site. Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/region-picker.test.mjs
// Screenshots go to MEDINS_SCREENSHOT_DIR (default build/screenshots).
import assert from 'node:assert/strict';
import { runAxe as axeRun } from './axe.mjs';
import { test } from 'node:test';
import { TEXT } from '../../web/home/text.js';
import { openPage, shot, useSiteAndBrowser, waitReady } from './harness.mjs';


const env = useSiteAndBrowser();
const runAxe = (page, mustPass = ['aria-valid-attr-value', 'color-contrast']) => axeRun(page, mustPass);
const zh = TEXT['zh-CN'];

const BEIJING_CHAOYANG = '北京市 › 朝阳区';
const SHANGHAI_PUDONG = '上海市 › 浦东新区';

const optionTexts = (page, role) => page.$$eval(`#${role}-listbox [role="option"]`,
  (options) => options.map((o) => o.textContent));

// Typing key by key, as people do (fill() would skip the key events the picker listens to).
async function typeInto(page, role, text) {
  await page.click(`#${role}-input`);
  await page.keyboard.type(text);
  await waitForOptions(page, role);
}

// Waits for the list to answer what is in the box now, not a search a frame behind the keys.
async function waitForOptions(page, role) {
  await page.waitForFunction((r) => {
    const input = document.getElementById(`${r}-input`);
    const listbox = document.getElementById(`${r}-listbox`);
    return listbox.dataset.query === input.value;
  }, role);
  return page.waitForSelector(`#${role}-listbox:not([hidden]) [role="option"]`);
}

async function combobox(page, role) {
  return page.$eval(`#${role}-input`, (input) => ({
    role: input.getAttribute('role'),
    expanded: input.getAttribute('aria-expanded'),
    controls: input.getAttribute('aria-controls'),
    autocomplete: input.getAttribute('aria-autocomplete'),
    activedescendant: input.getAttribute('aria-activedescendant'),
    listboxHidden: document.getElementById(input.getAttribute('aria-controls'))?.hidden,
    value: input.value,
    focused: document.activeElement === input,
  }));
}

// The highlighted option as the page marks it: aria-selected, and its text.
function highlighted(page, role) {
  return page.$$eval(`#${role}-listbox [role="option"][aria-selected="true"]`,
    (options) => options.map((o) => ({ id: o.id, text: o.textContent })));
}

async function pick(page, role, query, fullName) {
  await typeInto(page, role, query);
  await page.click(`#${role}-listbox [role="option"] >> text="${fullName}"`);
  assert.equal(await page.inputValue(`#${role}-input`), fullName);
}

function askCore(page, op, request) {
  return page.evaluate(async ([o, req]) => {
    const { default: createMedins } = await import('./medins.js');
    const m = await createMedins();
    return JSON.parse(m.handle(o, JSON.stringify(req)));
  }, [op, request]);
}

test('typing initials lists full paths; arrow keys and Enter choose, with the ARIA to match', async (t) => {
  const { page, problems } = await openPage(env, t);
  const before = await combobox(page, 'insured');
  assert.deepEqual(before, {
    role: 'combobox', expanded: 'false', controls: 'insured-listbox', autocomplete: 'list',
    activedescendant: null, listboxHidden: true, value: '', focused: false,
  });
  assert.equal(await page.getAttribute('#insured-listbox', 'role'), 'listbox');
  assert.ok(await page.getAttribute('#insured-listbox', 'aria-labelledby'));

  await typeInto(page, 'insured', 'bjcy');
  const options = await optionTexts(page, 'insured');
  assert.equal(options[0], BEIJING_CHAOYANG);
  let state = await combobox(page, 'insured');
  assert.equal(state.expanded, 'true');
  assert.equal(state.listboxHidden, false);
  assert.equal(state.activedescendant, null, 'typing alone highlights nothing');
  assert.equal(await page.textContent('#insured-status'),
    zh.regionResults(options.length, options.length >= 10));
  assert.equal(await page.getAttribute('#insured-status', 'role'), 'status');

  await page.keyboard.press('ArrowDown');
  state = await combobox(page, 'insured');
  const first = await highlighted(page, 'insured');
  assert.equal(first.length, 1);
  assert.equal(first[0].text, BEIJING_CHAOYANG);
  assert.equal(state.activedescendant, first[0].id, 'aria-activedescendant names the highlighted option');
  assert.equal(state.focused, true, 'DOM focus stays in the text box');
  await shot(page, 'region-picker-open-zh.png');

  if (options.length > 1) {
    await page.keyboard.press('ArrowDown');
    assert.equal((await highlighted(page, 'insured'))[0].text, options[1]);
    assert.equal((await combobox(page, 'insured')).activedescendant, (await highlighted(page, 'insured'))[0].id);
    await page.keyboard.press('ArrowUp');
  }
  // Up from the first option wraps to the last, Down from the last back to the first (APG).
  await page.keyboard.press('ArrowUp');
  assert.equal((await highlighted(page, 'insured'))[0].text, options.at(-1));
  await page.keyboard.press('ArrowDown');
  assert.equal((await highlighted(page, 'insured'))[0].text, BEIJING_CHAOYANG);

  await page.keyboard.press('Enter');
  state = await combobox(page, 'insured');
  assert.equal(state.value, BEIJING_CHAOYANG);
  assert.equal(state.expanded, 'false');
  assert.equal(state.listboxHidden, true);
  assert.equal(state.activedescendant, null);
  assert.equal(await page.textContent('#insured-status'), zh.regionChosen(BEIJING_CHAOYANG));
  assert.equal(await page.evaluate(() => localStorage.getItem('medins.insured_region')), '110105');
  assert.deepEqual(problems, []);
});

test('full pinyin of a polyphone finds the city first', async (t) => {
  const { page, problems } = await openPage(env, t);
  await typeInto(page, 'treatment', 'changsha');
  assert.equal((await optionTexts(page, 'treatment'))[0], '湖南省 › 长沙市');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await typeInto(page, 'treatment', 'bei jing');
  assert.equal((await optionTexts(page, 'treatment'))[0], '北京市');
  assert.deepEqual(problems, []);
});

test('Escape closes the list, then clears; Home, End and arrows hand focus back to the text', async (t) => {
  const { page, problems } = await openPage(env, t);
  await typeInto(page, 'insured', '朝阳');
  await page.keyboard.press('ArrowDown');
  assert.ok((await combobox(page, 'insured')).activedescendant);

  await page.keyboard.press('Home');
  let state = await combobox(page, 'insured');
  assert.equal(state.activedescendant, null);
  assert.equal(state.expanded, 'true', 'Home edits the text; the list stays open');
  assert.equal(await page.$eval('#insured-input', (i) => i.selectionStart), 0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  assert.equal((await combobox(page, 'insured')).activedescendant, null);
  assert.equal(await page.$eval('#insured-input', (i) => i.selectionStart), '朝阳'.length);
  assert.deepEqual(await highlighted(page, 'insured'), []);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  state = await combobox(page, 'insured');
  assert.equal(state.expanded, 'false');
  assert.equal(state.listboxHidden, true);
  assert.equal(state.activedescendant, null);
  assert.equal(state.value, '朝阳', 'the first Escape keeps what was typed');

  // Closed: Down opens the list again on the first option, Up on the last.
  await page.keyboard.press('ArrowDown');
  state = await combobox(page, 'insured');
  assert.equal(state.expanded, 'true');
  assert.equal(state.activedescendant, (await highlighted(page, 'insured'))[0].id);
  const options = await optionTexts(page, 'insured');
  assert.equal((await highlighted(page, 'insured'))[0].text, options[0]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowUp');
  assert.equal((await highlighted(page, 'insured'))[0].text, options.at(-1));

  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  assert.equal((await combobox(page, 'insured')).value, '', 'Escape on a closed list clears the box');

  // Leaving the box closes the list without choosing.
  await typeInto(page, 'insured', '朝阳');
  await page.keyboard.press('Tab');
  state = await combobox(page, 'insured');
  assert.equal(state.expanded, 'false');
  assert.equal(await page.evaluate(() => localStorage.getItem('medins.insured_region')), null);
  assert.deepEqual(problems, []);
});

test('two places give the relation in plain words; reload restores them; English follows', async (t) => {
  const { page, problems } = await openPage(env, t);
  // Mouse for one, keyboard for the other.
  await pick(page, 'insured', 'bjcy', BEIJING_CHAOYANG);
  assert.equal(await page.isHidden('#relation-result'), true, 'no answer with one place only');
  await typeInto(page, 'treatment', 'pudong');
  const pudongIndex = (await optionTexts(page, 'treatment')).indexOf(SHANGHAI_PUDONG);
  assert.ok(pudongIndex >= 0, 'pudong lists 上海市 › 浦东新区');
  for (let i = 0; i <= pudongIndex; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  const expected = await askCore(page, 'region.relation', { insured: '110105', treatment: '310115' });
  assert.equal(expected.ok, true);
  assert.equal(expected.result.relation, 'cross_province');
  await page.waitForSelector('#relation-result:not([hidden])');
  let text = await page.textContent('#relation-result');
  assert.match(text, /跨省异地就医/);
  assert.ok(text.includes(zh.relation.cross_province.text));
  assert.ok(text.includes(BEIJING_CHAOYANG) && text.includes(SHANGHAI_PUDONG));
  assert.equal(await page.evaluate(() => document.getElementById('relation-result').parentElement
    .getAttribute('aria-live')), 'polite');
  await shot(page, 'region-relation-zh.png');

  // The ID is checked too, to prove it is still kept out of storage next to the regions.
  await page.fill('#id-input', '11010519491231002X');
  await page.press('#id-input', 'Enter');
  await page.reload();
  await waitReady(page);
  assert.equal(await page.inputValue('#insured-input'), BEIJING_CHAOYANG);
  assert.equal(await page.inputValue('#treatment-input'), SHANGHAI_PUDONG);
  assert.equal(await page.inputValue('#id-input'), '');
  text = await page.textContent('#relation-result');
  assert.match(text, /跨省异地就医/);
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  assert.deepEqual(stored, { 'medins.insured_region': '110105', 'medins.treatment_region': '310115' });

  await page.click('#lang-en');
  text = await page.textContent('#relation-result');
  assert.ok(text.includes(TEXT.en.relation.cross_province.name));
  assert.ok(text.includes(TEXT.en.relation.cross_province.text));
  assert.doesNotMatch(text, /跨省|参保地/);
  assert.equal(await page.textContent('label[for="insured-input"]'), 'Where are you insured?');
  assert.equal(await page.textContent('label[for="treatment-input"]'), 'Where will you be treated?');
  // In English the chosen places are named in pinyin with the Chinese kept in brackets.
  assert.equal(await page.textContent('#insured-status'), TEXT.en.regionChosen('Chaoyang (朝阳区), Beijing'));
  assert.equal(await page.inputValue('#insured-input'), 'Chaoyang (朝阳区), Beijing');
  assert.equal(await page.inputValue('#treatment-input'), 'Pudong (浦东新区), Shanghai');
  assert.match(text, /Chaoyang \(朝阳区\), Beijing/);
  await shot(page, 'region-relation-en.png');

  // Within one province, and the same place twice: the other two verdicts.
  await page.click('#lang-zh');
  await page.click('#treatment-clear');
  assert.equal(await page.isHidden('#relation-result'), true);
  assert.equal(await page.evaluate(() => localStorage.getItem('medins.treatment_region')), null);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'treatment-input');
  await pick(page, 'treatment', 'bjcy', BEIJING_CHAOYANG);
  const same = await askCore(page, 'region.relation', { insured: '110105', treatment: '110105' });
  assert.equal(await page.getAttribute('#relation-result', 'data-relation'), same.result.relation);
  assert.ok((await page.textContent('#relation-result')).includes(zh.relation[same.result.relation].name));

  // Typing over a chosen place un-chooses it: the answer goes until a new place is picked.
  await page.click('#treatment-input');
  await page.keyboard.press('Backspace');
  assert.equal(await page.isHidden('#relation-result'), true);
  assert.equal(await page.evaluate(() => localStorage.getItem('medins.treatment_region')), null);
  assert.deepEqual(problems, []);
});

test('touch: tapping an option chooses it; options and boxes are at least 44 px tall', async (t) => {
  const { page, problems } = await openPage(env, t, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await page.tap('#insured-input');
  await page.keyboard.type('浦东');
  await waitForOptions(page, 'insured');
  const sizes = await page.$$eval('#insured-input, #insured-listbox [role="option"], #lang-zh',
    (nodes) => nodes.map((n) => n.getBoundingClientRect().height));
  for (const h of sizes) assert.ok(h >= 44, `a touch target is ${h}px tall`);
  await page.tap(`#insured-listbox [role="option"] >> text="${SHANGHAI_PUDONG}"`);
  assert.equal(await page.inputValue('#insured-input'), SHANGHAI_PUDONG);
  assert.equal((await combobox(page, 'insured')).expanded, 'false');
  const clear = await page.$eval('#insured-clear', (b) => b.getBoundingClientRect());
  assert.ok(clear.height >= 44 && clear.width >= 44, 'the clear button is a big target');
  assert.deepEqual(problems, []);
});

test('on a 360 px wide phone, long names and the answer fit without sideways scrolling', async (t) => {
  const { page, problems } = await openPage(env, t, { viewport: { width: 360, height: 740 } });
  const fits = async () => assert.ok(
    await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360, 'sideways scroll');
  // The longest names in the list: autonomous regions and prefectures.
  await typeInto(page, 'insured', '伊犁');
  await fits();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await pick(page, 'insured', 'bjcy', BEIJING_CHAOYANG);
  await pick(page, 'treatment', 'pudong', SHANGHAI_PUDONG);
  await fits();
  await page.click('#lang-en');
  await fits();
  assert.deepEqual(problems, []);
});

test('axe-core finds no violations with the list open or with an answer shown', async (t) => {
  const { page, problems } = await openPage(env, t);
  await typeInto(page, 'insured', 'bjcy');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await runAxe(page), [], 'list open');
  await page.keyboard.press('Enter');
  await pick(page, 'treatment', 'pudong', SHANGHAI_PUDONG);
  await page.waitForSelector('#relation-result:not([hidden])');
  assert.deepEqual(await runAxe(page), [], 'answer shown (zh-CN)');
  await page.click('#lang-en');
  assert.deepEqual(await runAxe(page), [], 'answer shown (en)');
  assert.deepEqual(problems, []);
});

test('fast typing is never lost: the list shows results for the whole text', async (t) => {
  const { page, problems } = await openPage(env, t);
  await page.click('#treatment-input');
  // No delay between keys: several input events may land in one frame; one search covers them.
  await page.keyboard.type('xiamen', { delay: 0 });
  await page.waitForFunction(() => document.querySelector('#treatment-listbox [role="option"]')
    ?.textContent === '福建省 › 厦门市');
  assert.equal(await page.inputValue('#treatment-input'), 'xiamen');
  assert.deepEqual(problems, []);
});

test('a search text the core refuses shows the core message, in the chosen language', async (t) => {
  const { page, problems } = await openPage(env, t);
  const long = 'a'.repeat(60);
  const expected = await askCore(page, 'region.search', { query: long });
  assert.equal(expected.ok, false);
  const refusal = expected.errors.find((e) => e.path === '/query');
  assert.ok(refusal, 'the core refuses an over-long search text');
  await page.click('#insured-input');
  await page.keyboard.type(long, { delay: 0 });
  await page.waitForFunction((text) => document.getElementById('insured-status').textContent === text,
    refusal.message['zh-CN']);
  assert.equal((await combobox(page, 'insured')).expanded, 'false');
  await page.click('#lang-en');
  assert.equal(await page.textContent('#insured-status'), refusal.message.en);
  assert.deepEqual(problems, []);
});
