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
