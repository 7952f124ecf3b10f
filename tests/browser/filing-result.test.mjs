// The filing result on a phone (web/filing/result.js): what to do now first (the category, where
// to file, the papers), the rest folded away, so a person on a 390 px phone with large text sees
// the category and where to file on the first screen; and the result stays the result, in the
// other language, when the language is changed on it.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/filing-result.test.mjs
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { TEXT as FILING_TEXT } from '../../web/filing/text.js';
import { localDay, waitScreen } from './flow-steps.mjs';
import { openPage, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();
const PHONE = { width: 390, height: 844 };

const ymd = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: String(year), month: String(month), day: String(day) };
};

// A working person moving to 上海 徐汇 with a residence permit there: a long-term filing.
async function storeAnswers(page, start) {
  await page.evaluate(([s]) => {
    const answers = {
      scheme: 'employee', employment: 'working', insured: '110105', destination: '310104', purpose: 'live',
      household: 'no', permit: 'yes', since: { year: '2026', month: '3', day: '1' },
      start_date: s, name: '张三', mobile: '13800138000', address: '上海市徐汇区漕溪北路1号', reason: '',
    };
    for (const [k, v] of Object.entries(answers)) localStorage.setItem(`medins.filing.${k}`, JSON.stringify(v));
    sessionStorage.setItem('medins.filing.id', JSON.stringify('11010519491231002X'));
  }, [start]);
}

// Where the category, the first channel and the papers start, and how tall the page is.
function measure(page) {
  return page.evaluate(() => {
    const top = (sel) => {
      const node = document.querySelector(sel);
      return node ? node.getBoundingClientRect().top + window.scrollY : null;
    };
    return {
      category: top('#result-category .panel-title'),
      channel: top('#result-channels .channel h3'),
      materials: top('#result-materials .checklist-item'),
      height: document.scrollingElement.scrollHeight,
    };
  });
}

test('390 px, large text: the category and where to file are on the first screen, the rest folded', async (t) => {
  const { page, problems } = await openPage(env, t, { viewport: PHONE });
  await page.click('#large-text');
  const start = await localDay(page, 7);
  await storeAnswers(page, ymd(start));
  const measured = {};
  for (const lang of ['zh-CN', 'en']) {
    await page.goto(`${env.baseUrl}filing/#/result`);
    await waitReady(page);
    await page.click(lang === 'en' ? '#lang-en' : '#lang-zh');
    await waitScreen(page, 'result');
    const m = await measure(page);
    measured[lang] = m;
    const tag = lang === 'en' ? 'en' : 'zh';
    console.log(`filing result at 390 px, large text, ${lang}: ${JSON.stringify(m)}`);
    await shot(page, `filing-result-390-large-${tag}.png`);
    // The whole page in phone-sized pieces, the first one being what a person sees first.
    for (let y = 0, i = 1; y < m.height; y += PHONE.height, i += 1) {
      await page.screenshot({ path: path.join(screenshotDir, `filing-result-390-large-${tag}-${i}.png`), fullPage: true,
        clip: { x: 0, y, width: PHONE.width, height: Math.min(PHONE.height, m.height - y) } });
    }
  }
  // On paper nothing is folded: the printout is the whole summary.
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['#result-validity .validity-dates', '#result-why .panel-definition', '#result-without li', '#result-channels .channel-steps li']) {
    assert.equal(await page.isVisible(sel), true, `${sel} is printed`);
  }
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.isVisible('#result-validity .validity-dates'), false, 'folded on screen');
  await page.click('#result-validity > summary');
  assert.equal(await page.isVisible('#result-validity .validity-dates'), true, 'a tap unfolds it');

  // Before the fold this result was 13,995 px tall in Chinese and 22,047 px in English (large
  // text, 390 px); the folded parts are a tap away.
  const BEFORE = { 'zh-CN': 13995, en: 22047 };
  for (const [lang, m] of Object.entries(measured)) {
    assert.ok(m.category !== null && m.category < PHONE.height, `${lang}: the category starts at ${m.category} px`);
    // At least the first line of the first channel's name is on the first screen.
    assert.ok(m.channel !== null && m.channel + 48 < PHONE.height, `${lang}: the first channel starts at ${m.channel} px`);
    assert.ok(m.height < BEFORE[lang] / 2, `${lang}: the result is ${m.height} px tall`);
  }
  assert.deepEqual(problems, []);
});

test('changing the language on the result keeps the result, in the other language', async (t) => {
  const { page, problems } = await openPage(env, t, { viewport: PHONE });
  const start = await localDay(page, 7);
  await storeAnswers(page, ymd(start));
  await page.goto(`${env.baseUrl}filing/#/result`);
  await waitReady(page);
  await page.click('#lang-zh');
  await waitScreen(page, 'result');
  // The category the core decides for the stored answers, asked the way the page asks it.
  const plan = await page.evaluate(async (asOf) => {
    const { default: createMedins } = await import('/medins.js');
    const { planRequest } = await import('/components/saved-case/filing-requests.js');
    const { filingAnswers } = await import('/components/saved-case/stores.js');
    const m = await createMedins();
    return JSON.parse(m.handle('filing.plan', JSON.stringify(planRequest(filingAnswers(), asOf))));
  }, await localDay(page));
  assert.ok(plan.ok, JSON.stringify(plan.errors));
  for (const lang of ['en', 'zh-CN', 'en']) {
    await page.click(lang === 'en' ? '#lang-en' : '#lang-zh');
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(await page.getAttribute('#screen', 'data-screen'), 'result', `still the result in ${lang}`);
    assert.ok(page.url().endsWith('#/result'), page.url());
    // The category is the screen's heading, in the language chosen.
    assert.equal(await page.textContent('#screen h1'), FILING_TEXT[lang].result.youAre(plan.result.category.name[lang]));
  }
  assert.deepEqual(problems, []);
});
