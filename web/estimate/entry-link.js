// The main page's way into the estimate (index.html's estimate section). Its words live in this
// page's catalogue, not in i18n.js, and follow the main page's language: app.js sets <html lang>
// on every switch, and this module redraws the section's words whenever it changes.
import { ESTIMATE_TEXT } from './text.js';

function draw() {
  const text = ESTIMATE_TEXT[document.documentElement.lang] ?? ESTIMATE_TEXT['zh-CN'];
  for (const node of document.querySelectorAll('[data-estimate-text]')) {
    node.textContent = text.link[node.dataset.estimateText];
  }
}

new MutationObserver(draw).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
draw();
