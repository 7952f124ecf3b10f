// The words of the one-question-a-screen flow itself (filing, eligibility): buttons, answers,
// and the page's own problems (text.json). Each flow's catalogue spreads QUESTION_WORDS into its
// own entries.
import { bilingual } from '../../shell/bilingual.js';
import words from './text.json' with { type: 'json' };

export const QUESTION_WORDS = words;

export const QUESTION_TEXT = bilingual(QUESTION_WORDS);
