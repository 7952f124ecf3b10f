// An ID number shown anywhere but the field where it is typed is masked: the first 6 characters
// (the region), asterisks, and the last 4 (how people and counter clerks recognise their number),
// so the birth date and sequence are hidden from someone looking over a shoulder or at a
// printout left on a counter. A 显示/Show toggle button (aria-pressed) reveals it; the printout
// shows what the screen shows. A QR payload masks it as the core does (filing.encode_qr).

const MASK = '*';

/** 110105********002X for 18 characters; shorter (half-typed) numbers keep less. */
export function maskId(id) {
  const text = String(id ?? '');
  if (text.includes(MASK)) return text; // already masked (a QR payload without the ID)
  if (text.length >= 14) return `${text.slice(0, 6)}${MASK.repeat(text.length - 10)}${text.slice(-4)}`;
  if (text.length >= 6) return `${text.slice(0, 2)}${MASK.repeat(text.length - 4)}${text.slice(-2)}`;
  return MASK.repeat(text.length);
}

/**
 * The masked number and its toggle, as one inline group.
 * @param {{show: string, showLabel: string}} texts  the button's words and its accessible name
 */
export function maskedId(id, texts) {
  const value = document.createElement('span');
  value.lang = 'zh-CN';
  value.className = 'id-value';
  value.textContent = maskId(id);
  value.dataset.masked = 'true';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'id-toggle button-outline screen-only';
  button.textContent = texts.show;
  button.setAttribute('aria-label', texts.showLabel);
  button.setAttribute('aria-pressed', 'false');
  button.addEventListener('click', () => {
    const reveal = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(reveal));
    value.textContent = reveal ? String(id) : maskId(id);
    value.dataset.masked = String(!reveal);
  });
  const group = document.createElement('span');
  group.className = 'id-masked';
  group.append(value, ' ', button);
  return group;
}
