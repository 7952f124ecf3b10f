// Every word of the ledger page (ledger/*.js), in zh-CN and English (text.json). Plain words for
// older readers; amounts are formatted from the core's fen, deadlines and cap texts are the core's.
import { bilingual } from '../shell/bilingual.js';
import words from './text.json' with { type: 'json' };

export const LEDGER_TEXT = bilingual(words, {
  // A month "2026-03" by its name in the language.
  'year.monthName': (t) => (m) => t.monthNames[Number(m.slice(5)) - 1],
});
