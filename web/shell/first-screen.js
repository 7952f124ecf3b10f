// The page build writes each page's first heading and lead into the HTML in both languages
// (tools/page_words.mjs), so they are painted before the scripts run; styles/base.css shows the
// one <html lang> names. When the scripts drew the same words again as new elements (the core
// ready, the screen drawn), the browser counted a new largest paint at that moment: Lighthouse
// took the core's arrival (4.3-5.7 s on slow 4G) for the page's largest paint instead of the
// first paint (1.3-2.5 s), and so would a person's browser reporting it. Here, words already on
// show stay where they are, as the same elements; only the other language's copy is dropped.

const SHOWN = { 'zh-CN': 'words-zh', en: 'words-en' };

function shownSpan(node) {
  const cls = SHOWN[document.documentElement.lang];
  return cls ? [...node.children].find((child) => child.classList.contains(cls)) ?? null : null;
}

// Whether `node` shows `text` from the build's words: then it keeps them and loses the hidden copy.
function keepBuilt(node, text) {
  const span = shownSpan(node);
  if (!span || span.textContent !== text || node.children.length !== node.childNodes.length) return false;
  for (const child of [...node.children]) if (child !== span) child.remove();
  return true;
}

/** Sets `node`'s words to `text`, keeping the build's words when they are these. */
export function setWords(node, text) {
  if (!keepBuilt(node, text)) node.textContent = text;
}

// Whether the new elements `news` begin with what the build's `olds` show (same tag, same words in
// the page's language, words only): then each old one takes its new one's attributes and stands
// for it, and the map from new to old is returned; else null and nothing changed.
function keepLeading(olds, news) {
  const same = olds.length > 0 && olds.length <= news.length && olds.every((old, i) =>
    old.tagName === news[i].tagName && news[i].children.length === 0 && shownSpan(old)?.textContent === news[i].textContent);
  if (!same) return null;
  const kept = new Map();
  olds.forEach((old, i) => {
    keepBuilt(old, news[i].textContent);
    takeAttributes(old, news[i], ['data-words']);
    news[i].remove();
    kept.set(news[i], old);
  });
  return kept;
}

// `old` takes `from`'s attributes in place of its own, all but those named in `keep`.
function takeAttributes(old, from, keep = []) {
  for (const attr of old.getAttributeNames()) if (!from.hasAttribute(attr) && !keep.includes(attr)) old.removeAttribute(attr);
  for (const attr of from.getAttributeNames()) old.setAttribute(attr, from.getAttribute(attr));
}

const standFor = (kept) => (element) => kept?.get(element) ?? element;

/**
 * Puts the screen `node` into `container` in place of what it holds. The first time, over the
 * build's first screen (a `.before-core` element holding its heading and lead), the new screen's
 * leading elements that say the same are not drawn again: the build's stay (a moved element is
 * painted as a new one, so they are not moved either), and the rest of the new screen is put after
 * them. Returns a function giving the element that now stands for a new one (for focus).
 */
export function drawScreen(container, node) {
  const built = container.firstElementChild?.classList.contains('before-core') ? container.firstElementChild : null;
  const kept = built ? keepLeading([...built.children], [...node.children]) : null;
  if (!kept) {
    container.replaceChildren(node);
    return standFor(null);
  }
  takeAttributes(built, node);
  built.append(...node.childNodes);
  for (const other of [...container.childNodes]) if (other !== built) other.remove();
  kept.set(node, built);
  return standFor(kept);
}

/** As drawScreen, for a page whose build marks its first heading and lead `.before-core` themselves. */
export function drawChildren(container, nodes) {
  const olds = [];
  for (const child of container.children) {
    if (!child.classList.contains('before-core')) break;
    olds.push(child);
  }
  const kept = keepLeading(olds, nodes);
  if (!kept) {
    container.replaceChildren(...nodes);
    return standFor(null);
  }
  const last = olds[olds.length - 1];
  while (last.nextSibling) last.nextSibling.remove();
  container.append(...nodes.slice(olds.length));
  return standFor(kept);
}
