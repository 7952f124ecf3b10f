// Calendar days as the core takes them (YYYY-MM-DD), from a date input's parts and from the
// person's clock. The core has no clock of its own.

// The core has no clock; "today" is the person's local calendar day, not the UTC one.
export function todayLocal(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// A date answer is kept as typed ({year, month, day} strings); this makes the core's ISO form.
// Full-width digits (Chinese input methods) become ASCII. Returns null when a part is missing;
// a part that is not a number is passed on as typed, so the core's own message explains it.
export function isoDate(parts) {
  if (!parts) return null;
  const clean = (v) => String(v ?? '').normalize('NFKC').trim();
  const year = clean(parts.year);
  const month = clean(parts.month);
  const day = clean(parts.day);
  if (!year || !month || !day) return null;
  const pad2 = (v) => (/^\d$/.test(v) ? `0${v}` : v);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

// Whole days from one ISO date to another (negative when `to` is earlier). Both are calendar
// days, so they are read as UTC midnights: local time zones and DST cannot shift the count.
export function daysBetween(from, to) {
  const ms = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((ms(to) - ms(from)) / 86400000);
}
