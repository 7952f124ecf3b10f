// The handover card on screen and on paper (handover.css prints it on A4 in large type): the
// model's sections as headed blocks; "big" items are the one sentence to read if nothing else.
import { el } from '../filing/dom.js';

function mark(t) {
  return el('strong', { class: 'mark-unconfirmed', text: `【${t.unconfirmed}】` });
}

function items(list, t) {
  const out = [];
  let ul = null;
  for (const item of list) {
    const content = [item.text, item.low ? ' ' : null, item.low ? mark(t) : null];
    if (item.kind === 'li') {
      if (!ul) out.push((ul = el('ul', { class: 'card-list' })));
      ul.append(el('li', { 'data-low': item.low ? '1' : null }, ...content));
      continue;
    }
    ul = null;
    const cls = { big: 'card-big', label: 'card-label', p: 'card-text' }[item.kind];
    out.push(el('p', { class: cls, 'data-low': item.low ? '1' : null }, ...content));
  }
  return out;
}

export function renderCard(model, t) {
  const card = el('article', { class: 'handover-card', id: 'card', 'aria-labelledby': 'card-title' },
    el('h2', { class: 'card-title', id: 'card-title', text: model.title }));
  if (model.person) {
    card.append(el('p', { class: 'card-person', id: 'card-person' },
      `${t.person}${t.colon}`, el('span', { lang: 'zh-CN', text: model.person.name }),
      model.person.id ? `${t.comma}${t.idNumber}${t.colon}` : '', model.person.id ? el('span', { class: 'card-id', text: model.person.id }) : ''));
  }
  for (const s of model.sections) {
    card.append(el('section', { class: 'card-section', id: `card-${s.id}`, 'aria-labelledby': `card-${s.id}-title` },
      el('h3', { id: `card-${s.id}-title`, text: s.title }), ...items(s.items, t)));
  }
  if (model.hasLow) card.append(el('p', { class: 'card-note' }, mark(t), ' ', t.unconfirmedNote));
  card.append(el('p', { class: 'card-note', text: t.notOfficial }), el('p', { class: 'card-note', text: model.madeOn }));
  return card;
}
