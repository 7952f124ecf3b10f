// The GOV.UK question fieldset that the radios and the date input share: the question as the
// legend's heading (a screen's <h1>, focusable after a screen change), its hint and its error,
// each named by aria-describedby. `role` is for a group the browser would not announce as one.
import { el } from '../dom/dom.js';
import { fieldError } from '../error-summary/error-summary.js';

/** The fieldset for question `name`, ready for its inputs to be appended. */
export function questionFieldset({ name, legend, hint, error, errorPrefix, role }) {
  const hintId = hint ? `${name}-hint` : null;
  const errorId = error ? `${name}-error` : null;
  const fieldset = el('fieldset', {
    class: `field${error ? ' field-has-error' : ''}`,
    role,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || null,
  });
  const legendEl = el('legend', { class: 'question-legend' });
  legendEl.append(el('h1', { class: 'question', tabindex: '-1', text: legend }));
  fieldset.append(legendEl);
  if (hint) fieldset.append(el('p', { id: hintId, class: 'hint', text: hint }));
  if (error) fieldset.append(fieldError(errorId, errorPrefix, error));
  return fieldset;
}
