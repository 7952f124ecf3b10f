// How a rule's confidence and sources are shown on the answer screen: "Unconfirmed" said plainly
// next to anything the core marks low, and the sources folded under "Basis" (people read the
// answer, not the bibliography). Addresses are text, not links: the page keeps people on it,
// and some sources are reprints whose sites are not worth a click.
import { formatDate } from '../shell/i18n.js';
import { el, zh } from '../components/dom/dom.js';

export function local(text, lang) {
  return text?.[lang] ?? text?.['zh-CN'] ?? '';
}

export function unconfirmedMark(a) {
  return el('strong', { class: 'mark-unconfirmed', text: `【${a.unconfirmed}】` });
}

/** Adds the low-confidence mark to `node` and records the confidence for tests and styles. */
export function marked(node, confidence, a) {
  if (!confidence) return node;
  node.dataset.confidence = confidence;
  if (confidence === 'low') node.append(' ', unconfirmedMark(a));
  return node;
}

export function sources(basis, a, lang) {
  if (!basis?.sources?.length) return null;
  const list = el('ul', { class: 'sources-list' });
  for (const s of basis.sources) {
    const item = el('li', {}, zh(s.title));
    if (s.article) item.append(' ', zh(s.article));
    if (s.published) item.append(` (${formatDate(s.published, lang)})`);
    if (s.url) item.append(el('br'), el('span', { class: 'source-url', text: s.url }));
    list.append(item);
  }
  const label = a.confidence[basis.confidence] ?? basis.confidence ?? '';
  return el('details', { class: 'sources' }, el('summary', { text: label ? `${a.sources} · ${label}` : a.sources }), list);
}

/** A text block of the core ({text, basis?, confidence?}) as a paragraph with mark and sources. */
export function block(item, a, lang, attrs = {}) {
  const p = marked(el('p', attrs, local(item.text, lang)), item.confidence ?? item.basis?.confidence, a);
  return [p, sources(item.basis, a, lang)];
}
