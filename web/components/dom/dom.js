// Small DOM builders every page uses. Everything is built with createElement and textContent:
// no HTML strings, so nothing a person types can become markup.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

// Region names and IDs stay Chinese on the English page; marked so screen readers say them right.
export function zh(text) {
  return el('span', { lang: 'zh-CN', text });
}


let restoring = false; // a field's input handler that redraws again must not loop

// Draws a screen again where the person is: the same scroll position, and the field they were in
// focused again with its caret where it was. A redraw replaces every element, so without this a
// policy file that arrives while someone types would take their typing away from the field.
export function redrawInPlace(draw, { focus } = {}) {
  const active = document.activeElement;
  const id = focus ?? active?.id;
  let caret = null;
  try {
    if (!focus && active && typeof active.selectionStart === 'number') caret = [active.selectionStart, active.selectionEnd];
  } catch {
    caret = null; // inputs such as type="date" have no caret
  }
  const typed = typeof active?.value === 'string' && active.matches('input:not([type=checkbox]):not([type=radio]), textarea') ? active.value : '';
  const y = window.scrollY;
  draw();
  window.scrollTo(0, y);
  const again = id ? document.getElementById(id) : null;
  if (!again) return;
  again.focus({ preventScroll: true });
  // What was typed but not yet taken into the page's state (a place name before a suggestion is
  // picked) is drawn back empty: put it back, and tell the field's own code (input), so its
  // suggestions show again. Only an emptied field: a redraw that reformats a value means it.
  if (!focus && typed && again.value === '' && !restoring) {
    again.value = typed;
    restoring = true;
    try {
      again.dispatchEvent(new Event('input', { bubbles: true }));
    } finally {
      restoring = false;
    }
  }
  try {
    if (caret && typeof again.setSelectionRange === 'function') again.setSelectionRange(...caret);
  } catch {
    // the new element takes no caret
  }
}
