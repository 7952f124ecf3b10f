// The page languages and the value formats every page shares. Each page's words are in its own
// catalogue (text.js beside it); error messages come from the core's response, so the page and
// the core can never disagree.

export const LANGS = ['zh-CN', 'en'];
export const DEFAULT_LANG = 'zh-CN';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

// Parsed by hand rather than through Date/Intl: an ISO date string is a calendar day, and
// going through a Date object would shift it by the time zone.
export function formatDate(iso, lang) {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}
