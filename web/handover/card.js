// The handover card on screen and on paper (handover.css prints it on A4 in large type): the
// model's sections as headed blocks; "big" items are the one sentence to read if nothing else.
import { el } from '../components/dom/dom.js';
import { confidenceMark, lowNote } from '../components/confidence/confidence.js';

const mark = () => confidenceMark();

function items(list, t) {
  const out = [];
  let ul = null;
  for (const item of list) {
    const content = [item.text, item.low ? ' ' : null, item.low ? mark() : null];
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
  if (model.hasLow) card.append(lowNote({ class: 'card-note' }));
  card.append(el('p', { class: 'card-note' }, t.notOfficial, ' ', el('span', { class: 'card-made-on', text: model.madeOn })));
  return card;
}

/**
 * The rest of the printed packet, after the card: the filing QR code (drawn into #packet-qr by
 * the page, as drawing is asynchronous) and the estimate's explanation, step by step.
 */
export function renderPacket(model, t) {
  const p = model.packet;
  const qr = p.hasFiling
    ? el('section', { class: 'card-section packet-qr', 'aria-labelledby': 'packet-qr-title' },
      el('h3', { id: 'packet-qr-title', text: t.packetQrTitle }),
      p.qr ? el('div', { id: 'packet-qr', class: 'qr-slot', 'data-state': 'loading' }) : el('p', { id: 'packet-qr-missing', text: t.packetQrMissing }),
      p.qr ? el('p', { class: 'card-note', text: t.packetQrCaption }) : null)
    : null;
  const explanation = p.explanation.length
    ? el('section', { class: 'card-section', id: 'packet-explanation', 'aria-labelledby': 'packet-explanation-title' },
      el('h3', { id: 'packet-explanation-title', text: t.packetExplanationTitle }),
      el('ol', { class: 'card-list packet-steps' }, p.explanation.map((e) => el('li', {}, e.text, e.low ? ' ' : null, e.low ? mark() : null))))
    : null;
  if (!qr && !explanation) return null;
  return el('article', { class: 'handover-card packet', id: 'packet', 'aria-labelledby': 'packet-title' },
    el('h2', { class: 'card-title', id: 'packet-title', text: t.packetTitle }), qr, explanation);
}
