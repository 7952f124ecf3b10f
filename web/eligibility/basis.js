// How a rule's confidence and sources are shown on the answer screen: "Unconfirmed" said plainly
// next to anything the core marks low, and the sources folded under "Basis" (people read the
// answer, not the bibliography). Addresses are text, not links: the page keeps people on it,
// and some sources are reprints whose sites are not worth a click.
import { formatDate } from '../shell/i18n.js';
import { el, zh } from '../components/dom/dom.js';
import { basisLabel, confidenceMark, markStatement } from '../components/confidence/confidence.js';

export function local(text, lang) {
  return text?.[lang] ?? text?.['zh-CN'] ?? '';
}

export function unconfirmedMark() {
  return confidenceMark();
}

/** Adds the low-confidence mark to `node` and records the confidence for tests and styles. */
export function marked(node, confidence) {
  return markStatement(node, confidence);
}

// `level`: the statement's own level where it differs from its basis's (a reason the core marks
// unconfirmed); `marked: false` where the statement carries no mark (a question).
export function sources(basis, a, lang, { level = basis?.confidence, marked: hasMark = true } = {}) {
  if (!basis?.sources?.length) return null;
  const list = el('ul', { class: 'sources-list' });
  for (const s of basis.sources) {
    const item = el('li', {}, zh(s.title));
    if (s.article) item.append(' ', zh(s.article));
    if (s.published) item.append(` (${formatDate(s.published, lang)})`);
    if (s.url) item.append(el('br'), el('span', { class: 'source-url', text: s.url }));
    list.append(item);
  }
  return el('details', { class: 'sources' }, el('summary', { text: basisLabel(a.sources, level, lang, { marked: hasMark }) }), list);
}

/** A text block of the core ({text, basis?, confidence?}) as a paragraph with mark and sources. */
export function block(item, a, lang, attrs = {}) {
  const level = item.confidence ?? item.basis?.confidence;
  const p = marked(el('p', attrs, local(item.text, lang)), level);
  return [p, sources(item.basis, a, lang, { level })];
}
