// What a built page shows before its scripts have run, in both languages. An element of a page
// (or of the shared header) whose words come from a catalogue — data-words="key" (the page's
// text.json) or "shell:key" (shell/text.json's shell group), or the attribute the page's script
// fills (data-i18n, data-t: the page's words, else the shell's) — gets its text in zh-CN and in
// English, each in a span styles/base.css shows only under its <html lang>, which
// shell/first-paint.js sets before the first paint. So the first screen is drawn in the person's
// language from the HTML alone, without waiting for the page's modules or the core, and does not
// move when they arrive (the page's script later writes the same words, in one language).
// The page's words are the text.json beside its own module (the home page's: home/text.json).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FILLED = /<(\w+)\b([^>]*?)\s(data-words|data-i18n|data-t)="([\w.:-]+)"([^>]*)>([^<]*)<\/\1>/g;
const LANGS = { 'zh-CN': 'words-zh', en: 'words-en' };

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The site-relative folder of a page's own module (the first module script not in shell/). */
export function pageFolder(rel, html) {
  const dir = path.posix.dirname(rel);
  for (const m of html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)) {
    const file = path.posix.normalize(path.posix.join(dir, m[1]));
    if (!file.startsWith('shell/')) return path.posix.dirname(file);
  }
  return null;
}

function lookup(words, key) {
  const value = key.split('.').reduce((group, k) => (group && typeof group === 'object' ? group[k] : undefined), words);
  const plain = value && typeof value['zh-CN'] === 'string' && typeof value.en === 'string' && !('args' in value);
  return plain ? value : null;
}

// A flow page's first screen until the core is ready, written once for the pages that share its
// shape: <!-- medins:first-screen TITLE_KEY LEAD_KEY --> in a page's own lines becomes the
// #screen its script later draws into, holding that screen's heading and lead (filled in both
// languages below), and after it the status line, so that nothing moves when the screen is
// drawn and the status line is hidden.
const FIRST_SCREEN = /^([ \t]*)<!-- medins:first-screen ([\w.]+) ([\w.]+) -->[ \t]*$/gm;

export function firstScreen(html) {
  return html.replace(FIRST_SCREEN, (whole, indent, title, lead) => [
    '<div id="screen">',
    '  <div class="screen before-core">',
    `    <h1 class="question" tabindex="-1" data-words="${title}"></h1>`,
    `    <p data-words="${lead}"></p>`,
    '  </div>',
    '</div>',
    '<p id="status" class="notice" role="status" data-words="shell:loading"></p>',
  ].map((line) => indent + line).join('\n'));
}

/**
 * `html` with every element named above holding its words in both languages. Throws for a key
 * no catalogue has as a plain text in both languages (a template or a group cannot be shown
 * before the script fills it).
 */
export function fillWords(rel, html, site) {
  const read = (file) => (existsSync(path.join(site, file)) ? JSON.parse(readFileSync(path.join(site, file), 'utf8')) : {});
  const folder = pageFolder(rel, html);
  const page = folder ? read(`${folder}/text.json`) : {};
  const shell = read('shell/text.json').shell ?? {};
  return html.replace(FILLED, (whole, tag, before, attr, key, after) => {
    let text;
    if (attr === 'data-words') text = key.startsWith('shell:') ? lookup(shell, key.slice(6)) : lookup(page, key);
    else text = lookup(page, key) ?? lookup(shell, key);
    if (!text) {
      // The script's own attribute may name words it builds itself (a template): left to it.
      if (attr !== 'data-words') return whole;
      throw new Error(`${rel}: no text "${key}" in both languages for <${tag} data-words>`);
    }
    const spans = Object.entries(LANGS).map(([lang, cls]) => `<span class="${cls}" lang="${lang}">${escape(text[lang])}</span>`).join('');
    return `<${tag}${before} ${attr}="${key}"${after}>${spans}</${tag}>`;
  });
}
