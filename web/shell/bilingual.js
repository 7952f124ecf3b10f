// A catalogue is written key by key with both languages side by side, so a text and its
// translation are read (and changed) together. Words are data, so they live in a JSON file beside
// the page (text.json), which the page's text.js imports and hands to bilingual():
//   { "title": { "zh-CN": "我的数据", "en": "My data" }, "stored": { "none": { … } } }
// and pages read it by language, as they always have: { 'zh-CN': { title, stored: { none } },
// en: { … } }. A value with both languages is a text (a string or a list of strings); any other
// object is a group of keys.
//
// A text that takes figures or names is a template: `args` names its arguments in the order the
// page passes them, and each language puts them where it needs them:
//   "results": { "zh-CN": "找到 {n} 家", "en": "{n} found", "args": ["n"] }
// becomes the function (n) => … the page calls. The order is declared rather than read from the
// texts because the languages order them differently ("{year}年的 {n} 笔" / "{n} … of {year}").
// The few texts that choose (one or many, a hospital or a pharmacy) are plain texts in the data
// plus a one-line function in text.js, passed here as `logic`, so the data holds no code.
//
// Everything is checked when the catalogue loads, rather than shown as a gap on a page: a text in
// one language only, a {slot} that is not an argument, an argument one language leaves out.
export const LANGUAGES = ['zh-CN', 'en'];

const SLOT = /\{(\w+)\}/g;
const slotsOf = (s) => [...s.matchAll(SLOT)].map((m) => m[1]);

function isText(value, where) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value).filter((k) => k !== 'args');
  const named = keys.filter((k) => LANGUAGES.includes(k));
  if (named.length === 0 && !('args' in value)) return false;
  if (named.length !== LANGUAGES.length || keys.length !== named.length) {
    throw new Error(`${where}: a text needs exactly ${LANGUAGES.join(' and ')}, not ${keys.join(', ')}`);
  }
  return true;
}

function text(value, lang, where) {
  const { [lang]: words, args } = value;
  if (args === undefined) {
    const strings = Array.isArray(words) ? words : [words];
    if (!strings.every((s) => typeof s === 'string')) throw new Error(`${where}: ${lang} is not a string or a list of strings`);
    const stray = strings.flatMap(slotsOf)[0];
    if (stray) throw new Error(`${where}: {${stray}} in ${lang}, but the text takes no args`);
    return words;
  }
  if (!Array.isArray(args) || !args.every((a) => /^\w+$/.test(a)) || new Set(args).size !== args.length) {
    throw new Error(`${where}: args must be a list of distinct names`);
  }
  if (typeof words !== 'string') throw new Error(`${where}: a text with args is one string in ${lang}`);
  const used = slotsOf(words);
  const unknown = used.find((s) => !args.includes(s));
  if (unknown) throw new Error(`${where}: {${unknown}} in ${lang} is not one of its args (${args.join(', ')})`);
  const unused = args.find((a) => !used.includes(a));
  if (unused) throw new Error(`${where}: ${lang} does not use the argument ${unused}`);
  const fill = (...values) => words.replace(SLOT, (_, name) => String(values[args.indexOf(name)]));
  return Object.defineProperty(fill, 'length', { value: args.length }); // as (n) => … had
}

function pick(entries, lang, path) {
  const out = {};
  for (const [key, value] of Object.entries(entries)) {
    const where = path ? `${path}.${key}` : key;
    if (isText(value, where)) out[key] = text(value, lang, where);
    else if (value && typeof value === 'object' && !Array.isArray(value)) out[key] = pick(value, lang, where);
    else throw new Error(`${where}: not in both languages`);
  }
  return out;
}

/**
 * { key: { 'zh-CN': …, en: … } } → { 'zh-CN': { key: … }, en: { key: … } }. `logic` adds the
 * texts that choose: { 'group.key': (group) => (…) => … }, made once per language from that
 * language's group (its plain texts), under a key the data does not already use.
 */
export function bilingual(entries, logic = {}) {
  return Object.fromEntries(LANGUAGES.map((lang) => {
    const words = pick(entries, lang, '');
    for (const [where, make] of Object.entries(logic)) {
      const path = where.split('.');
      const key = path.pop();
      const group = path.reduce((g, k) => g?.[k], words);
      if (!group || typeof group !== 'object') throw new Error(`${where}: no group to put it in`);
      if (key in group) throw new Error(`${where}: the data already has a text there`);
      group[key] = make(group);
    }
    return [lang, words];
  }));
}

/** For `logic`: a count's text, the one form ("1 item") or the many form of n ("{n} items"). */
export const oneOrMany = (one, many) => (n) => (n === 1 ? one : many(n));
