import { el } from '../dom/dom.js';

// The screen's question as its heading; for a single field it is also the field's label, as
// GOV.UK does, so the question is read once.
export function questionHeading(title, forId) {
  const h1 = el('h1', { class: 'question', tabindex: '-1' });
  h1.append(forId ? el('label', { for: forId, text: title }) : title);
  return h1;
}

