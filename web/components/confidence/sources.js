// The sources of a statement, folded away under "Basis" (people read the answer, not the
// bibliography; print styles decide whether a printout shows them). Addresses are text, not
// links: the page keeps people on it, and some sources are reprints whose sites are not worth a
// click. One renderer for every page, so a source looks the same wherever it is cited.
import { formatDate } from '../../shell/i18n.js';
import { el, zh } from '../dom/dom.js';
import { basisLabel } from './confidence.js';

/** A bilingual text of the core ({"zh-CN": ..., en: ...}) in `lang`, Chinese when it lacks one. */
export function localText(text, lang) {
  return text?.[lang] ?? text?.['zh-CN'] ?? '';
}

/**
 * `basis` ({sources: [{title, article?, published?, url?}], confidence}) as a <details> whose
 * summary is `label` with the level in words (basisLabel); null when it cites nothing.
 * `level`: the statement's own level where it differs from its basis's; `marked: false` where the
 * statement carries no mark (a question).
 */
export function sourcesFold(basis, label, lang, { level = basis?.confidence, marked = true } = {}) {
  if (!basis?.sources?.length) return null;
  const list = el('ul', { class: 'sources-list' });
  for (const s of basis.sources) {
    const item = el('li', {}, zh(s.title));
    if (s.article) item.append(' ', zh(s.article));
    if (s.published) item.append(` (${formatDate(s.published, lang)})`);
    if (s.url) item.append(el('br'), el('span', { class: 'source-url', text: s.url }));
    list.append(item);
  }
  return el('details', { class: 'sources' }, el('summary', { text: basisLabel(label, level, lang, { marked }) }), list);
}
