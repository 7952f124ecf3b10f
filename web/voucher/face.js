// "The face check fails": one yes/no question a screen, walked by the core (voucher.face_check, a
// tree kept as data in data/voucher/face_check.json), to what the person can try. The page keeps
// the answers in memory only (nothing about a face check is worth keeping on the device); the hash
// names the question on screen ("#/face/light_ok"), never an answer. A reload starts again.
import { el } from '../components/dom/dom.js';
import { lowNote } from '../components/confidence/confidence.js';
import { local, sources, statement } from './basis.js';

const answers = {};

function walk(ask, skip = null) {
  const given = { ...answers };
  if (skip) delete given[skip];
  return ask('voucher.face_check', { answers: given });
}

/** Where the walk stands now: "#/face/<question>" or "#/face/result". */
export function faceHref(ask) {
  const response = walk(ask);
  if (!response.ok || response.result.status === 'leaf') return '#/face/result';
  return `#/face/${response.result.question.id}`;
}

function go(ask, rerender) {
  const next = faceHref(ask);
  if (next === location.hash) rerender();
  else location.hash = next;
}

function intro(ask, t) {
  const heading = el('h1', { tabindex: '-1', text: t.faceTitle });
  const node = el('div', { class: 'screen face-screen' },
    el('a', { href: '#/', class: 'back-link no-print', id: 'face-back', text: t.toGuide }),
    heading,
    el('p', { class: 'lede', text: t.faceIntro }),
    el('a', { class: 'button button-start', id: 'face-begin', role: 'button', href: faceHref(ask), text: t.faceStart }));
  return { node, focus: heading };
}

function question(ask, id, t, lang, rerender) {
  const response = walk(ask, id);
  // A question off the current path (answers changed since, a reload): go to where the walk is.
  if (!response.ok || response.result.status !== 'question' || response.result.question.id !== id) return null;
  const q = response.result.question;
  const unknown = Object.prototype.hasOwnProperty.call(answers, id) && answers[id] === null;
  const heading = el('h1', { class: 'question', id: 'face-question', tabindex: '-1', 'data-question': id, text: local(q.text, lang) });
  const choose = (value) => () => {
    answers[id] = value;
    go(ask, rerender);
  };
  const path = response.result.path;
  const back = path.length ? `#/face/${path[path.length - 1].question}` : '#/face';
  const node = el('div', { class: 'screen face-screen' },
    el('a', { href: back, class: 'back-link', id: 'face-back', text: t.back }),
    el('p', { class: 'caption', text: t.caption(path.length + 1) }),
    heading,
    // "Don't know" brings the same question back with how to find out, as the core says.
    unknown
      ? el('div', { class: 'notice face-hint', id: 'face-hint', role: 'status' },
        el('p', { class: 'label', text: t.howToFind }), el('p', { text: local(q.hint ?? q.how, lang) }))
      : el('details', { class: 'face-how' }, el('summary', { text: t.howToFind }), el('p', { text: local(q.how, lang) })),
    el('div', { class: 'face-answers', role: 'group', 'aria-labelledby': 'face-question' },
      el('button', { type: 'button', class: 'button face-answer', id: 'answer-yes', text: t.yes, onclick: choose(true) }),
      el('button', { type: 'button', class: 'button face-answer', id: 'answer-no', text: t.no, onclick: choose(false) }),
      el('button', { type: 'button', class: 'button button-secondary face-answer', id: 'answer-unknown', text: t.dontKnow, onclick: choose(null) })),
    sources(q.basis, t.sources, lang, { level: q.confidence, marked: false }) ?? '');
  return { node, focus: heading };
}

function pathList(path, t, lang) {
  return el('dl', { class: 'summary-list', id: 'face-path' }, path.map((p) => el('div', { class: 'summary-row', 'data-question': p.question },
    el('dt', { class: 'summary-key', text: local(p.text, lang) }),
    el('dd', { class: 'summary-value', text: p.answer ? t.yes : t.no }),
    el('dd', { class: 'summary-action no-print' }, el('a', { href: `#/face/${p.question}`, text: t.change })))));
}

function result(ask, t, lang) {
  const response = walk(ask);
  if (!response.ok || response.result.status !== 'leaf') return null;
  const { leaf, path } = response.result;
  const heading = el('h1', { class: 'route-sentence', id: 'face-leaf-title', tabindex: '-1', text: local(leaf.title, lang) });
  const node = el('div', { class: 'screen face-screen face-result', 'data-leaf': leaf.id, 'data-confidence': leaf.confidence },
    el('a', { href: path.length ? `#/face/${path[path.length - 1].question}` : '#/face', class: 'back-link no-print', id: 'face-back', text: t.back }),
    el('p', { class: 'caption', text: t.resultCaption }),
    heading,
    el('ol', { class: 'voucher-steps', id: 'face-steps' }, leaf.steps.map((s) => statement(s, t.sources, lang, { class: 'voucher-step' }))),
    leaf.confidence === 'low' ? lowNote({ class: 'notice low-note', id: 'low-note' }, lang) : null,
    el('section', { class: 'result-section', 'aria-labelledby': 'face-path-title' },
      el('h2', { id: 'face-path-title', text: t.pathTitle }), pathList(path, t, lang)),
    el('p', { class: 'notice not-official', text: t.notOfficial }),
    el('div', { class: 'button-row no-print' },
      el('button', { type: 'button', class: 'button button-secondary', id: 'face-restart', text: t.restart, onclick: () => {
        for (const k of Object.keys(answers)) delete answers[k];
        location.hash = '#/face';
      } }),
      el('a', { href: '#/', class: 'button button-secondary', role: 'button', id: 'face-to-guide', text: t.toGuide })));
  return { node, focus: heading };
}

/** The screen for what follows "#/face": '' (the intro), '/result', or '/<question id>'. */
export function renderFace(ask, sub, t, lang, rerender) {
  let shown;
  if (!sub) shown = intro(ask, t);
  else if (sub === 'result') shown = result(ask, t, lang);
  else shown = question(ask, sub, t, lang, rerender);
  if (shown) return shown;
  // Not where the walk stands: show where it does, without a history entry for the detour.
  const target = faceHref(ask);
  history.replaceState(null, '', target);
  return renderFace(ask, target.slice('#/face/'.length), t, lang, rerender);
}
