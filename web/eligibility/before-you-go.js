// The answer for a planned visit starts with what to do before going, in order: file (or check
// the filing is still valid), what to take and show (the core's list), make sure the hospital is
// designated and networked (the core's checks say how), and where to estimate the cost. Policy
// words are the core's (eligibility.check); this file only orders them and links the next steps.
import { el } from '../components/dom/dom.js';
import { local } from './basis.js';

/**
 * @param {object} ctx  the page's context (answers, t(), lang())
 * @param {object} result  eligibility.check's result
 * @returns {HTMLElement}
 */
export function renderBeforeYouGo(ctx, result) {
  const b = ctx.t().answer.beforeYouGo;
  const lang = ctx.lang();
  const { answers } = ctx;
  const list = el('ol', { class: 'before-list' });
  if (answers.get('filed') === 'yes') {
    list.append(el('li', { 'data-todo': 'filing-valid', text: b.filed }));
  } else {
    list.append(el('li', { 'data-todo': 'file' }, b.fileFirst, ' ',
      el('a', { href: '../filing/', id: 'before-file-link', text: b.fileLink })));
  }
  const papers = result.show?.what ?? [];
  if (papers.length) {
    list.append(el('li', { 'data-todo': 'papers' }, b.papers,
      el('ul', { class: 'bullets' }, papers.map((w) => el('li', { 'data-show': w.id, text: local(w.text, lang) })))));
  }
  const sure = answers.get('designated') === 'yes' && answers.get('networked') === 'yes';
  list.append(el('li', { 'data-todo': sure ? 'hospital-ok' : 'check-hospital', text: sure ? b.hospitalOk : b.checkHospital }));
  if (answers.get('visit') !== 'pharmacy') {
    list.append(el('li', { 'data-todo': 'estimate' }, b.estimate,
      el('a', { href: '../estimate/', id: 'before-estimate-link', text: b.estimateLink })));
  }
  return el('section', { class: 'result-section before-you-go', id: 'answer-before', 'aria-labelledby': 'answer-before-title' },
    el('h2', { id: 'answer-before-title', text: b.title }), list);
}
