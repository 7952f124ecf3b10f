// The "where insured / where treated" section: two region pickers, the relation between the
// two places from the core, and the two choices remembered across reloads. Region codes are
// not personal the way the ID number is, so keeping them saves people typing them again.
import { coreSearch, pickerTexts } from '../components/region-picker/core-field.js';
import { el } from '../components/dom/dom.js';
import { placeNode } from '../components/region-picker/place-name.js';
import { RegionPicker } from '../components/region-picker/region-picker.js';

const STORAGE_KEYS = { insured: 'medins.insured_region', treatment: 'medins.treatment_region' };
const CODE_PATTERN = /^\d{6}$/;

function storedCode(key) {
  try {
    const code = localStorage.getItem(key);
    return CODE_PATTERN.test(code ?? '') ? code : null;
  } catch {
    return null; // Storage switched off: the person simply chooses again.
  }
}

function storeCode(key, code) {
  try {
    if (code) localStorage.setItem(key, code);
    else localStorage.removeItem(key);
  } catch {
    // As in storedCode.
  }
}

/** Whether a place chosen here before is kept: the core names it when the page opens. */
export function placesKept() {
  return Object.values(STORAGE_KEYS).some((key) => storedCode(key) !== null);
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @param {object} deps
 * @param {(op: string, request: object) => object} deps.ask  the page's door to the core
 * @param {() => object} deps.texts  the current language's TEXT entry
 * @param {() => string} deps.lang  the current language
 * @param {(message: object) => string} deps.messageText  a core message in the current language
 * @param {() => string} deps.coreState  'ready' | 'failed' | anything else while it is coming
 * @returns {{ open(): void, start(): void, failed(): void, render(): void }}
 */
export function createRegionsSection({ ask, texts, lang, messageText, coreState }) {
  const resultEl = document.getElementById('relation-result');
  // The last relation answer, so a language switch can show it again.
  let relation = null;

  const pickers = {};
  for (const role of Object.keys(STORAGE_KEYS)) {
    pickers[role] = new RegionPicker({
      input: document.getElementById(`${role}-input`),
      listbox: document.getElementById(`${role}-listbox`),
      status: document.getElementById(`${role}-status`),
      clear: document.getElementById(`${role}-clear`),
      texts: pickerTexts(lang(), messageText),
      // Typed before the core is there (a first visit loads it on first use): the picker says it
      // is getting ready and searches when start() or failed() refreshes it.
      search: (query) => {
        const state = coreState();
        if (state === 'ready') return coreSearch(ask)(query);
        return state === 'failed' ? null : { waiting: true };
      },
      onChange: (region) => {
        storeCode(STORAGE_KEYS[role], region?.code);
        updateRelation();
      },
    });
  }

  function updateRelation() {
    const insured = pickers.insured.value;
    const treatment = pickers.treatment.value;
    relation = insured && treatment
      ? ask('region.relation', { insured: insured.code, treatment: treatment.code })
      : null;
    renderRelation();
  }

  function renderRelation() {
    const t = texts();
    delete resultEl.dataset.relation;
    if (!relation) {
      resultEl.replaceChildren();
      resultEl.hidden = true;
      resultEl.classList.remove('error');
      return;
    }
    if (!relation.ok) {
      const errors = Array.isArray(relation.errors) ? relation.errors : [{}];
      resultEl.replaceChildren(...errors.map((e) => element('p', '', messageText(e.message))));
      resultEl.classList.add('error');
      resultEl.hidden = false;
      return;
    }
    const r = relation.result;
    // An unknown relation (a newer core) still shows the two places, just without a verdict.
    const meaning = t.relation[r.relation];
    const nodes = [element('h3', '', t.relationTitle)];
    if (meaning) {
      nodes.push(element('p', 'relation-name', meaning.name), element('p', 'relation-text', meaning.text));
    }
    const places = element('dl', 'relation-places');
    for (const [label, region] of [[t.relationInsured, r.insured], [t.relationTreatment, r.treatment]]) {
      places.append(element('dt', '', label), el('dd', {}, placeNode(region, lang())));
    }
    nodes.push(places);
    resultEl.replaceChildren(...nodes);
    resultEl.classList.remove('error');
    resultEl.dataset.relation = r.relation;
    resultEl.hidden = false;
  }

  return {
    // Before the core, when nothing kept needs it (the boxes are empty): typing can begin.
    open() {
      for (const picker of Object.values(pickers)) picker.setDisabled(false);
    },
    // Called once the core is loaded.
    start() {
      for (const [role, picker] of Object.entries(pickers)) {
        picker.setDisabled(false);
        const code = storedCode(STORAGE_KEYS[role]);
        if (!code) continue;
        const response = ask('region.get', { code });
        // A code that no longer resolves exactly (the divisions changed) is dropped rather than
        // silently replaced by a bigger area the person never chose.
        if (response.ok && response.result.exact !== false) picker.setValue(response.result);
        else storeCode(STORAGE_KEYS[role], null);
      }
      updateRelation();
      for (const picker of Object.values(pickers)) picker.refresh();
    },
    // The core did not load: what was typed while it was coming gets the picker's failure words.
    failed() {
      for (const picker of Object.values(pickers)) picker.refresh();
    },
    render() {
      const pickerText = pickerTexts(lang(), messageText);
      for (const picker of Object.values(pickers)) picker.setTexts(pickerText);
      renderRelation();
    },
  };
}
