// The handover as a short plain-text message (WeChat, SMS): the card's model, one line per item,
// sections separated by a blank line, "·" for list items. No markup and no links: it is read in a
// chat window, and a link to this device's page would mean nothing on another phone.

/** @param {object} model  buildModel()'s result; @param {object} t  the page text */
export function messageText(model, t) {
  const lines = [`【${model.title}】`];
  if (model.person) {
    const who = [model.person.name, model.person.id ? `${t.idNumber} ${model.person.id}` : ''].filter(Boolean).join(t.comma);
    lines.push(`${t.person}${t.colon}${who}`);
  }
  for (const s of model.sections) {
    lines.push('', `${s.title}${t.colon}`);
    for (const item of s.items) {
      const mark = item.low ? ` 【${t.unconfirmed}】` : '';
      lines.push(`${item.kind === 'li' ? '· ' : ''}${item.text}${mark}`);
    }
  }
  if (model.hasLow) lines.push('', t.unconfirmedNote);
  lines.push('', t.notOfficial, model.madeOn);
  return lines.join('\n');
}
