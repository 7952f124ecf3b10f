// Every word of the "my data on this device" page (mydata/), per language (text.json; the
// header's link to this page is the shell's, shell/mydata-link.js). Errors about a file's content
// are the core's (case.check); the words here are for what only the page can know (a wrong
// passphrase, a file too large to read).
import { bilingual, oneOrMany } from '../shell/bilingual.js';
import words from './text.json' with { type: 'json' };

export const TEXT = bilingual(words, {
  'stored.count': (t) => oneOrMany(t.countOne, t.countMany),
  'import.done': (t) => oneOrMany(t.doneOne, t.doneMany),
});
