// How a place is named on the page, in one place for every page: in Chinese its official name
// ("广东省 › 深圳市"), in English the core's English form ("Shenzhen (深圳市), Guangdong"), which
// keeps the Chinese in brackets so it can be matched with forms and signs, and is the Chinese
// alone where no certain reading exists (the core never guesses a polyphonic reading).
import { el } from '../dom/dom.js';

/** The region's full name in `lang`. `region` is a region answer of the core (region.get, hits). */
export function placeName(region, lang) {
  if (!region) return '';
  return lang === 'en' && region.full_name_en ? region.full_name_en : region.full_name;
}

/** The name without the province and city ("深圳市" / "Shenzhen (深圳市)"). */
export function shortPlaceName(region, lang) {
  if (!region) return '';
  return lang === 'en' && region.name_en ? region.name_en : region.name;
}

/**
 * A <span> holding the name, marked Chinese when it is the Chinese name (so a screen reader on
 * the English page reads it with a Chinese voice). `text` defaults to the full name.
 */
export function placeNode(region, lang, text = placeName(region, lang)) {
  // "万荣县, Yuncheng, Shanxi": the part without a certain reading is marked Chinese on its own.
  if (lang === 'en' && region?.name && region.name_en === region.name && text.startsWith(region.name) && text !== region.name) {
    return el('span', { class: 'place' }, el('span', { lang: 'zh-CN', text: region.name }), text.slice(region.name.length));
  }
  const chinese = !/[A-Za-z]/.test(text);
  return el('span', { class: 'place', lang: chinese ? 'zh-CN' : null, text });
}
