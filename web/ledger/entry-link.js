// The main page's way into the ledger (index.html's "my year" section). Its words live in this
// page's catalogue, not in i18n.js, and follow the main page's language: app.js sets <html lang>
// on every switch, and this module redraws the section's words whenever it changes.
import { LEDGER_TEXT } from './text.js';

function draw() {
  const text = LEDGER_TEXT[document.documentElement.lang] ?? LEDGER_TEXT['zh-CN'];
  for (const node of document.querySelectorAll('[data-ledger-text]')) {
    node.textContent = text.link[node.dataset.ledgerText];
  }
}

new MutationObserver(draw).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
draw();
