// Every word of the estimate page (estimate/*.js), in zh-CN and English (text.json). Plain words
// for older readers; figures and policy wording are not here: amounts are formatted from the
// core's fen, and the explanation, warnings and sources are the core's own, in the page language.
// Entries that depend on a figure or a name take it as an argument ({amount}).
import { bilingual, oneOrMany } from '../shell/bilingual.js';
import words from './text.json' with { type: 'json' };

export const ESTIMATE_TEXT = bilingual(words, {
  'slip.compare.someDiffer': (t) => oneOrMany(t.someDifferOne, t.someDifferMany),
  // The hospital level's label ("Tier 3 hospital") stands mid-sentence; Chinese has no case.
  'result.whatIf.level': (t) => (label) => t.atLevel(label.toLowerCase()),
});
