// Steps of the estimate form shared by browser tests (estimate, handover, ledger): a case's
// request typed into the form as a person would, regions picked by code, dates by their boxes.
import assert from 'node:assert/strict';
import { formatFen } from '../../web/components/money/money.js';
import { askCore, waitScreen } from './flow-steps.mjs';

// Types the region code (the core finds divisions by code too) and picks the one named.
export async function pickRegion(page, role, code) {
  const { result } = await askCore(page, 'region.get', { code });
  // The name the picker shows in the page's language (see flow-steps.mjs shownRegionName).
  const shown = (await page.getAttribute('html', 'lang')) === 'en' ? result.full_name_en : result.full_name;
  const input = `#${role}-input`;
  if ((await page.inputValue(input)) === shown) return;
  await page.fill(input, '');
  await page.click(input);
  await page.keyboard.type(code);
  await page.waitForFunction((r) => document.getElementById(`${r}-listbox`).dataset.query === document.getElementById(`${r}-input`).value, role);
  await page.click(`#${role}-listbox [role="option"] >> text="${shown}"`);
  assert.equal(await page.inputValue(input), shown);
}

export async function fillDate(page, key, iso) {
  const [y, m, d] = iso.split('-');
  await page.fill(`#${key}-year`, y);
  await page.fill(`#${key}-month`, String(Number(m)));
  await page.fill(`#${key}-day`, String(Number(d)));
}

// Amounts as people type them: grouped with two decimals, or bare whole yuan.
export const grouped = (fen) => formatFen(fen);
export const bare = (fen) => (fen % 100 === 0 ? String(fen / 100) : formatFen(fen).replace(/,/g, ''));
export const percentText = (bp) => String(bp / 100);

/** Enters a case's request into the form, as a person would; `screen` is the one it ends on. */
export async function enterCase(page, request, { totals = false, typeAmount = grouped, screen = 'result' } = {}) {
  await page.check(`input[name="scheme"][value="${request.person.scheme}"]`);
  if (request.person.employment) await page.check(`input[name="employment"][value="${request.person.employment}"]`);
  await pickRegion(page, 'insured', request.insured_region);
  await pickRegion(page, 'treatment', request.treatment_region);
  await page.check(`input[name="category"][value="${request.filing.category}"]`);
  await page.check(`input[name="setting"][value="${request.visit.setting}"]`);
  await page.check(`input[name="level"][value="${request.visit.institution_level}"]`);
  if (request.visit.setting === 'inpatient') {
    await fillDate(page, 'admitted', request.visit.admitted_on);
    await fillDate(page, 'discharged', request.visit.discharged_on);
  }
  if (totals) {
    await page.check('input[name="billMode"][value="totals"]');
    const sums = { A: 0, B: 0, C: 0 };
    let ratio = null;
    for (const line of request.bill.lines) {
      sums[line.class] += line.amount_fen;
      if (line.self_ratio_bp !== undefined) ratio = line.self_ratio_bp;
    }
    for (const c of ['A', 'B', 'C']) if (sums[c]) await page.fill(`#total-${c}`, typeAmount(sums[c]));
    if (ratio !== null) await page.fill('#totals-ratio', percentText(ratio));
  } else {
    for (const [i, line] of request.bill.lines.entries()) {
      if (i > 0) await page.click('#add-line');
      if (line.name) await page.fill(`#line-${i}-name`, line.name);
      await page.fill(`#line-${i}-amount`, typeAmount(line.amount_fen));
      await page.selectOption(`#line-${i}-class`, line.class);
      if (line.self_ratio_bp !== undefined) await page.fill(`#line-${i}-ratio`, percentText(line.self_ratio_bp));
    }
  }
  // The shipped policy for the insured place is offered, and chosen, by itself, once its file
  // has come from the site (web/components/policy-plane).
  await page.waitForSelector(`input[name="policy"][value="${request.policy}"]`);
  assert.equal(await page.isChecked(`input[name="policy"][value="${request.policy}"]`), true);
  await page.click('#estimate-submit');
  await waitScreen(page, screen);
}
