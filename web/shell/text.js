// The words of <medins-assistant> (../medins-assistant.js) and of the embedded page shell: the
// frame's title per mode (read by screen readers on the portal page) and the element's own error
// messages, which go to the portal in medins-error events in both languages, as the core's do.
import { bilingual } from './bilingual.js';

export const EMBED_TEXT = bilingual({
  frameTitle: {
    full: { 'zh-CN': '医保助手', en: 'Medical insurance helper' },
    filing: { 'zh-CN': '异地就医备案准备', en: 'Preparing your filing' },
    eligibility: { 'zh-CN': '能不能直接结算', en: 'Direct settlement check' },
    estimate: { 'zh-CN': '费用估算', en: 'Cost estimate' },
  },
  fetchFailed: { 'zh-CN': (src, detail) => `没有取到文件 ${src}（${detail}）。`, en: (src, detail) => `The file ${src} could not be fetched (${detail}).` },
  coreFailed: { 'zh-CN': '计算引擎没有加载成功。', en: 'The calculation engine did not load.' },
});

// The words every page's header and status line share: the app's name, the language group's
// label, the large-text button, the way to "my data", and loading the core.
export const SHELL_TEXT = bilingual({
  appName: { 'zh-CN': '医保助手', en: 'Medical insurance helper' },
  langGroup: { 'zh-CN': '语言', en: 'Language' },
  loading: { 'zh-CN': '正在加载…', en: 'Loading…' },
  loadFailed: { 'zh-CN': '页面没有加载成功，暂时不能检查。请检查网络后刷新页面再试。', en: 'The page did not load properly, so checking is not possible yet. Please check your connection and reload the page.' },
  internalError: { 'zh-CN': '检查时出了问题，请再试一次。', en: 'Something went wrong while checking. Please try again.' },
  largeText: { 'zh-CN': '大字', en: 'Large text' },
  mydata: { 'zh-CN': '我的数据', en: 'My data' },
});
