// Large-text mode (web/shell/large-text.js, styles/base.css html.large-text): switched on once, it is
// on for every page and after a reload; the type really is larger; its button speaks the page
// language; every page passes axe-core in it, in both languages, and fits a 360 px phone, where
// the header takes under a fifth of a 390×844 first screen.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/large-text.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runAxe } from './axe.mjs';
import { openPage, shot, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();
const PAGES = ['', 'filing/', 'eligibility/', 'estimate/', 'handover/', 'mydata/'];

const bodyPx = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

test('switched on once, large text holds on every page, in both languages, with no axe violation', async (t) => {
  const { page, problems } = await openPage(env, t);
  const normal = await bodyPx(page);
  assert.equal(await page.getAttribute('#large-text', 'aria-pressed'), 'false');
  assert.equal(await page.textContent('#large-text'), '大字');
  await page.click('#large-text');
  assert.equal(await page.getAttribute('#large-text', 'aria-pressed'), 'true');
  const large = await bodyPx(page);
  assert.ok(large >= normal * 1.25, `body ${normal}px → ${large}px`);

  await page.reload();
  await waitReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('large-text')), true, 'remembered');

  for (const lang of ['zh-CN', 'en']) {
    for (const where of PAGES) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${env.baseUrl}${where}`);
      await waitReady(page);
      await page.click(lang === 'en' ? '#lang-en' : '#lang-zh');
      assert.equal(await bodyPx(page), large, `${where || 'index'}: large type`);
      assert.equal(await page.textContent('#large-text'), lang === 'en' ? 'Large text' : '大字');
      assert.deepEqual(await runAxe(page), [], `axe, large text, ${lang}, ${where || 'index'}`);
      const name = `large-${(where || 'index/').replace('/', '')}-${lang === 'en' ? 'en' : 'zh'}`;
      await shot(page, `${name}.png`);
      await page.setViewportSize({ width: 360, height: 740 });
      assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360, `${where || 'index'}: sideways scroll at 360 px`);
      if (where === 'estimate/' || where === '') await shot(page, `${name}-phone.png`);
      // On a 390×844 phone the header leaves the first screen to the page: under a fifth of it,
      // and the page's heading (the question, on a flow page) starts on it.
      await page.setViewportSize({ width: 390, height: 844 });
      const { header, heading } = await page.evaluate(() => ({
        header: document.querySelector('header.top').getBoundingClientRect().height,
        heading: document.querySelector('main h1')?.getBoundingClientRect().top ?? 0,
      }));
      assert.ok(header < 844 * 0.2, `${where || 'index'} (${lang}): the header is ${Math.round(header)} px of 844 (${Math.round(header / 8.44)}%)`);
      assert.ok(heading < 844 * 0.5, `${where || 'index'} (${lang}): the heading starts at ${Math.round(heading)} px`);
      await shot(page, `${name}-390.png`);
    }
  }

  // Off again, everywhere.
  await page.click('#large-text');
  await page.goto(`${env.baseUrl}filing/`);
  await waitReady(page);
  assert.equal(await bodyPx(page), normal);
  assert.deepEqual(problems, []);
});

// An ID number typed in large text: all 18 characters show in the box on a phone (its end, where a
// wrong check digit sits, was scrolled out of sight), and still larger than in normal type. Typed
// with spaces, as the hint allows, it is wider: the type shrinks until it shows whole, in normal
// type on a 360 px phone too, and never below 18 px (web/components/fields/fit-to-box.js).
test('in large text, an 18-character ID number shows whole in its box on 360-414 px phones', async (t) => {
  const { page, problems } = await openPage(env, t);
  const idBox = async (selector) => page.$eval(selector, (input) => ({
    px: parseFloat(getComputedStyle(input).fontSize),
    overflow: input.scrollWidth - input.clientWidth,
  }));
  const ID = '11010519491231002X';
  const SPACED = ['110105 19491231 002X', '1101 0519 4912 3100 2X'];
  const BOXES = [['', '#id-input'], ['filing/#/id', '.input-id']];
  const normal = {};
  for (const [where, selector] of BOXES) {
    await page.goto(`${env.baseUrl}${where}`);
    await waitReady(page);
    await page.fill(selector, ID);
    normal[where] = (await idBox(selector)).px;
  }
  await page.setViewportSize({ width: 360, height: 800 });
  for (const [where, selector] of BOXES) {
    await page.goto(`${env.baseUrl}${where}`);
    await waitReady(page);
    for (const id of SPACED) {
      await page.fill(selector, id);
      const box = await idBox(selector);
      assert.ok(box.overflow <= 0, `${where || 'home'}, normal type, 360 px, "${id}": ${box.overflow} px out of sight`);
      assert.ok(box.px >= 18 && box.px < normal[where], `${where || 'home'}, "${id}": ${box.px}px`);
    }
    // Back to the 18 characters: the stylesheet's size again.
    await page.fill(selector, ID);
    assert.equal((await idBox(selector)).px, normal[where]);
  }
  await page.click('#large-text');
  for (const [where, selector] of BOXES) {
    for (const width of [360, 390, 414]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${env.baseUrl}${where}`);
      await waitReady(page);
      for (const id of SPACED) {
        await page.fill(selector, id);
        const box = await idBox(selector);
        assert.ok(box.overflow <= 0, `${where || 'home'} at ${width} px, "${id}": ${box.overflow} px out of sight`);
        assert.ok(box.px >= 18, `${where || 'home'} at ${width} px, "${id}": ${box.px}px`);
      }
      await page.fill(selector, ID);
      const box = await idBox(selector);
      assert.ok(box.overflow <= 0, `${where || 'home'} at ${width} px: ${box.overflow} px of the number out of sight`);
      assert.ok(box.px > normal[where], `${where || 'home'} at ${width} px: ${box.px}px, normal ${normal[where]}px`);
      if (width === 390) await shot(page, `large-id-${where ? 'filing' : 'index'}-390.png`);
    }
  }
  // Large text switched off and on with a spaced number in the box: it still shows whole.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(env.baseUrl);
  await waitReady(page);
  await page.fill('#id-input', SPACED[1]);
  for (const state of ['false', 'true']) {
    await page.click('#large-text');
    assert.equal(await page.getAttribute('#large-text', 'aria-pressed'), state);
    const box = await idBox('#id-input');
    assert.ok(box.overflow <= 0, `large text ${state}: ${box.overflow} px out of sight`);
  }
  await shot(page, 'large-id-spaced-index-390.png');
  assert.deepEqual(problems, []);
});
