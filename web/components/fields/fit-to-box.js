// An ID number is read as one: typed with spaces to group its digits (the hint allows them), it can
// be wider than its box on a phone, in large text on every phone, and the box then scrolls its
// first or last digits out of sight, where a wrong digit hides. The type shrinks just enough for the
// whole number to show, never below FLOOR_PX; the stylesheet's size is back once the number fits at
// it. The size is set in em of the field, so switching large text scales it with everything else;
// the box is measured again when its width changes (a phone turned, large text switched).

const FLOOR_PX = 18;

function fit(input) {
  input.style.fontSize = '';
  if (input.scrollWidth <= input.clientWidth) return;
  const style = getComputedStyle(input);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const inner = input.clientWidth - padding;
  const wanted = input.scrollWidth - padding;
  if (inner <= 0 || wanted <= 0) return;
  // 2% under the proportion: glyph widths do not scale exactly with the size (hinting, rounding).
  const px = Math.max(FLOOR_PX, (parseFloat(style.fontSize) * inner * 0.98) / wanted);
  const parentPx = parseFloat(getComputedStyle(input.parentElement).fontSize);
  input.style.fontSize = `${(px / parentPx).toFixed(4)}em`;
}

/** Keeps `input`'s whole value in sight as it is typed and as its box changes width. */
export function keepValueInBox(input) {
  const refit = () => fit(input);
  input.addEventListener('input', refit);
  let width = 0;
  // A question's screen is drawn anew for each step: once this input has left the page (its box
  // goes to nothing, which the size observer is told of), both observers let go of it.
  const gone = () => {
    if (input.isConnected) return false;
    resized.disconnect();
    switched.disconnect();
    return true;
  };
  // Only a change of width refits: the refit itself changes the box's height.
  const resized = new ResizeObserver(([entry]) => {
    if (gone() || entry.contentRect.width === width) return;
    width = entry.contentRect.width;
    refit();
  });
  // Large text changes the field's type, not the box's width.
  const switched = new MutationObserver(() => {
    if (!gone()) refit();
  });
  resized.observe(input);
  switched.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
}
