// The main page's way in to the eligibility step. Its words live in this step's catalogue
// (text.js), not in the main page's, so this module sets them and follows the main page's
// language switch by watching <html lang>, which app.js sets on every switch.
import { TEXT } from './text.js';

function apply() {
  const t = (TEXT[document.documentElement.lang] ?? TEXT['zh-CN']).link;
  for (const node of document.querySelectorAll('[data-eligibility-text]')) {
    node.textContent = t[node.dataset.eligibilityText];
  }
}

new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
apply();
