// Every word of the eligibility step's own (eligibility/*.js), per language (text.json), plus the
// link texts the main page and the filing result use to lead here. Policy wording (the route
// sentence, reasons, checklist, deadline, audits, disease and filing-category names) is NOT here:
// it comes from the core (eligibility.check) with its sources, so page and core cannot disagree.
// Question titles are the questions themselves, in plain words; `short` names each answer on
// the "check your answers" screen.
import { bilingual, oneOrMany } from '../shell/bilingual.js';
import { QUESTION_WORDS } from '../components/question-flow/text.js';
import words from './text.json' with { type: 'json' };
import { CONFIDENCE_TEXT } from '../components/confidence/confidence.js';

export const TEXT = bilingual({ ...QUESTION_WORDS, ...words }, {
  // The questions name the kind of institution: a pharmacy, or a hospital for any other visit.
  'institutionSearch.title': (t) => (pharmacy) => (pharmacy ? t.titlePharmacy : t.titleHospital),
  'steps.designated.title': (t) => (pharmacy) => (pharmacy ? t.titlePharmacy : t.titleHospital),
  'steps.networked.title': (t) => (setting) => t.titles[setting],
  // Days left before the deadline, or (negative) days since it passed.
  'answer.daysLeft': (t) => (n) => (n >= 0 ? oneOrMany(t.daysLeftOne, t.daysLeftMany)(n) : oneOrMany(t.daysAgoOne, t.daysAgoMany)(-n)),
});

// How sure a statement is: the words every page shares (components/confidence).
for (const [lang, t] of Object.entries(TEXT)) {
  t.answer.unconfirmed = CONFIDENCE_TEXT[lang].level.low;
  t.steps.disease.marked = CONFIDENCE_TEXT[lang].named;
}
