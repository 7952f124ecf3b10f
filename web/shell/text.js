// The shell's words (text.json). `embed`: the words of <medins-assistant> (../medins-assistant.js)
// and of the embedded page shell: the frame's title per mode (read by screen readers on the portal
// page) and the element's own error messages, which go to the portal in medins-error events in
// both languages, as the core's do. `shell`: the words every page's header and status line share:
// the app's name, the language group's label, the large-text button, the way to "my data", and
// loading the core.
import { bilingual } from './bilingual.js';
import words from './text.json' with { type: 'json' };

export const EMBED_TEXT = bilingual(words.embed);

export const SHELL_TEXT = bilingual(words.shell);
