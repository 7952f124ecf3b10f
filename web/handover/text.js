// Every word of the family handover card (handover/*.js), per language (text.json). The policy
// wording on the card (filing category, validity, route, what to show, the papers, deadlines) is
// the core's, with its confidence; this file holds only the card's own frame. Plain words, large
// type: the card is read by a parent in a hospital corridor, or by a grown child on a phone far
// away.
import { bilingual } from '../shell/bilingual.js';
import words from './text.json' with { type: 'json' };

export const TEXT = bilingual(words);
