// The steps every persona walk takes, by clicking and typing as the person would: home, then the
// parts that apply (filing, eligibility or "why did it not settle", estimate, summary card), and
// on every screen the checks a reviewer would make by eye (checkScreen). Personas are data
// (the other files here); everything that clicks is in this file, and the eligibility questions
// are answered in ONE function (answerEligibility), so a change to those questions is made once.
import assert from 'node:assert/strict';
import { runAxe } from '../axe.mjs';
import { fillDate, pickRegion as pickRegionByCode } from '../estimate-steps.mjs';
import { askCore, choose, localDay, next, pickRegion, waitScreen } from '../flow-steps.mjs';
import path from 'node:path';
import { screenshotDir, waitReady } from '../harness.mjs';

export const timing = { shots: 0, axe: 0 };

export const PHONE = { width: 360, height: 740 };

// What a person must never see: a JSON pointer, a file name, an error code or a field name.
const LEAKS = [
  [/\/versions\//, 'a JSON pointer'],
  [/\b[\w-]+\.json\b/, 'a file name'],
  [/\b(?:estimate|filing|eligibility|region|request|policy|institution|internal|date|id|why)\.[a-z]+_[a-z_]+/, 'an error code'],
  [/\w_fen\b/, 'a field name'],
];
const HAN = /\p{Script=Han}/u;

/**
 * English text with the allowed Chinese taken out: a bracket after a latin word ("Shenzhen
 * (深圳市)", "notice (医保发〔2022〕22号)"), a quoted example of what to type, and the names the person
 * typed. What is left must hold
 * no Han character: anything else is a Chinese-only label on the English page.
 */
export function chineseOnly(text, typed) {
  let rest = text;
  for (const t of typed) if (t) rest = rest.split(t).join(' ');
  rest = rest.replace(/([A-Za-z0-9.,'’)\]]\s*)[(（][^()（）]*[)）]/gu, '$1');
  // A quoted example of what to type ("for example “朝阳”") is Chinese on purpose.
  rest = rest.replace(/“[^”]*”/gu, ' ');
  return HAN.test(rest) ? rest.trim() : null;
}

/** The page's visible text nodes, without the language switcher (it names 中文 in Chinese). */
function visibleTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const host = n.parentElement;
      if (!host || !n.textContent.trim() || host.closest('#lang-zh, #lang-en, script, style, [hidden]')) continue;
      // Known gap, reported rather than hidden elsewhere: the filing data's source titles exist
      // in Chinese only (the documents' own titles) and are shown as such, folded away.
      if (host.closest('.sources-list')) continue;
      // A place name is Chinese-only on purpose where its reading is not certain (万荣县: 万 is
      // wàn or mò); the core's tests hold which names have pinyin.
      if (host.closest('.place[lang="zh-CN"], .place [lang="zh-CN"]')) continue;
      // An original Chinese title in brackets after its English one ("… article (北京…)").
      if (host.matches('[lang="zh-CN"]') && /\(\s*$/.test(host.previousSibling?.textContent ?? '')) continue;
      const box = host.getBoundingClientRect();
      const style = getComputedStyle(host);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
      // A visually hidden text (screen readers only) is read out: it counts.
      out.push(n.textContent.replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/** The checks made on every screen of every walk, and a screenshot for review. */
export function screenChecker(page, persona, lang) {
  const seen = [];
  const label = `${persona.id}-${lang === 'en' ? 'en' : 'zh'}`;
  const typed = persona.typed ?? [];
  return {
    seen,
    async check(part, screen, { axe = false } = {}) {
      const where = `${label} ${part}/${screen}`;
      seen.push(`${part}/${screen}`);
      const texts = await visibleTexts(page);
      const all = texts.join('\n');
      for (const [pattern, what] of LEAKS) assert.doesNotMatch(all, pattern, `${where}: ${what} is shown`);
      if (lang === 'en') {
        const bad = texts.map((t) => chineseOnly(t, typed)).filter(Boolean);
        assert.deepEqual(bad, [], `${where}: Chinese-only text on the English page`);
      }
      const { scroll, client, wide } = await page.evaluate(() => {
        const client = document.scrollingElement.clientWidth;
        // The innermost elements that reach past the screen's edge, to say what to fix.
        const wide = [...document.body.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().right > client + 0.5 && ![...e.children].some((c) => c.getBoundingClientRect().right > client + 0.5))
          .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}: ${e.textContent.slice(0, 40)}`);
        return { scroll: document.scrollingElement.scrollWidth, client, wide };
      });
      assert.ok(scroll <= client, `${where}: sideways scroll at ${PHONE.width} px (${scroll} > ${client}): ${wide.join(' | ')}`);
      const a0 = Date.now();
      if (axe) assert.deepEqual(await runAxe(page), [], `${where}: axe`);
      timing.axe += Date.now() - a0;
      // Question screens fit the phone's screen; answers are long, so those are taken whole.
      const t0 = Date.now();
      await page.screenshot({ path: path.join(screenshotDir, `persona-${label}-${part}-${screen}.png`), fullPage: axe });
      timing.shots += Date.now() - t0;
    },
  };
}

const screenOf = (page) => page.evaluate(() => document.getElementById('screen')?.dataset.screen ?? null);

/** Back to the home page by the site name in the header, as people do. */
export async function home(page) {
  await Promise.all([page.waitForURL(/\/(index\.html)?$/), page.click('.app-name a')]);
  await waitReady(page);
}

/** From the home page's task list into a part (its folder `dir`). */
export async function openTask(page, task, dir) {
  await Promise.all([page.waitForURL(`**/${dir}/`), page.click(`#task-${task} a`)]);
  await waitReady(page);
}

/**
 * Answers one question screen from `value`: a radio value, a region [query, Chinese full name],
 * a date 'YYYY-MM-DD' (or {days} from today) or a text. The screen's own inputs say which.
 */
async function answerScreen(page, step, value) {
  if (await page.$(`#screen input[name="${step}"][type="radio"]`)) return choose(page, step, value);
  if (await page.$(`#${step}-input[role="combobox"]`)) return pickRegion(page, step, value[0], value[1]);
  if (await page.$(`#${step}-year`)) {
    const iso = typeof value === 'object' ? await localDay(page, value.days) : value;
    const [y, m, d] = iso.split('-');
    await page.fill(`#${step}-year`, y);
    await page.fill(`#${step}-month`, String(Number(m)));
    await page.fill(`#${step}-day`, String(Number(d)));
    return next(page);
  }
  const box = await page.$('#screen form input:not([type="radio"]):not([type="checkbox"]), #screen form textarea');
  assert.ok(box, `no input for the screen "${step}"`);
  if (value) await box.fill(value);
  return next(page);
}

/**
 * Starts a flow by its start button. The hash changes with the click and the next screen is drawn
 * on the hashchange event, a task later: the walk waits for it rather than reading the start
 * screen again (a walk failed so on a busy machine).
 */
async function startFlow(page) {
  await page.click('#start-button');
  await page.waitForFunction(() => document.getElementById('screen')?.dataset.screen !== 'start', null, { timeout: 10000 });
}

/** Answers a flow's screens from `answers` (by screen id) up to its result screen. */
async function walkFlow(page, part, answers, submit, checker) {
  for (let guard = 0; guard < 40; guard++) {
    const screen = await screenOf(page);
    if (screen === 'result' || screen?.endsWith('-result')) {
      await checker.check(part, screen, { axe: true });
      return;
    }
    await checker.check(part, screen);
    if (screen === 'check') {
      await page.click(submit);
    } else {
      assert.ok(screen in answers, `${part}: the persona has no answer for the screen "${screen}"`);
      await answerScreen(page, screen, answers[screen]);
    }
    await page.waitForFunction((s) => {
      const now = document.getElementById('screen')?.dataset.screen;
      return now && now !== s;
    }, screen, { timeout: 10000 }).catch(async () => {
      const errors = await page.textContent('.error-summary').catch(() => null);
      assert.fail(`${part}: stuck on "${screen}"${errors ? `: ${errors}` : ''}`);
    });
  }
  assert.fail(`${part}: no result after 40 screens`);
}

export async function walkFiling(page, answers, checker) {
  await openTask(page, 'filing', 'filing');
  await waitScreen(page, 'start');
  await checker.check('filing', 'start', { axe: true });
  await startFlow(page);
  await walkFlow(page, 'filing', answers, '#screen .button', checker);
  return page.evaluate(() => ({
    category: document.getElementById('result-category')?.dataset.category,
    needed: document.querySelector('.panel-needed')?.dataset.filingNeeded,
    text: document.getElementById('screen').innerText,
  }));
}

/** The eligibility questions: the one place that knows how they are asked. */
export async function answerEligibility(page, answers, checker) {
  await startFlow(page);
  // Every persona has been treated (or is in hospital) unless its answers say it is planning.
  await walkFlow(page, 'eligibility', { stage: 'happened', ...answers }, '#check-submit', checker);
}

export async function walkEligibility(page, answers, checker) {
  await openTask(page, 'eligibility', 'eligibility');
  await waitScreen(page, 'start');
  await checker.check('eligibility', 'start');
  await answerEligibility(page, answers, checker);
  return page.evaluate(() => ({
    route: document.getElementById('route')?.dataset.route,
    text: document.getElementById('screen').innerText,
  }));
}

/** "Why did it not settle directly?": from the eligibility page, one question a screen. */
export async function walkWhyFailed(page, answers, checker) {
  await openTask(page, 'eligibility', 'eligibility');
  await page.click('#why-link');
  await waitScreen(page, 'why');
  await checker.check('why', 'why');
  await page.click('#why-start');
  // As in startFlow: the first question is drawn a task after the click.
  await page.waitForFunction(() => document.getElementById('screen')?.dataset.screen !== 'why', null, { timeout: 10000 });
  for (let guard = 0; guard < 20; guard++) {
    const screen = await screenOf(page);
    if (screen === 'why-result') break;
    await checker.check('why', screen);
    const id = screen.replace(/^why-/, '');
    assert.ok(id in answers, `why: the persona has no answer for "${id}"`);
    await page.check(`#screen input[name="${screen}"][value="${answers[id]}"]`);
    await page.click('#why-continue');
    await page.waitForFunction((s) => document.getElementById('screen')?.dataset.screen !== s, screen);
  }
  await checker.check('why', 'why-result', { axe: true });
  return page.evaluate(() => ({
    leaf: document.querySelector('.why-result')?.dataset.leaf,
    deadline: document.querySelector('.why-deadline .deadline-date')?.textContent ?? null,
    text: document.getElementById('screen').innerText,
  }));
}

/**
 * The estimate form, filled as the person would. Without `policy`, none is shipped for the
 * insured place: the form must say so. Returns the result (what was sent, the core's answer, the
 * sentence shown) or, when the page asks for a policy figure first, the boxes it asks with.
 */
export async function walkEstimate(page, est, checker) {
  await openTask(page, 'estimate', 'estimate');
  await checker.check('estimate', 'form');
  await page.check(`input[name="scheme"][value="${est.scheme}"]`);
  if (est.employment) await page.check(`input[name="employment"][value="${est.employment}"]`);
  await pickRegionByCode(page, 'insured', est.insured);
  await pickRegionByCode(page, 'treatment', est.treatment);
  await page.check(`input[name="category"][value="${est.category}"]`);
  await page.check(`input[name="setting"][value="${est.setting}"]`);
  await page.check(`input[name="level"][value="${est.level}"]`);
  if (est.setting === 'inpatient') {
    await fillDate(page, 'admitted', est.admitted);
    await fillDate(page, 'discharged', est.discharged);
  }
  await page.fill('#line-0-amount', est.amount);
  if (!est.policy) {
    // Nothing shipped for this place: the form says so and asks for the local figures.
    assert.ok(await page.isVisible('#no-policy'), 'no shipped policy: the page says so');
    await checker.check('estimate', 'asks-figures', { axe: true });
    return { asks: await page.$$eval('#own-policy input', (boxes) => boxes.map((b) => b.id)) };
  }
  assert.equal(await page.isChecked(`input[name="policy"][value="${est.policy}"]`), true, 'the shipped policy is offered and chosen');
  await page.click('#estimate-submit');
  // Where the policy lacks a figure this case needs (or there is none), the page asks for it.
  await page.waitForFunction(() => ['result', 'figure'].includes(document.getElementById('screen')?.dataset.screen));
  if ((await page.getAttribute('#screen', 'data-screen')) === 'figure') {
    await checker.check('estimate', 'figure', { axe: true });
    const asks = await page.$$eval('#screen input', (boxes) => boxes.map((b) => b.id));
    if (!est.figures) return { asks };
    // The person looks the figures up in the local notice and types them.
    for (const [i, value] of est.figures.entries()) await page.fill(`#${asks[i]}`, value);
    await page.click('#screen form button[type="submit"]');
    await waitScreen(page, 'result');
  }
  await checker.check('estimate', 'result', { axe: true });
  const sent = await page.evaluate(() => JSON.parse(localStorage.getItem('medins.estimate.last_request')));
  const core = await askCore(page, 'estimate', sent);
  assert.ok(core.ok, JSON.stringify(core.errors));
  // A figure nobody has is answered with a stated range: "between X and Y".
  const range = core.result.range ? await page.evaluate(() => document.getElementById('range-person')?.textContent ?? null) : null;
  return { sent, core, range, sentence: await page.evaluate(() => document.getElementById('result-sentence')?.textContent ?? null) };
}

/** The summary card for the front desk, built from what the other parts saved. */
export async function walkHandover(page, checker) {
  await openTask(page, 'summary', 'handover');
  await page.waitForSelector('#card');
  await checker.check('summary', 'card', { axe: true });
  return page.textContent('#card');
}

/** Opens the home page at phone width in the persona's language and text size. */
export async function openHome(env, t, { lang, large }) {
  const context = await env.browser.newContext({ viewport: PHONE });
  t.after(() => context.close());
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(env.baseUrl);
  await waitReady(page);
  if (lang === 'en') await page.click('#lang-en');
  if (large) await page.click('#large-text');
  return { page, problems, requests };
}
