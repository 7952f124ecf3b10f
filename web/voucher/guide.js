// The guide screen: the parts of voucher.guide (activate, family, show it, the e-social security
// card), each a heading and its numbered steps, with the face-check walk offered where activating
// is explained. Printable: the print stylesheet drops the header, the buttons and the folded
// sources, and keeps the 【未经证实】 marks.
import { el } from '../components/dom/dom.js';
import { lowNote } from '../components/confidence/confidence.js';
import { local, statement } from './basis.js';

function faceBox(t) {
  return el('div', { class: 'notice face-box no-print', id: 'face-box' },
    el('h3', { id: 'face-box-title', text: t.faceBoxTitle }),
    el('p', { text: t.faceBoxText }),
    el('a', { class: 'button button-start', id: 'face-start', role: 'button', href: '#/face', text: t.faceStart }));
}

function section(part, t, lang) {
  const titleId = `part-${part.id}-title`;
  const steps = el('ol', { class: 'voucher-steps' },
    part.steps.map((step) => statement(step, t.sources, lang, { class: 'voucher-step', 'data-step': step.id })));
  return el('section', { class: 'voucher-part', id: `part-${part.id}`, 'data-confidence': part.confidence, 'aria-labelledby': titleId },
    el('h2', { id: titleId, text: local(part.title, lang) }),
    steps,
    part.id === 'activate' ? faceBox(t) : null);
}

/** The guide from the core's answer ({sections}), or null when the core gave none. */
export function renderGuide(response, t, lang) {
  if (!response.ok) return null;
  const parts = response.result.sections;
  const hasLow = parts.some((p) => p.steps.some((s) => s.confidence === 'low'));
  const heading = el('h1', { id: 'page-title', tabindex: '-1', text: t.title });
  const node = el('div', { class: 'screen voucher-guide' },
    heading,
    el('p', { class: 'lede', text: t.intro }),
    el('nav', { class: 'voucher-contents no-print', 'aria-labelledby': 'contents-title' },
      el('h2', { id: 'contents-title', class: 'label', text: t.contents }),
      el('ul', {}, parts.map((p) => el('li', {}, el('a', { href: `#part-${p.id}`, 'data-part-link': p.id, text: local(p.title, lang) }))),
        // The face check is where most people get stuck: its help is listed, not only found by scrolling.
        parts.some((p) => p.id === 'activate') ? el('li', {}, el('a', { href: '#face-box', 'data-part-link': 'face', text: t.faceBoxTitle })) : null)),
    ...parts.map((p) => section(p, t, lang)),
    hasLow ? lowNote({ class: 'notice low-note', id: 'low-note' }, lang) : null,
    el('p', { class: 'notice not-official', text: t.notOfficial }),
    el('div', { class: 'button-row no-print' },
      el('button', { type: 'button', class: 'button button-secondary', id: 'print', text: t.print, onclick: () => window.print() })));
  return { node, focus: heading };
}
