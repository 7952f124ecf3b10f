// Every word of the filing flow (filing/*.js), per language (text.json). Error messages are not
// here on purpose: they come from the core's response, so the page and the core can never
// disagree. Question titles are the questions themselves, in plain words; `short` labels name
// each answer on the "check your answers" screen. Policy wording (categories, materials,
// channels, validity) is not here either: it comes from the core with its sources.
import { bilingual } from '../shell/bilingual.js';
import { QUESTION_WORDS } from '../components/question-flow/text.js';
import words from './text.json' with { type: 'json' };
import { CONFIDENCE_TEXT } from '../components/confidence/confidence.js';

export const TEXT = bilingual({ ...QUESTION_WORDS, ...words }, {
  // A region with a city of its own may be named either way.
  'result.provinceOrCity': (t) => (province, city) => (city ? t.provinceOrCityBoth(province, city) : String(province)),
});

// How sure a statement is: the words every page shares (components/confidence).
for (const [lang, t] of Object.entries(TEXT)) t.result.confidence = CONFIDENCE_TEXT[lang].level;
