// How sure the data is of a statement, in one vocabulary on every page: the three levels of the
// data's `confidence` (high: confirmed in an official source; medium: second-hand; low:
// unconfirmed). A statement shows its level once: a low one carries the 【未经证实】 mark after
// its text (it must not be missed), any other says its level where its sources are folded away.
// A question is never marked: what it asks is not a claim.
import { el } from '../dom/dom.js';
import { CONFIDENCE_TEXT } from './text.js';

export { CONFIDENCE_TEXT };

// The page's language as the shell set it on <html> (page-shell.js's showLanguage, before a render).
function pageLang() {
  return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}

const text = (lang) => CONFIDENCE_TEXT[lang === 'en' ? 'en' : 'zh-CN'];

/** The level in words ('' for none or an unknown one). */
export function confidenceWords(level, lang = pageLang()) {
  return text(lang).level[level] ?? '';
}

/** The 【未经证实】 mark, for a low statement (or a note about such marks). */
export function confidenceMark(lang = pageLang()) {
  return el('strong', { class: 'mark-unconfirmed', 'data-confidence-mark': 'low', text: text(lang).mark });
}

/**
 * A statement's node with its level: recorded in data-confidence (tests, print styles) and, when
 * low, the mark after the text. Returns the node.
 */
export function markStatement(node, level, lang = pageLang()) {
  if (!level) return node;
  node.dataset.confidence = level;
  if (level === 'low') node.append(' ', confidenceMark(lang));
  return node;
}

/**
 * What the folded sources' summary says after its label: the level in words, unless the
 * statement already carries the low mark (`marked`), so the level is said once.
 */
export function basisLabel(label, level, lang = pageLang(), { marked = true } = {}) {
  const words = level === 'low' && marked ? '' : confidenceWords(level, lang);
  return words ? `${label} · ${words}` : label;
}

/** A name (an option in a list) that is low: "{name}（未经证实）". */
export function namedLow(name, lang = pageLang()) {
  return text(lang).named(name);
}

/** The one-line note under a screen with low statements on it. */
export function lowNote(attrs = {}, lang = pageLang()) {
  return el('p', attrs, text(lang).lowNote);
}
