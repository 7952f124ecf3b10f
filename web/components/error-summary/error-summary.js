// The GOV.UK error summary (the box at the top of a screen listing every problem) and the error
// message beside a field, with its hidden "Error:" prefix for screen readers.
import { el } from '../dom/dom.js';

/**
 * The box at the top of a screen listing every problem, each a link to its field.
 * @param {{text: string, href: string, focus?: string}[]} items  focus: the id to focus on click
 */
export function errorSummary(title, items) {
  const list = el('ul', { class: 'error-summary-list' });
  for (const item of items) {
    const link = el('a', { href: item.href, text: item.text });
    if (item.focus) {
      // An in-page link to a field would change the hash, which is this flow's router: focus
      // the field directly instead, as the GOV.UK summary does.
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const target = document.getElementById(item.focus);
        target?.focus();
        target?.scrollIntoView({ block: 'center' });
      });
    }
    list.append(el('li', {}, link));
  }
  return el('div', { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-title' },
    el('h2', { id: 'error-summary-title', text: title }), list);
}

export function fieldError(id, prefix, texts) {
  return el('p', { id, class: 'field-error' },
    ...texts.flatMap((text, i) => [i > 0 ? el('br') : null, el('span', { class: 'visually-hidden', text: prefix }), text]));
}

