// A statement of the core ({text, basis, confidence}) as the voucher page shows it: the text with
// the 【未经证实】 mark when low, and its sources folded under "Basis" with the level in words.
import { el } from '../components/dom/dom.js';
import { markStatement } from '../components/confidence/confidence.js';
import { localText, sourcesFold } from '../components/confidence/sources.js';

export { localText as local, sourcesFold as sources };

/** A list item: the statement, marked by its level, then its sources. */
export function statement(item, label, lang, attrs = {}) {
  const p = markStatement(el('p', { class: 'voucher-step-text' }, localText(item.text, lang)), item.confidence, lang);
  return el('li', attrs, p, sourcesFold(item.basis, label, lang, { level: item.confidence }) ?? '');
}
