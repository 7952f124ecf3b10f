// A region picker: an editable combobox with list autocomplete and a listbox popup, following
// the WAI-ARIA APG combobox pattern (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
// It knows nothing about the core or the page's languages: the page hands it a search function
// and the texts for its status line, so the same picker serves any list of regions.
//
// Selection is manual (the APG "list autocomplete with manual selection" variant): typing never
// picks anything by itself, so a half-typed name can never become someone's insured place.

// A name may mix a Chinese part without a certain English reading with English parts ("万荣县,
// Yuncheng, Shanxi"): each Chinese run is marked as such, so a screen reader on the English page
// reads it with a Chinese voice.
function markedName(text) {
  const out = document.createDocumentFragment();
  for (const part of text.split(/(\p{Script=Han}+)/u)) {
    if (!part) continue;
    if (/\p{Script=Han}/u.test(part)) {
      const span = document.createElement('span');
      span.className = 'place';
      span.lang = 'zh-CN';
      span.textContent = part;
      out.append(span);
    } else {
      out.append(part);
    }
  }
  return out;
}

const KEY = {
  DOWN: 'ArrowDown',
  UP: 'ArrowUp',
  LEFT: 'ArrowLeft',
  RIGHT: 'ArrowRight',
  HOME: 'Home',
  END: 'End',
  ENTER: 'Enter',
  ESCAPE: 'Escape',
  TAB: 'Tab',
};

