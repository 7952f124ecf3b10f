// How sure the data is, said the same way on every page (web/components/confidence): the three
// levels of the data and nothing else (high: 已在官方来源中确认, medium: 二手资料, low: 未经证实),
// once per statement (a low statement's mark is not repeated, nor contradicted, in the summary of
// its sources), and never on a question. Checked on the eligibility answer (a 2024 chronic disease,
// the institution not known: unconfirmed reasons and checks to make), the filing plan and the
// estimate, in both languages, and on a 390 px phone.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/confidence.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { enterCase } from './estimate-steps.mjs';
import { localDay, waitScreen } from './flow-steps.mjs';
import { openPage, repoRoot, shot, useSiteAndBrowser, waitReady } from './harness.mjs';

const env = useSiteAndBrowser();
const ESTIMATE = JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'shipped', 'estimate', 'beijing-tier3-working-crosses-two-bands.json'), 'utf8'));

// The vocabulary, as the issue and the data define it.
const LEVELS = {
  'zh-CN': { high: '已在官方来源中确认', medium: '二手资料', low: '未经证实', mark: '【未经证实】' },
  en: { high: 'Confirmed in an official source', medium: 'Second-hand source', low: 'Unconfirmed', mark: '【Unconfirmed】' },
};
// Words pages and data used before, each its own: none may be shown, the data's texts included
// (a disease group's name, a reason, a question of "why did it fail?").
const RETIRED = ['未确认', '未核实', '依据可靠', '依据待核实', '可信度', 'well sourced', 'Well sourced',
  'Source to be verified', 'sources to be checked', 'Confidence:', 'unverified', 'Unverified'];

const ymd = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: String(year), month: String(month), day: String(day) };
};

async function store(page, prefix, answers, session = {}) {
  await page.evaluate(([p, a, s]) => {
    for (const [k, v] of Object.entries(a)) localStorage.setItem(`medins.${p}.${k}`, JSON.stringify(v));
    for (const [k, v] of Object.entries(s)) sessionStorage.setItem(`medins.${p}.${k}`, JSON.stringify(v));
  }, [prefix, answers, session]);
}

// What the page shows about confidence, read from the DOM.
function read(page, words) {
  return page.evaluate(({ words: w }) => {
    const levels = [w.high, w.medium, w.low];
    const count = (text) => levels.reduce((n, l) => n + text.split(l).length - 1, 0);
    const pairs = [];
    for (const details of document.querySelectorAll('details.sources')) {
      const statement = details.previousElementSibling;
      if (!statement || !/^(P|LABEL|H1|H3)$/.test(statement.tagName) || statement.classList.contains('steps-note')) continue;
      const summary = details.querySelector('summary').textContent;
      pairs.push({ statement: statement.textContent, summary, levels: count(statement.textContent) + count(summary) });
    }
    const questions = [...document.querySelectorAll('.check-question, .why-screen form h1')].map((q) => q.textContent);
    return {
      text: document.body.textContent,
      marks: [...document.querySelectorAll('.mark-unconfirmed')].map((m) => m.textContent),
      pairs,
      questions: questions.filter((q) => count(q) > 0),
    };
  }, { words });
}

function checkScreen(shown, lang, where) {
  const w = LEVELS[lang];
  for (const word of RETIRED) assert.ok(!shown.text.includes(word), `${where} (${lang}) still says “${word}”`);
  assert.deepEqual([...new Set(shown.marks)].filter((m) => m !== w.mark), [], `${where}: every mark is ${w.mark}`);
  for (const p of shown.pairs) {
    assert.ok(p.levels <= 1, `${where} (${lang}): a statement says its level more than once: “${p.statement}” / “${p.summary}”`);
  }
  assert.deepEqual(shown.questions, [], `${where} (${lang}): a question carries a confidence`);
}

async function walk(page, url, where, screen, prepare) {
  for (const lang of ['zh-CN', 'en']) {
    // The language is chosen first (it is kept), then the saved answers open the result.
    await page.goto(env.baseUrl);
    await waitReady(page);
    await page.click(lang === 'en' ? '#lang-en' : '#lang-zh');
    await prepare();
    await page.goto(url);
    await waitReady(page);
    await waitScreen(page, screen);
    assert.ok(page.url().endsWith('#/result'), `${where}: the result, not ${page.url()}`);
    const shown = await read(page, LEVELS[lang]);
    checkScreen(shown, lang, where);
    // Folded sources show their disclosure triangle, or people do not see that they open: a
    // summary keeps display: list-item (a flex summary loses its marker).
    const summaries = await page.$$eval('details.sources > summary', (n) => n.map((x) => getComputedStyle(x).display));
    assert.ok(summaries.length > 0, `${where}: folded sources`);
    assert.deepEqual([...new Set(summaries)], ['list-item'], `${where}: every sources summary shows its marker`);
    await shot(page, `confidence-${where}-${lang === 'en' ? 'en' : 'zh'}.png`);
    if (where === 'eligibility') {
      // The case has low statements and checks: the mark shows, and the checks are questions.
      assert.ok(shown.marks.length > 0, 'the unconfirmed reasons are marked');
      assert.ok(await page.locator('.check-question').count() > 0, 'there are checks to make');
    }
  }
}

test('one confidence vocabulary, once per statement, never on a question: eligibility, filing, estimate', async (t) => {
  const { page, problems } = await openPage(env, t, { viewport: { width: 390, height: 844 } });
  // The filing starts next week: a fixed date would fall into the past and the result page
  // would send the person to the check screen instead.
  const [visitOn, filedOn, startOn] = [await localDay(page, -1), await localDay(page, -30), await localDay(page, 7)];
  await walk(page, `${env.baseUrl}eligibility/#/result`, 'eligibility', 'result', () => store(page, 'eligibility', {
    insured: '110105', treatment: '460200', visit: 'chronic_outpatient', visit_on: ymd(visitOn),
    designated: 'unknown', networked: 'unknown', filed: 'yes', category: 'other_temporary', filed_on: ymd(filedOn),
    voucher: 'unknown', paid: 'no',
  }, { disease: 'copd' })); // the disease is health data: kept for the tab only

  await walk(page, `${env.baseUrl}filing/#/result`, 'filing', 'result', () => store(page, 'filing', {
    scheme: 'employee', employment: 'working', insured: '110105', destination: '310104', purpose: 'live',
    household: 'no', permit: 'yes', since: { year: '2026', month: '3', day: '1' },
    start_date: ymd(startOn), name: '张三', mobile: '13800138000', address: '上海市徐汇区漕溪北路1号', reason: '',
  }, { id: '11010519491231002X' }));

  for (const lang of ['zh-CN', 'en']) {
    await page.goto(`${env.baseUrl}estimate/`);
    await waitReady(page);
    await page.click(lang === 'en' ? '#lang-en' : '#lang-zh');
    await enterCase(page, ESTIMATE.request);
    checkScreen(await read(page, LEVELS[lang]), lang, 'estimate');
    const policy = await page.textContent('#policy-used');
    assert.equal(['high', 'medium', 'low'].filter((l) => policy.includes(LEVELS[lang][l])).length, 1, `the policy's level, once: ${policy}`);
  }
  assert.deepEqual(problems, []);
});
