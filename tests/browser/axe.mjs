// axe-core on a page, for every browser test. page.addScriptTag would add an inline <script>,
// which the page's CSP refuses (as it should); evaluating the source through the DevTools
// protocol is not subject to the CSP, so the page is audited with its real policy in force
// rather than with bypassCSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core and returns its violations ({id, impact, nodes}). `mustPass` are rules that must
 * have passed: proof the audit looked at the part under test, not at an empty page.
 */
export async function runAxe(page, mustPass = ['color-contrast']) {
  await page.evaluate(AXE_SOURCE);
  assert.equal(await page.evaluate(() => typeof window.axe), 'object', 'axe-core did not load');
  const { violations, passed } = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      passed: results.passes.map((p) => p.id),
      violations: results.violations.map((v) => ({
        id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')),
      })),
    };
  });
  assert.ok(mustPass.every((id) => passed.includes(id)), `axe passed only ${passed}`);
  return violations;
}
