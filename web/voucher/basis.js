// A statement of the core ({text, basis, confidence}) as the voucher page shows it: the text with
// the 【未经证实】 mark when low, and its sources folded under "Basis" with the level in words.
// Addresses are text, not links: the page keeps people on it (and makes no request elsewhere).
import { formatDate } from '../shell/i18n.js';
import { el, zh } from '../components/dom/dom.js';
import { basisLabel, markStatement } from '../components/confidence/confidence.js';

export function local(text, lang) {
  return text?.[lang] ?? text?.['zh-CN'] ?? '';
}

export function sources(basis, label, lang, { level = basis?.confidence, marked = true } = {}) {
  if (!basis?.sources?.length) return null;
  const list = el('ul', { class: 'sources-list' });
  for (const s of basis.sources) {
    const item = el('li', {}, zh(s.title));
    if (s.published) item.append(` (${formatDate(s.published, lang)})`);
    if (s.url) item.append(el('br'), el('span', { class: 'source-url', text: s.url }));
    list.append(item);
  }
  return el('details', { class: 'sources' }, el('summary', { text: basisLabel(label, level, lang, { marked }) }), list);
}

/** A list item: the statement, marked by its level, then its sources. */
export function statement(item, label, lang, attrs = {}) {
  const p = markStatement(el('p', { class: 'voucher-step-text' }, local(item.text, lang)), item.confidence, lang);
  return el('li', attrs, p, sources(item.basis, label, lang, { level: item.confidence }) ?? '');
}
