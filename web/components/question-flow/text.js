// The words of the one-question-a-screen flow itself (filing, eligibility): buttons, answers,
// and the page's own problems. Each flow's catalogue spreads QUESTION_WORDS into its own entries.
import { bilingual } from '../../shell/bilingual.js';

export const QUESTION_WORDS = {
  back: { 'zh-CN': '返回上一步', en: 'Back' },
  continue: { 'zh-CN': '继续', en: 'Continue' },
  yes: { 'zh-CN': '是', en: 'Yes' },
  no: { 'zh-CN': '否', en: 'No' },
  errorSummaryTitle: { 'zh-CN': '有问题需要改正', en: 'There is a problem' },
  errorPrefix: { 'zh-CN': '错误：', en: 'Error: ' },
  chooseOne: { 'zh-CN': '请选择一项。', en: 'Please choose one.' },
  chooseRegion: { 'zh-CN': '请输入地名，再从列表里选一个地方。', en: 'Type a place name, then choose one from the list.' },
  dateIncomplete: { 'zh-CN': '请把年、月、日都填上。', en: 'Please enter the year, the month and the day.' },
  dateParts: {
    year: { 'zh-CN': '年', en: 'Year' },
    month: { 'zh-CN': '月', en: 'Month' },
    day: { 'zh-CN': '日', en: 'Day' },
  },
  clearLink: { 'zh-CN': '清除我的回答', en: 'Clear my answers' },
};

export const QUESTION_TEXT = bilingual(QUESTION_WORDS);
