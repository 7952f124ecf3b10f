// Money and ratios as people type them and as the core counts them. The core's estimate takes
// integer fen and basis points; it has no op that reads yuan text, so the page reads it here,
// with string arithmetic only: 0.1 + 0.2 never meets a float on its way to the fen.

// The core refuses larger amounts (policy.money_too_large); below it every fen count is an
// exact JavaScript number, so the JSON the core gets holds exactly the digits typed.
const MAX_FEN_DIGITS = 13;

// Full-width digits, ￥ and the ideographic full stop come from Chinese input methods.
function clean(text) {
  return String(text ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/。/g, '.');
}

/**
 * Yuan as typed ("45,000", "¥1234.5", "１２３４元") → {fen} or {error}. Errors: 'empty',
 * 'format', 'precision' (more than two decimals: never rounded silently), 'tooLarge'.
 */
export function yuanToFen(text) {
  const s = clean(text).replace(/^¥/, '').replace(/(元|yuan|rmb)$/i, '');
  if (s === '') return { error: 'empty' };
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { error: 'format' };
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return { error: 'precision' };
  const digits = (m[1].replace(/,/g, '') + decimals.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_FEN_DIGITS) return { error: 'tooLarge' };
  return { fen: Number(digits) };
}

/** A percentage as typed ("10", "7.5%", "９０％") → {bp} (basis points) or {error}. */
export function percentToBp(text) {
  const s = clean(text).replace(/%$/, '');
  if (s === '') return { error: 'empty' };
  const m = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return { error: 'percent' };
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp > 10000 ? { error: 'percentRange' } : { bp };
}

/** A count of admissions ("2") → {count} or {error}. */
export function toCount(text) {
  const s = clean(text);
  if (s === '') return { error: 'empty' };
  return /^\d{1,3}$/.test(s) ? { count: Number(s) } : { error: 'count' };
}

/** Integer fen → "1,234.56" (grouped yuan, always two decimals), by string arithmetic. */
export function formatFen(fen) {
  const negative = fen < 0;
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '−' : ''}${whole}.${digits.slice(-2)}`;
}

/** Basis points → "85%" / "7.5%", by string arithmetic. */
export function formatBp(bp) {
  const digits = String(bp).padStart(3, '0');
  const fraction = digits.slice(-2).replace(/0+$/, '');
  return `${digits.slice(0, -2)}${fraction ? `.${fraction}` : ''}%`;
}

/** One share of a total, in tenths of a percent, from integers: "84.8%". */
export function formatShare(part, total) {
  if (total <= 0) return '0%';
  const permille = Math.round((part * 1000) / total);
  return `${Math.floor(permille / 10)}.${permille % 10}%`;
}
