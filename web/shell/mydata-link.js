// The way to "my data on this device" from every page's header. Its words follow the page's
// language: each page sets <html lang> on every switch.
import { SHELL_TEXT } from './text.js';

function draw() {
  const text = (SHELL_TEXT[document.documentElement.lang] ?? SHELL_TEXT['zh-CN']).mydata;
  for (const node of document.querySelectorAll('[data-mydata-link]')) node.textContent = text;
}

new MutationObserver(draw).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
draw();
