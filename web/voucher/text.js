// Every word of the voucher page (page.js, face.js, guide.js), in zh-CN and English (text.json).
// The guide's steps and the face-check questions and advice are the core's (data/voucher/).
import { bilingual } from '../shell/bilingual.js';
import words from './text.json' with { type: 'json' };

export const TEXT = bilingual(words);
