// The region picker's own words: its status line (results, none, chosen, failed) and the clear
// button. Region names are not translated: they are the official Chinese names, as printed on
// insurance papers and hospital signs.
import { bilingual } from '../../shell/bilingual.js';

export const REGION_PICKER_TEXT = bilingual({
  clear: { 'zh-CN': '清除', en: 'Clear' },
  regionResults: {
    'zh-CN': (count, limited) => (limited
      ? `找到很多地方，先列出前 ${count} 个。多输入几个字可以找得更准。`
      : `找到 ${count} 个地方，请点选，或用上下方向键选好后按回车。`),
    en: (count, limited) => (limited
      ? `Many places match; the first ${count} are listed. Type a little more to narrow it down.`
      : `${count} ${count === 1 ? 'place matches' : 'places match'}. Tap one, or choose with the up and down arrow keys and press Enter.`),
  },
  regionNoResults: { 'zh-CN': '没有找到这个地方，请换个写法试试，比如只输入地名的前两个字。', en: 'No place found. Try writing it another way, for example just the first two characters of the name.' },
  regionChosen: { 'zh-CN': (fullName) => `已选：${fullName}`, en: (fullName) => `Chosen: ${fullName}` },
  regionFailed: { 'zh-CN': '查找时出了问题，请再试一次。', en: 'Something went wrong while searching. Please try again.' },
});
