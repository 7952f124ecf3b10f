// The GOV.UK date input: three boxes, year, month, day, in a fieldset whose legend is the
// question. The answer is kept as typed ({year, month, day} strings); iso-date.js makes the core's
// ISO form of it.
import { el } from '../dom/dom.js';
import { questionFieldset } from '../fields/fieldset.js';

/** Three boxes, year, month, day (GOV.UK date input); the answer is kept as typed. */
export function dateInput({ name, legend, hint, labels, value, error, errorPrefix, onInput }) {
  const fieldset = questionFieldset({ name, legend, hint, error, errorPrefix, role: 'group' });
  const row = el('div', { class: 'date-input' });
  const parts = { ...(value ?? {}) };
  for (const part of ['year', 'month', 'day']) {
    const id = `${name}-${part}`;
    const input = el('input', {
      id,
      name: id,
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      class: `date-${part}`,
      maxlength: part === 'year' ? '4' : '2',
      'aria-invalid': error ? 'true' : null,
    });
    input.value = parts[part] ?? '';
    input.addEventListener('input', () => {
      parts[part] = input.value;
      onInput({ ...parts });
    });
    row.append(el('div', { class: 'date-part' }, el('label', { for: id, text: labels[part] }), input));
  }
  fieldset.append(row);
  return fieldset;
}

