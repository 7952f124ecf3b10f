// The manual-claim papers as real checkboxes. What is ticked is kept in localStorage
// (medins.eligibility.ticked, through Answers) so a person gathering papers over days finds
// their ticks again; the ids are the core's checklist ids, so a tick follows its paper even when
// the answer changes and the list grows or shrinks.
import { el } from '../components/dom/dom.js';
import { local, marked, sources } from './basis.js';

const KEY = 'ticked';

function ticked(answers) {
  const value = answers.get(KEY);
  return new Set(Array.isArray(value) ? value : []);
}

export function renderChecklist(items, answers, a, lang) {
  const done = ticked(answers);
  const count = el('p', { class: 'checklist-count', id: 'checklist-count', 'aria-live': 'polite' });
  const update = () => {
    const n = items.filter((item) => done.has(item.id)).length;
    count.textContent = a.ticked(n, items.length);
  };
  const list = el('ul', { class: 'tick-list', id: 'claim-checklist' });
  for (const item of items) {
    const id = `tick-${item.id}`;
    const box = el('input', { type: 'checkbox', id, 'data-item': item.id, checked: done.has(item.id) });
    box.addEventListener('change', () => {
      if (box.checked) done.add(item.id);
      else done.delete(item.id);
      answers.set(KEY, [...done]);
      update();
    });
    const label = el('label', { for: id }, el('span', { class: 'tick-text', text: local(item.text, lang) }));
    if (item.for?.length === 1 && item.for[0] === 'agent') label.append(' ', el('span', { class: 'tag', text: a.forAgent }));
    marked(label, item.confidence);
    list.append(el('li', { class: 'tick-item', 'data-item': item.id }, box, el('div', { class: 'tick-body' }, label, sources(item.basis, a, lang, { level: item.confidence ?? item.basis?.confidence }))));
  }
  update();
  return [list, count];
}
