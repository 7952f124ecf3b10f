// How a policy is described to the person: its name, how sure we are of it (in the words every
// page shares, components/confidence), whether its dates are known, and its source, with the address
// as text (some sources are reprints; the page does not send people off to them).
import { formatDate } from '../shell/i18n.js';
import { el, zh } from '../components/dom/dom.js';
import { confidenceMark, confidenceWords, lowNote } from '../components/confidence/confidence.js';

export function local(text, lang) {
  return text?.[lang] ?? text?.['zh-CN'] ?? '';
}

/** A confidence, said once: the 【未经证实】 mark when low, else the level in words. */
export function confidenceLine(confidence) {
  if (!confidence) return null;
  return el('span', { class: 'confidence', 'data-confidence': confidence },
    confidence === 'low' ? confidenceMark() : confidenceWords(confidence));
}

export function sourceLine(source, p, lang) {
  if (!source) return null;
  // In English a Chinese page's title comes in English, with the original beside it (to find it).
  const title = lang === 'en' && source.title_en ? [`${source.title_en} (`, zh(source.title), ')'] : [zh(source.title)];
  const line = el('span', { class: 'source' }, `${p.source}：`, ...title);
  if (source.published) line.append(` (${p.published(formatDate(source.published, lang))})`);
  line.append(el('br'), source.url ? el('span', { class: 'source-url', text: source.url }) : el('span', { class: 'hint', text: p.noAddress }));
  return line;
}

/**
 * @param {{name, source, notes?, version: {confidence, dates_confirmed}}} policy  policy.get's
 *        result or the estimate's result.policy (same fields)
 * @param {string|null} lowest  the lowest confidence among the figures actually used, if known
 */
export function policySummary(policy, p, lang, lowest = null) {
  const version = policy.version ?? {};
  const confidence = lowest === 'low' ? 'low' : version.confidence;
  const box = el('div', { class: 'policy-info', 'data-confidence': confidence ?? '' },
    el('p', { class: 'policy-name' }, local(policy.name, lang)),
    el('p', {}, confidenceLine(confidence)));
  if (confidence === 'low') box.append(lowNote({ class: 'hint' }));
  if (!version.dates_confirmed) box.append(el('p', { class: 'dates-unknown', text: p.datesUnknown }));
  box.append(el('p', { class: 'policy-source' }, sourceLine(policy.source, p, lang)));
  if (policy.notes) box.append(el('p', { class: 'hint policy-notes', text: local(policy.notes, lang) }));
  return box;
}