// Apostrophes are what Chinese input methods put between syllables while composing ("bei'jing");
// the core's pinyin matching knows nothing of them.
export function normalizeQuery(text) {
  return text.normalize('NFKC').replace(/['’]/g, '').trim();
}

export class RegionPicker {
  /**
   * @param {object} parts
   * @param {HTMLInputElement} parts.input   the text box; becomes the combobox
   * @param {HTMLElement} parts.listbox      an empty element (a <ul>) with an id; becomes the popup
   * @param {HTMLElement} parts.status       a live region for the number of results
   * @param {HTMLButtonElement} [parts.clear] optional button that empties the box
   * @param {(query: string) => {hits: object[], limit: number} | {refused: any} | null} parts.search
   *        hits carry code and full_name; `refused` is handed to texts.refused (the search text
   *        was not acceptable, e.g. too long); {waiting: true} when it cannot run yet (then
   *        refresh() once it can); null when the search failed altogether
   * @param {(region: object | null) => void} parts.onChange  called when the choice changes
   * @param {object} parts.texts
   *        { results(count, limited), noResults, chosen(fullName), refused(refused), failed,
   *          waiting?, name?(region) } — `name` says a region in the page language (full_name if absent)
   */
  constructor({ input, listbox, status, clear, search, onChange, texts }) {
    this.input = input;
    this.listbox = listbox;
    this.status = status;
    this.clearButton = clear ?? null;
    this.search = search;
    this.onChange = onChange;
    this.texts = texts;

    this.hits = [];
    this.limited = false;
    this.active = -1;
    this.selected = null;
    // What the status line says, kept as a description so a language switch can redo it.
    this.statusState = { kind: 'idle' };
    this.pendingFrame = 0;

    this.setUpRoles();
    this.input.addEventListener('input', () => this.onInput());
    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.input.addEventListener('blur', () => this.close());
    // Keeps focus in the text box while an option is pressed (mouse or touch), so the box does
    // not blur and close the list before the click arrives.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => this.onOptionClick(event));
    this.clearButton?.addEventListener('click', () => {
      this.clear();
      this.input.focus();
    });
  }

  setUpRoles() {
    const { input, listbox } = this;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('autocomplete', 'off');
    listbox.setAttribute('role', 'listbox');
    // The listbox is named by the same label as its text box.
    const label = input.labels?.[0];
    if (label) {
      if (!label.id) label.id = `${input.id}-label`;
      listbox.setAttribute('aria-labelledby', label.id);
    }
    listbox.hidden = true;
  }

  get value() {
    return this.selected;
  }

  get isOpen() {
    return this.input.getAttribute('aria-expanded') === 'true';
  }

  setTexts(texts) {
    this.texts = texts;
    // The chosen place is named again in the new language, unless the person is typing.
    if (this.selected) this.input.value = this.nameOf(this.selected);
    if (this.hits.length) this.renderOptions();
    this.renderStatus();
  }

  nameOf(region) {
    return this.texts.name ? this.texts.name(region) : region.full_name;
  }

  setDisabled(disabled) {
    this.input.disabled = disabled;
    if (disabled) this.close();
    this.renderClear();
  }

  /** Shows a region chosen earlier (e.g. restored from storage) without calling onChange. */
  setValue(region) {
    this.selected = region;
    this.input.value = region ? this.nameOf(region) : '';
    this.close();
    this.statusState = region ? { kind: 'chosen' } : { kind: 'idle' };
    this.renderStatus();
    this.renderClear();
  }

  clear() {
    const had = this.selected !== null;
    this.setValue(null);
    if (had) this.onChange(null);
  }

  onInput() {
    if (this.selected && this.input.value !== this.nameOf(this.selected)) {
      this.selected = null;
      this.onChange(null);
    }
    this.renderClear();
    // One search per frame however fast the keys come, so typing never waits on searching.
    if (!this.pendingFrame) {
      this.pendingFrame = requestAnimationFrame(() => {
        this.pendingFrame = 0;
        this.runSearch({ open: true });
      });
    }
  }

  runSearch({ open }) {
    if (this.pendingFrame) {
      cancelAnimationFrame(this.pendingFrame);
      this.pendingFrame = 0;
    }
    const query = normalizeQuery(this.input.value);
    if (!query) {
      this.hits = [];
      this.close();
      this.statusState = { kind: 'idle' };
      this.renderStatus();
      return;
    }
    const found = this.search(query);
    if (found?.waiting) {
      // The search is not there yet (the page loads it on first use): the box keeps what is
      // typed, and the page calls refresh() when it can search.
      this.hits = [];
      this.close();
      this.statusState = { kind: 'waiting' };
      this.renderStatus();
      return;
    }
    if (!found) {
      this.hits = [];
      this.statusState = { kind: 'failed' };
    } else if (found.refused) {
      this.hits = [];
      this.statusState = { kind: 'refused', refused: found.refused };
    } else {
      this.hits = found.hits;
      this.limited = found.hits.length >= found.limit;
      this.statusState = this.hits.length ? { kind: 'results' } : { kind: 'none' };
    }
    this.active = -1;
    this.renderOptions();
    if (open && this.hits.length) this.open();
    else this.close();
    this.renderStatus();
    // What the list now answers, so tests (and portals) can tell a finished search from one a
    // frame behind the keyboard.
    this.listbox.dataset.query = this.input.value;
  }

  /** Searches again for what is in the box, e.g. once a search that was waiting can run. */
  refresh() {
    if (this.selected || !normalizeQuery(this.input.value)) return;
    this.runSearch({ open: document.activeElement === this.input });
  }

  optionId(index) {
    return `${this.listbox.id}-option-${index}`;
  }

  renderOptions() {
    const options = this.hits.map((hit, index) => {
      const li = document.createElement('li');
      li.id = this.optionId(index);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.index = String(index);
      li.textContent = this.nameOf(hit);
      // A name in Chinese only (the Chinese page, or no certain English reading) is marked so
      // a screen reader in English mode still reads it with a Chinese voice.
      if (!/[A-Za-z]/.test(li.textContent)) li.lang = 'zh-CN';
      return li;
    });
    this.listbox.replaceChildren(...options);
  }

  open() {
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    if (this.pendingFrame) {
      cancelAnimationFrame(this.pendingFrame);
      this.pendingFrame = 0;
    }
    this.setActive(-1);
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }

  // The "visual focus" of the APG: DOM focus stays in the text box, aria-activedescendant
  // tells assistive technology which option is highlighted.
  setActive(index) {
    const previous = this.listbox.querySelector('[aria-selected="true"]');
    previous?.setAttribute('aria-selected', 'false');
    this.active = index;
    if (index < 0) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    const option = document.getElementById(this.optionId(index));
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  choose(index) {
    const region = this.hits[index];
    if (!region) return;
    this.setValue(region);
    this.onChange(region);
  }

  // Opens the list for the arrow keys when it is closed: the results may be stale (the box was
  // restored, or the list closed on blur), so search again first.
  openWith(pick) {
    this.runSearch({ open: true });
    if (this.isOpen) this.setActive(pick(this.hits.length));
  }

  onKeyDown(event) {
    if (event.ctrlKey || event.metaKey || event.isComposing) return;
    const count = this.hits.length;
    switch (event.key) {
      case KEY.DOWN:
        event.preventDefault();
        if (event.altKey) {
          if (!this.isOpen) this.openWith(() => -1);
        } else if (this.isOpen) {
          this.setActive(this.active + 1 >= count ? 0 : this.active + 1);
        } else {
          this.openWith(() => 0);
        }
        break;
      case KEY.UP:
        event.preventDefault();
        if (event.altKey) {
          this.close();
        } else if (this.isOpen) {
          this.setActive(this.active <= 0 ? count - 1 : this.active - 1);
        } else {
          this.openWith((n) => n - 1);
        }
        break;
      case KEY.ENTER:
        if (this.isOpen && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case KEY.ESCAPE:
        event.preventDefault();
        if (this.isOpen) this.close();
        else this.clear();
        break;
      // Editing keys hand visual focus back to the text box; the browser then moves the caret.
      case KEY.LEFT:
      case KEY.RIGHT:
      case KEY.HOME:
      case KEY.END:
        if (this.active >= 0) this.setActive(-1);
        break;
      case KEY.TAB:
        this.close();
        break;
      default:
        break;
    }
  }

  onOptionClick(event) {
    const option = event.target.closest('[role="option"]');
    if (!option || !this.listbox.contains(option)) return;
    this.choose(Number(option.dataset.index));
  }

  renderClear() {
    if (this.clearButton) this.clearButton.hidden = this.input.value === '' || this.input.disabled;
  }

  renderStatus() {
    const { texts } = this;
    const kind = this.statusState.kind;
    let text = '';
    if (kind === 'results') text = texts.results(this.hits.length, this.limited);
    else if (kind === 'none') text = texts.noResults;
    else if (kind === 'failed') text = texts.failed;
    else if (kind === 'waiting') text = texts.waiting;
    else if (kind === 'refused') text = texts.refused(this.statusState.refused);
    else if (kind === 'chosen' && this.selected) text = texts.chosen(this.nameOf(this.selected));
    // Only touch the live region when the words change, so nothing is announced twice.
    // The line stays in the page even when empty: a live region that appears and speaks at
    // the same moment is often not announced.
    if (this.status.textContent !== text) {
      if (kind === 'chosen' && /[A-Za-z]/.test(text)) this.status.replaceChildren(markedName(text));
      else this.status.textContent = text;
    }
  }
}
