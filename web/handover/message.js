// The handover as a short plain-text message (WeChat, SMS): the card's model, one line per item,
// sections separated by a blank line, "·" for list items. No markup and no links: it is read in a
// chat window, and a link to this device's page would mean nothing on another phone.

import { CONFIDENCE_TEXT } from '../components/confidence/confidence.js';

/** @param {object} model  buildModel()'s result; @param {object} t  the page text */
export function messageText(model, t) {
  const sure = CONFIDENCE_TEXT[model.lang];
  const lines = [`【${model.title}】`];
  if (model.person) {
    const who = [model.person.name, model.person.id ? `${t.idNumber} ${model.person.id}` : ''].filter(Boolean).join(t.comma);
    lines.push(`${t.person}${t.colon}${who}`);
  }
  for (const s of model.sections) {
    lines.push('', `${s.title}${t.colon}`);
    for (const item of s.items) {
      const mark = item.low ? ` ${sure.mark}` : '';
      lines.push(`${item.kind === 'li' ? '· ' : ''}${item.text}${mark}`);
    }
  }
  if (model.hasLow) lines.push('', sure.lowNote);
  lines.push('', t.notOfficial, model.madeOn);
  return lines.join('\n');
}
