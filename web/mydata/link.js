// The way to "my data on this device" from every page's header. Its words live in the mydata
// catalogue and follow the page's language: each page sets <html lang> on every switch.
import { TEXT } from './text.js';

function draw() {
  const text = (TEXT[document.documentElement.lang] ?? TEXT['zh-CN']).link;
  for (const node of document.querySelectorAll('[data-mydata-link]')) node.textContent = text;
}

new MutationObserver(draw).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
draw();
