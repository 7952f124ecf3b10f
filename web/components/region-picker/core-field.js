// The region picker wired to the core, as every page uses it: region.search behind the list, the
// picker's words in the page language, and (for pages that draw their own screens) the field
// around it: label or question heading, hint, error, box, clear button, status line and list.
import { el } from '../dom/dom.js';
import { fieldError } from '../error-summary/error-summary.js';
import { placeName } from './place-name.js';
import { RegionPicker } from './region-picker.js';
import { REGION_PICKER_TEXT } from './text.js';

const SEARCH_LIMIT = 10;
const CODE = /^\d{6}$/;

/** region.search through `ask`, in the shape RegionPicker's `search` option takes. */
export function coreSearch(ask) {
  return (query) => {
    const response = ask('region.search', { query, limit: SEARCH_LIMIT });
    // A page that draws its picker before the core has come answers {waiting: true} meanwhile.
    if (response.waiting) return { waiting: true };
    if (response.ok) return { hits: response.result.hits, limit: SEARCH_LIMIT };
    const refusals = (response.errors ?? []).filter((e) => e.path === '/query' && e.message);
    return refusals.length ? { refused: refusals } : null;
  };
}

/** The picker's words in `lang`; a search text the core refuses is said in the core's words. */
export function pickerTexts(lang, messageText) {
  const t = REGION_PICKER_TEXT[lang];
  return {
    results: t.regionResults,
    noResults: t.regionNoResults,
    chosen: t.regionChosen,
    // The core's own words for a search text it refuses (too long, nothing searchable).
    refused: (errors) => errors.map((e) => messageText(e.message)).join(' '),
    failed: t.regionFailed,
    waiting: t.regionWaiting,
    name: (region) => placeName(region, lang),
  };
}

/**
 * A region field drawn by a page's own screen. `heading` is the field's label (a <label> or a
 * question heading that holds one for `${id}-input`); `errors` the texts to show at the field.
 * @returns {{node: HTMLElement, picker: RegionPicker}}
 */
export function regionField({ id, heading, hint, errors, errorPrefix, lang, ask, messageText, onChange }) {
  const inputId = `${id}-input`;
  const described = [`${id}-hint`, errors.length ? `${id}-error` : null].filter(Boolean).join(' ');
  const input = el('input', {
    id: inputId, type: 'text', autocomplete: 'off', autocorrect: 'off', spellcheck: 'false',
    'aria-describedby': described, 'aria-invalid': errors.length ? 'true' : null,
  });
  const clear = el('button', { type: 'button', class: 'picker-clear button-outline', text: REGION_PICKER_TEXT[lang].clear });
  const status = el('p', { id: `${id}-status`, class: 'picker-status', role: 'status' });
  const listbox = el('ul', { id: `${id}-listbox`, class: 'picker-list' });
  const node = el('div', { class: `field picker${errors.length ? ' field-has-error' : ''}` },
    heading,
    el('p', { id: `${id}-hint`, class: 'hint', text: hint }),
    errors.length ? fieldError(`${id}-error`, errorPrefix, errors) : null,
    el('div', { class: 'picker-row' }, input, clear), status, listbox);
  const picker = new RegionPicker({
    input, listbox, status, clear,
    texts: pickerTexts(lang, messageText),
    search: coreSearch(ask),
    onChange,
  });
  return { node, picker };
}

/**
 * Shows a kept region code in the picker, named by the core. With `exactOnly`, a code from an
 * older list (which the core names as the larger area it now belongs to) is left out instead.
 */
export function showRegion(picker, ask, code, { exactOnly = false } = {}) {
  if (!CODE.test(code ?? '')) return;
  const response = ask('region.get', { code });
  if (response.ok && !(exactOnly && response.result.exact === false)) picker.setValue(response.result);
}
