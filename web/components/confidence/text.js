// The confidence vocabulary's words (text.json): the three levels of the data, the mark a low
// statement carries, an option named as low, and the note under a screen with low statements.
import { bilingual } from '../../shell/bilingual.js';
import words from './text.json' with { type: 'json' };

export const CONFIDENCE_TEXT = bilingual(words);
