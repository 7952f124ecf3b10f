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

