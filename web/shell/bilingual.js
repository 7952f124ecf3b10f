// A catalogue is written key by key with both languages side by side, so a text and its
// translation are read (and changed) together:
//   bilingual({ title: { 'zh-CN': '我的数据', en: 'My data' }, stored: { none: { … } } })
// and pages read it by language, as they always have: { 'zh-CN': { title, stored: { none } },
// en: { … } }. A value with both languages is a text (a string, a function of its figures, a
// list); any other object is a group of keys. A text in only one language is refused here, when
// the catalogue is loaded, rather than shown as a gap.
export const LANGUAGES = ['zh-CN', 'en'];

function isText(value, where) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const named = keys.filter((k) => LANGUAGES.includes(k));
  if (named.length === 0) return false;
  if (named.length !== LANGUAGES.length || keys.length !== named.length) {
    throw new Error(`${where}: a text needs exactly ${LANGUAGES.join(' and ')}, not ${keys.join(', ')}`);
  }
  return true;
}

function pick(entries, lang, path) {
  const out = {};
  for (const [key, value] of Object.entries(entries)) {
    const where = path ? `${path}.${key}` : key;
    if (isText(value, where)) out[key] = value[lang];
    else if (value && typeof value === 'object' && !Array.isArray(value)) out[key] = pick(value, lang, where);
    else throw new Error(`${where}: not in both languages`);
  }
  return out;
}

/** { key: { 'zh-CN': …, en: … } } → { 'zh-CN': { key: … }, en: { key: … } }. */
export function bilingual(entries) {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, pick(entries, lang, '')]));
}
