// UI chrome text and value formatting, per language. Entries that depend on a number or a name
// are functions of it. Error messages are not here on purpose: they come from the core's
// response, so the page and the core can never disagree. Region names are not translated: they
// are the official Chinese names, as printed on insurance papers and hospital signs.

export const LANGS = ['zh-CN', 'en'];
export const DEFAULT_LANG = 'zh-CN';

export const TEXT = {
  'zh-CN': {
    pageTitle: '身份证号码检查 · 医保助手',
    appName: '医保助手',
    langGroup: '语言',
    title: '身份证号码检查',
    intro: '输入身份证号码，看看号码有没有填错，并读出其中的出生日期、性别和年龄。号码只在这台设备上检查，不会发送或保存。',
    idLabel: '身份证号码',
    idHint: '共18位，最后一位可能是字母X。可以带空格。',
    submit: '检查',
    loading: '正在加载…',
    loadFailed: '页面没有加载成功，暂时不能检查。请检查网络后刷新页面再试。',
    internalError: '检查时出了问题，请再试一次。',
    resultTitle: '号码检查通过',
    birthDate: '出生日期',
    sex: '性别',
    age: '年龄',
    regionCode: '号码中的地区',
    regionCodeSuffix: (code) => `（${code}）`,
    olderRegionCode: (code) => `（${code} 是以前的地区代码，现在已经调整）`,
    regionsTitle: '参保地和就医地',
    regionsIntro: '选出参保的地方和打算看病的地方，就能知道算不算异地就医、算哪一种。',
    regionHint: '可以输入地名、拼音或拼音首字母，比如“朝阳”“chaoyang”或“cy”，再从列表里选一个。',
    insuredLabel: '你在哪里参保？',
    treatmentLabel: '打算在哪里看病？',
    insuredClear: '清除参保地',
    treatmentClear: '清除看病的地方',
    clear: '清除',
    regionResults: (count, limited) => (limited
      ? `找到很多地方，先列出前 ${count} 个。多输入几个字可以找得更准。`
      : `找到 ${count} 个地方，请点选，或用上下方向键选好后按回车。`),
    regionNoResults: '没有找到这个地方，请换个写法试试，比如只输入地名的前两个字。',
    regionChosen: (fullName) => `已选：${fullName}`,
    regionFailed: '查找时出了问题，请再试一次。',
    relationTitle: '结果',
    relationInsured: '参保地',
    relationTreatment: '看病的地方',
    relation: {
      cross_province: {
        name: '跨省异地就医',
        text: '参保地和看病的地方不在同一个省、自治区或直辖市。',
      },
      in_province: {
        name: '省内异地就医',
        text: '参保地和看病的地方在同一个省、自治区或直辖市，但不在同一个市（地区、州、盟）。',
      },
      same_prefecture: {
        name: '同一地区',
        text: '参保地和看病的地方在同一个市（地区、州、盟）里。',
      },
      same_region: {
        name: '同一地区',
        text: '参保地和看病的地方是同一个地方。',
      },
    },
  },
  en: {
    pageTitle: 'Check an ID card number · Medical insurance helper',
    appName: 'Medical insurance helper',
    langGroup: 'Language',
    title: 'Check a resident ID card number',
    intro: 'Enter a resident ID card number to see whether it was written correctly, and read the date of birth, sex and age it contains. The number is checked on this device only; it is not sent anywhere or saved.',
    idLabel: 'Resident ID card number',
    idHint: '18 characters; the last one may be the letter X. Spaces are fine.',
    submit: 'Check',
    loading: 'Loading…',
    loadFailed: 'The page did not load properly, so checking is not possible yet. Please check your connection and reload the page.',
    internalError: 'Something went wrong while checking. Please try again.',
    resultTitle: 'The number passed the check',
    birthDate: 'Date of birth',
    sex: 'Sex',
    age: 'Age',
    regionCode: 'Region in the number',
    regionCodeSuffix: (code) => ` (${code})`,
    olderRegionCode: (code) => ` (${code} is an older region code that has since changed)`,
    regionsTitle: 'Where you are insured and where you will be treated',
    regionsIntro: 'Choose the place where you are insured and the place where you plan to see a doctor, to find out whether this counts as treatment away from your insured place, and which kind.',
    regionHint: 'Type a place name in Chinese, in pinyin, or just the first letters of the pinyin, for example “朝阳”, “chaoyang” or “cy”, then pick one from the list.',
    insuredLabel: 'Where are you insured?',
    treatmentLabel: 'Where will you be treated?',
    insuredClear: 'Clear the insured place',
    treatmentClear: 'Clear the place of treatment',
    clear: 'Clear',
    regionResults: (count, limited) => (limited
      ? `Many places match; the first ${count} are listed. Type a little more to narrow it down.`
      : `${count} ${count === 1 ? 'place matches' : 'places match'}. Tap one, or choose with the up and down arrow keys and press Enter.`),
    regionNoResults: 'No place found. Try writing it another way, for example just the first two characters of the name.',
    regionChosen: (fullName) => `Chosen: ${fullName}`,
    regionFailed: 'Something went wrong while searching. Please try again.',
    relationTitle: 'Result',
    relationInsured: 'Insured place',
    relationTreatment: 'Place of treatment',
    relation: {
      cross_province: {
        name: 'Treatment in another province',
        text: 'The place where you are insured and the place of treatment are in different provinces, autonomous regions or municipalities.',
      },
      in_province: {
        name: 'Treatment elsewhere in your province',
        text: 'The two places are in the same province, autonomous region or municipality, but not in the same city (prefecture, autonomous prefecture or league).',
      },
      same_prefecture: {
        name: 'The same area',
        text: 'The two places are in the same city (prefecture, autonomous prefecture or league).',
      },
      same_region: {
        name: 'The same area',
        text: 'The place where you are insured and the place of treatment are the same place.',
      },
    },
  },
};

const SEX = {
  'zh-CN': { male: '男', female: '女' },
  en: { male: 'Male', female: 'Female' },
};

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

// Parsed by hand rather than through Date/Intl: an ISO date string is a calendar day, and
// going through a Date object would shift it by the time zone.
export function formatDate(iso, lang) {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

export function formatSex(sex, lang) {
  return SEX[lang][sex] ?? sex;
}

export function formatAge(age, lang) {
  return lang === 'en' ? String(age) : `${age} 岁`;
}
