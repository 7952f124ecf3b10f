// Small DOM builders for the filing screens, after the GOV.UK Design System patterns (error
// summary, error message, radios, date input, summary list). Everything is built with
// createElement and textContent: no HTML strings, so nothing a person types can become markup.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

// Region names and IDs stay Chinese on the English page; marked so screen readers say them right.
export function zh(text) {
  return el('span', { lang: 'zh-CN', text });
}

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

// The screen's question as its heading; for a single field it is also the field's label, as
// GOV.UK does, so the question is read once.
export function questionHeading(title, forId) {
  const h1 = el('h1', { class: 'question', tabindex: '-1' });
  h1.append(forId ? el('label', { for: forId, text: title }) : title);
  return h1;
}

/**
 * Radios in a fieldset whose legend is the question.
 * @param {{value: string, label: string, hint?: string}[]} options
 */
export function radioGroup({ name, legend, hint, options, checked, error, errorPrefix, onChange }) {
  const hintId = hint ? `${name}-hint` : null;
  const errorId = error ? `${name}-error` : null;
  const fieldset = el('fieldset', {
    class: `field${error ? ' field-has-error' : ''}`,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || null,
  });
  const legendEl = el('legend', { class: 'question-legend' });
  legendEl.append(el('h1', { class: 'question', tabindex: '-1', text: legend }));
  fieldset.append(legendEl);
  if (hint) fieldset.append(el('p', { id: hintId, class: 'hint', text: hint }));
  if (error) fieldset.append(fieldError(errorId, errorPrefix, error));
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

/** Three boxes, year, month, day (GOV.UK date input); the answer is kept as typed. */
export function dateInput({ name, legend, hint, labels, value, error, errorPrefix, onInput }) {
  const hintId = hint ? `${name}-hint` : null;
  const errorId = error ? `${name}-error` : null;
  const fieldset = el('fieldset', {
    class: `field${error ? ' field-has-error' : ''}`,
    role: 'group',
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || null,
  });
  const legendEl = el('legend', { class: 'question-legend' });
  legendEl.append(el('h1', { class: 'question', tabindex: '-1', text: legend }));
  fieldset.append(legendEl);
  if (hint) fieldset.append(el('p', { id: hintId, class: 'hint', text: hint }));
  if (error) fieldset.append(fieldError(errorId, errorPrefix, error));
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

/** A summary list row: the question's short name, the answer, and a change link. */
export function summaryRow({ key, value, href, changeText, missing }) {
  const dd = el('dd', { class: `summary-value${missing ? ' summary-missing' : ''}` });
  dd.append(value);
  const action = el('dd', { class: 'summary-action' },
    el('a', { href }, changeText, el('span', { class: 'visually-hidden', text: ` ${key}` })));
  return el('div', { class: 'summary-row' }, el('dt', { class: 'summary-key', text: key }), dd, action);
}
