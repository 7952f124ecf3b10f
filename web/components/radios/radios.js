// Radios in a fieldset whose legend is the screen's question (GOV.UK radios), each option with an
// optional hint; large touch targets come from radios.css.
import { el } from '../dom/dom.js';
import { questionFieldset } from '../fields/fieldset.js';

/**
 * Radios in a fieldset whose legend is the question.
 * @param {{value: string, label: string, hint?: string}[]} options
 */
export function radioGroup({ name, legend, hint, options, checked, error, errorPrefix, onChange }) {
  const fieldset = questionFieldset({ name, legend, hint, error, errorPrefix });
  const list = el('div', { class: 'radios' });
  options.forEach((option, i) => {
    const id = `${name}-${i}`;
    const optionHintId = option.hint ? `${id}-hint` : null;
    const input = el('input', {
      id,
      type: 'radio',
      name,
      value: option.value,
      checked: option.value === checked,
      'aria-describedby': optionHintId,
      onchange: () => onChange(option.value),
    });
    const item = el('div', { class: 'radio' }, input, el('label', { for: id, text: option.label }));
    if (option.hint) item.append(el('p', { id: optionHintId, class: 'hint radio-hint', text: option.hint }));
    list.append(item);
  });
  fieldset.append(list);
  return fieldset;
}

