// The region picker's own words: its status line (results, none, chosen, failed) and the clear
// button. Region names are not translated: they are the official Chinese names, as printed on
// insurance papers and hospital signs.
export const REGION_PICKER_TEXT = {
  'zh-CN': {
    clear: '清除',
    regionResults: (count, limited) => (limited
      ? `找到很多地方，先列出前 ${count} 个。多输入几个字可以找得更准。`
      : `找到 ${count} 个地方，请点选，或用上下方向键选好后按回车。`),
    regionNoResults: '没有找到这个地方，请换个写法试试，比如只输入地名的前两个字。',
    regionChosen: (fullName) => `已选：${fullName}`,
    regionFailed: '查找时出了问题，请再试一次。',
  },
  en: {
    clear: 'Clear',
    regionResults: (count, limited) => (limited
      ? `Many places match; the first ${count} are listed. Type a little more to narrow it down.`
      : `${count} ${count === 1 ? 'place matches' : 'places match'}. Tap one, or choose with the up and down arrow keys and press Enter.`),
    regionNoResults: 'No place found. Try writing it another way, for example just the first two characters of the name.',
    regionChosen: (fullName) => `Chosen: ${fullName}`,
    regionFailed: 'Something went wrong while searching. Please try again.',
  },
};
