// Steps shared by the browser tests of the question flows (filing, eligibility, estimate): ask
// the core in the page, wait for a screen, answer a question and go on. The pages share their
// screen markup (#screen[data-screen], form submit, #<step>-input pickers, year/month/day boxes),
// so the tests share how they drive them.
import assert from 'node:assert/strict';

export function askCore(page, op, request) {
  return page.evaluate(async ([o, req]) => {
    const { default: createMedins } = await import('/medins.js');
    const m = await createMedins();
    // The module carries no policies: a request naming a shipped one ("110000/employee") gets
    // its file from the site first, as the page does (components/policy-plane).
    const id = typeof req?.policy === 'string' ? req.policy : req?.region && req?.scheme ? `${req.region}/${req.scheme}` : null;
    if (/^\d{6}\/\w+$/.test(id ?? '')) {
      const path = `policies/${id}.json`;
      const response = await fetch(`/${path}`);
      if (response.ok) m.loadPolicy(path, await response.text());
    }
    return JSON.parse(m.handle(o, JSON.stringify(req)));
  }, [op, request]);
}

export async function waitScreen(page, id) {
  try {
    await page.waitForFunction((s) => document.getElementById('screen')?.dataset.screen === s, id, { timeout: 10000 });
  } catch (err) {
    // Say where the flow went instead, and what it said, rather than only "timeout".
    const where = await page.evaluate(() => ({
      hash: location.hash,
      screen: document.getElementById('screen')?.dataset.screen,
      errors: document.querySelector('.error-summary')?.textContent,
    }));
    throw new Error(`expected screen ${id}, got ${JSON.stringify(where)}`, { cause: err });
  }
}

// A flow's start screen, in `lang` (English after a click on the header's button), checked by
// <html lang> and its heading `title`; then started, up to the first question `first`.
export async function startFlow(page, lang, title, first) {
  await waitScreen(page, 'start');
  if (lang === 'en') await page.click('#lang-en');
  assert.equal(await page.getAttribute('html', 'lang'), lang);
  assert.equal(await page.textContent('h1'), title);
  await page.click('#start-button');
  await waitScreen(page, first);
}

export async function next(page, expected) {
  await page.click('#screen form button[type="submit"]');
  if (expected) await waitScreen(page, expected);
}

export async function choose(page, step, value, nextStep) {
  await page.check(`#screen input[name="${step}"][value="${value}"]`);
  await next(page, nextStep);
}

// The name a region shows under on the page now: its Chinese full name ("广东省 › 深圳市"), or on
// the English page the core's English form ("Shenzhen (深圳市), Guangdong"). Tests name regions
// by their Chinese full name; this finds the one the picker shows.
export async function shownRegionName(page, query, fullName) {
  if ((await page.getAttribute('html', 'lang')) !== 'en') return fullName;
  const response = await askCore(page, 'region.search', { query, limit: 50 });
  const hit = response.ok ? response.result.hits.find((h) => h.full_name === fullName) : null;
  assert.ok(hit, `no region ${fullName} for "${query}"`);
  return hit.full_name_en;
}

export async function pickRegion(page, step, query, chineseName, nextStep) {
  const fullName = await shownRegionName(page, query, chineseName);
  const input = `#${step}-input`;
  if ((await page.inputValue(input)) !== fullName) {
    await page.fill(input, '');
    await page.click(input);
    await page.keyboard.type(query);
    await page.waitForFunction((s) => {
      const box = document.getElementById(`${s}-input`);
      return document.getElementById(`${s}-listbox`).dataset.query === box.value;
    }, step);
    await page.click(`#${step}-listbox [role="option"] >> text="${fullName}"`);
  }
  assert.equal(await page.inputValue(input), fullName);
  await next(page, nextStep);
}

export async function fillDate(page, step, iso, nextStep) {
  const [y, m, d] = iso.split('-');
  await page.fill(`#${step}-year`, y);
  await page.fill(`#${step}-month`, String(Number(m)));
  await page.fill(`#${step}-day`, String(Number(d)));
  await next(page, nextStep);
}

// The person's local calendar day, and one `days` later: what the page sends as as_of.
export function localDay(page, days = 0) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const pad = (x) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

export function formatDate(iso, lang) {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  return lang === 'en' ? `${d} ${months[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}
