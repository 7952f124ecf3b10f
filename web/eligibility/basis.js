// How a rule's confidence and sources are shown on the answer screen: "Unconfirmed" said plainly
// next to anything the core marks low, and the sources folded under "Basis"
// (components/confidence/sources.js).
import { el } from '../components/dom/dom.js';
import { confidenceMark, markStatement } from '../components/confidence/confidence.js';
import { localText, sourcesFold } from '../components/confidence/sources.js';

export { localText as local };

export function unconfirmedMark() {
  return confidenceMark();
}

/** Adds the low-confidence mark to `node` and records the confidence for tests and styles. */
export function marked(node, confidence) {
  return markStatement(node, confidence);
}

// `level`: the statement's own level where it differs from its basis's (a reason the core marks
// unconfirmed); `marked: false` where the statement carries no mark (a question).
export function sources(basis, a, lang, options = {}) {
  return sourcesFold(basis, a.sources, lang, options);
}

/** A text block of the core ({text, basis?, confidence?}) as a paragraph with mark and sources. */
export function block(item, a, lang, attrs = {}) {
  const level = item.confidence ?? item.basis?.confidence;
  const p = marked(el('p', attrs, localText(item.text, lang)), level);
  return [p, sources(item.basis, a, lang, { level })];
}

// Where an answer tells the person to activate the e-voucher, the voucher page says how (and what
// to try when the face check fails, the most common trouble): one link, beside that statement.
export function voucherGuideLink(id, a) {
  if (id !== 'activate_voucher') return null;
  return el('p', { class: 'voucher-guide' }, el('a', { href: '../voucher/', 'data-voucher-guide': '', text: a.voucherGuide }));
}
