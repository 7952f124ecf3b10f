// Field builders for screens that ask several questions at once (the estimate form, the ledger's
// entries), on top of the GOV.UK-style radios and date input. Those carry the screen's heading,
// as a one-question-a-screen flow wants; here several questions share a screen, so that heading
// becomes the legend's text.
import { dateInput } from '../date-input/date-input.js';
import { el } from '../dom/dom.js';
import { fieldError } from '../error-summary/error-summary.js';
import { radioGroup } from '../radios/radios.js';

function asSubQuestion(fieldset) {
  const heading = fieldset.querySelector('legend > h1');
  heading?.replaceWith(el('span', { class: 'legend-text', text: heading.textContent }));
  return fieldset;
}

export function radios(options) {
  return asSubQuestion(radioGroup(options));
}

export function date(options) {
  return asSubQuestion(dateInput(options));
}

/**
 * A labelled text box with its hint and error; the value is kept as typed.
 * @param {{id, label, hint?, value?, errors?: string[], errorPrefix, onInput, inputmode?, wide?}} o
 */
export function textField(o) {
  const hintId = o.hint ? `${o.id}-hint` : null;
  const errorId = o.errors?.length ? `${o.id}-error` : null;
  const input = el('input', {
    id: o.id,
    name: o.id,
    type: 'text',
    inputmode: o.inputmode,
    autocomplete: 'off',
    class: o.wide ? 'input-wide' : 'input-amount',
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || null,
    'aria-invalid': errorId ? 'true' : null,
  });
  input.value = o.value ?? '';
  input.addEventListener('input', () => o.onInput(input.value));
  return el('div', { class: `field${errorId ? ' field-has-error' : ''}` },
    el('label', { for: o.id, class: 'label', text: o.label }),
    hintId ? el('p', { id: hintId, class: 'hint', text: o.hint }) : null,
    errorId ? fieldError(errorId, o.errorPrefix, o.errors) : null,
    input);
}

/** A small <select> (the class of a bill line). */
export function selectField({ id, label, options, value, onChange }) {
  const select = el('select', { id, name: id });
  for (const [v, text] of options) select.append(el('option', { value: v, text, selected: v === value }));
  select.addEventListener('change', () => onChange(select.value));
  return el('div', { class: 'field' }, el('label', { for: id, class: 'label', text: label }), select);
}
