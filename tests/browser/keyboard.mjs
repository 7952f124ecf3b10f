// Driving the pages with the keyboard only, as a person who cannot use a mouse or a touch screen
// does: Tab (never a click or a focus() call) to reach each control, Space and the arrow keys for
// radios, typing and Enter for the region pickers, Enter on links and buttons. A control that Tab
// cannot reach fails the step that needs it.
import assert from 'node:assert/strict';
import { shownRegionName } from './flow-steps.mjs';

const activeMatches = (page, selector) => page.evaluate((s) => Boolean(document.activeElement?.matches(s)), selector);

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
export async function tabTo(page, selector, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await activeMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
  throw new Error(`Tab never reached ${selector} (focus is on ${at})`);
}

export async function activate(page, selector) {
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
}

const checkedValue = (page, name) => page.evaluate((n) => document.querySelector(`input[type="radio"][name="${n}"]:checked`)?.value ?? null, name);

/** Chooses `value` in the radio group `name`: Tab into the group, Space, then arrows. */
export async function radio(page, name, value) {
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  if ((await checkedValue(page, name)) === null) await page.keyboard.press('Space');
  for (let i = 0; i < 16 && (await checkedValue(page, name)) !== value; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await checkedValue(page, name), value, `radio ${name}`);
}

/** Types into a region picker and takes the option named `fullName` with the arrow keys and Enter. */
export async function region(page, id, query, chineseName) {
  const fullName = await shownRegionName(page, query, chineseName);
  const input = `#${id}-input`;
  await tabTo(page, input);
  if ((await page.inputValue(input)) === fullName) return;
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(query);
  await page.waitForFunction((s) => document.getElementById(`${s}-listbox`)?.dataset.query === document.getElementById(`${s}-input`).value, id);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowDown');
    const current = await page.evaluate((s) => {
      const box = document.getElementById(`${s}-input`);
      const active = box.getAttribute('aria-activedescendant');
      return active ? document.getElementById(active)?.textContent : null;
    }, id);
    if (current === fullName) break;
  }
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue(input), fullName, `region ${id}`);
}

/** Fills the year, month and day boxes of date `key`, moving between them with Tab. */
export async function date(page, key, iso) {
  const [y, m, d] = iso.split('-');
  await tabTo(page, `#${key}-year`);
  for (const [part, value] of [['year', y], ['month', String(Number(m))], ['day', String(Number(d))]]) {
    if (part !== 'year') await page.keyboard.press('Tab');
    assert.ok(await activeMatches(page, `#${key}-${part}`), `Tab leads from one date box to the next (${key}-${part})`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
}

export async function text(page, selector, value) {
  await tabTo(page, selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}
