// Every word of the home page (index.html, home/*.js), per language (text.json), with the shell's
// and the region picker's words it shows too, and the formats of what the ID check reads out.
import { bilingual } from '../shell/bilingual.js';
import { REGION_PICKER_TEXT } from '../components/region-picker/text.js';
import { SHELL_TEXT } from '../shell/text.js';
import words from './text.json' with { type: 'json' };

const OWN = bilingual(words);

export const TEXT = {
  'zh-CN': { ...SHELL_TEXT['zh-CN'], ...REGION_PICKER_TEXT['zh-CN'], ...OWN['zh-CN'] },
  en: { ...SHELL_TEXT.en, ...REGION_PICKER_TEXT.en, ...OWN.en },
};

export function formatSex(sex, lang) {
  return OWN[lang].sexNames[sex] ?? sex;
}

export function formatAge(age, lang) {
  return lang === 'en' ? String(age) : `${age} 岁`;
}
