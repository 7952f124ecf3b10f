// UI chrome text and value formatting, per language. Error messages are not here on purpose:
// they come from the core's response, so the page and the core can never disagree.

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
    regionCode: '地区代码',
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
    regionCode: 'Region code',
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
