// The region picker's own words (text.json): its status line (results, none, chosen, failed) and
// the clear button. Region names are not translated: they are the official Chinese names, as
// printed on insurance papers and hospital signs.
import { bilingual, oneOrMany } from '../../shell/bilingual.js';
import words from './text.json' with { type: 'json' };

export const REGION_PICKER_TEXT = bilingual(words, {
  // Past the list's limit only the first `count` are shown; below it, one place or many.
  regionResults: (t) => (count, limited) => (limited ? t.regionResultsLimited(count) : oneOrMany(t.regionResultsOne, t.regionResultsMany)(count)),
});
