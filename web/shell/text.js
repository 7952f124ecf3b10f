// The words of <medins-assistant> (../medins-assistant.js) and of the embedded page shell: the
// frame's title per mode (read by screen readers on the portal page) and the element's own error
// messages, which go to the portal in medins-error events in both languages, as the core's do.
export const EMBED_TEXT = {
  'zh-CN': {
    frameTitle: { full: '医保助手', filing: '异地就医备案准备', eligibility: '能不能直接结算', estimate: '费用估算' },
    fetchFailed: (src, detail) => `没有取到文件 ${src}（${detail}）。`,
    coreFailed: '计算引擎没有加载成功。',
  },
  en: {
    frameTitle: { full: 'Medical insurance helper', filing: 'Preparing your filing', eligibility: 'Direct settlement check', estimate: 'Cost estimate' },
    fetchFailed: (src, detail) => `The file ${src} could not be fetched (${detail}).`,
    coreFailed: 'The calculation engine did not load.',
  },
};

// The words every page's header and status line share: the app's name, the language group's
// label, the large-text button, the way to "my data", and loading the core.
export const SHELL_TEXT = {
  'zh-CN': {
    appName: '医保助手',
    langGroup: '语言',
    loading: '正在加载…',
    loadFailed: '页面没有加载成功，暂时不能检查。请检查网络后刷新页面再试。',
    internalError: '检查时出了问题，请再试一次。',
    largeText: '大字',
    mydata: '我的数据',
  },
  en: {
    appName: 'Medical insurance helper',
    langGroup: 'Language',
    loading: 'Loading…',
    loadFailed: 'The page did not load properly, so checking is not possible yet. Please check your connection and reload the page.',
    internalError: 'Something went wrong while checking. Please try again.',
    largeText: 'Large text',
    mydata: 'My data',
  },
};
