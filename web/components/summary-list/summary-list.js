// The GOV.UK summary list ("check your answers"): a row per answer, with a change link whose
// hidden text names the question, so a screen reader hears which answer each link changes.
import { el } from '../dom/dom.js';

/** A summary list row: the question's short name, the answer, and a change link. */
export function summaryRow({ key, value, href, changeText, missing }) {
  const dd = el('dd', { class: `summary-value${missing ? ' summary-missing' : ''}` });
  dd.append(value);
  const action = el('dd', { class: 'summary-action' },
    el('a', { href }, changeText, el('span', { class: 'visually-hidden', text: ` ${key}` })));
  return el('div', { class: 'summary-row' }, el('dt', { class: 'summary-key', text: key }), dd, action);
}
