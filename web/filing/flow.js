// The filing flow page (filing/index.html): one question a screen (components/question-flow),
// then the result with its printout and QR code; "continue on this device" reads a QR code drawn
// on another one.
import { el } from '../components/dom/dom.js';
import { renderCheck, resultOrCheck } from '../components/question-flow/check.js';
import { createQuestionFlow } from '../components/question-flow/flow.js';
import { drawQr, keepWriterOffline } from '../components/qr-code/qr-code.js';
import { filingAnswers } from '../components/saved-case/stores.js';
import { DEFAULT_LANG } from '../shell/i18n.js';
import { reportResult } from '../shell/embed.js';
import { SHELL_TEXT } from '../shell/text.js';
import { CHECK, finalCheck } from './check.js';
import { QUESTION } from './question.js';
import { renderResult } from './result.js';
import { renderScan } from './scan.js';
import { FLOW } from './steps.js';
import { TEXT } from './text.js';

// The result of complete, valid answers (resultOrCheck sends the others to the check screen).
function renderResultScreen(ctx, outcome) {
  const t = ctx.t();
  const lang = ctx.lang();
  reportResult('filing.plan', outcome.plan);
  const { node, qrSlot } = renderResult(outcome.plan, outcome.validated, t, lang, outcome.asOf);
  const actions = el('div', { class: 'button-row screen-only' },
    el('button', { type: 'button', class: 'button', id: 'print-button', text: t.result.print, onclick: () => window.print() }),
    el('a', { href: '#/check', class: 'cancel-link', text: t.result.startOver }));
  node.append(actions);
  const failed = () => {
    qrSlot.replaceChildren(el('p', { class: 'notice error', text: navigator.onLine ? t.result.qrFailed : t.result.qrFailedOffline }));
    qrSlot.dataset.state = 'failed';
  };
  const encoded = ctx.ask('filing.encode_qr', { application: outcome.validated.application });
  if (encoded.ok) {
    drawQr(encoded.result.payload, t.result.sections.qr).then((svg) => {
      qrSlot.replaceChildren(svg);
      qrSlot.dataset.state = 'ready';
    }, (err) => {
      console.error('medins: drawing the QR code failed', err);
      failed();
    });
  } else {
    failed();
  }
  return { node, focus: node.querySelector('h1') };
}

const answers = filingAnswers();
const ctx = createQuestionFlow({
  answers,
  steps: FLOW,
  text: (lang) => TEXT[lang],
  chrome: (lang) => SHELL_TEXT[lang],
  messageText: (message, lang) => message?.[lang] ?? message?.[DEFAULT_LANG] ?? (message ? '' : SHELL_TEXT[lang].internalError),
  question: QUESTION,
  screens: {
    check: (c, view) => renderCheck(c, view, CHECK),
    result: (c) => resultOrCheck(c, finalCheck(c), CHECK, (outcome) => renderResultScreen(c, outcome)),
    continue: (c, view) => renderScan(c, view),
  },
  start: (c) => {
    const t = c.t();
    return {
      resuming: !answers.empty,
      beforeButton: [el('p', { text: t.start.after }), el('p', { class: 'notice', text: t.notOfficial })],
      afterButton: el('p', {}, el('a', { href: '#/continue', id: 'continue-link', text: t.start.continueLink })),
    };
  },
  // A first visit: the start screen needs nothing of the core.
  withoutCore: () => answers.empty,
  footerOn: ['step', 'check', 'result'],
  footerClass: 'flow-footer screen-only',
  flags: { dropQr: 'qr=drop' },
  beforeRender: (c, route) => {
    if (!route.dropQr) return;
    answers.remove('category_from_qr');
    answers.remove('category_from_qr_name');
  },
});
ctx.rerender = () => ctx.render({ navigated: false });
// After answers arrive from elsewhere (a QR code): the first open question, or the check.
ctx.resume = () => {
  const gap = FLOW.firstUnanswered(answers);
  ctx.go(gap ? { step: gap.id, fromCheck: true } : { screen: 'check' });
};
ctx.start();
// The result's printout has a QR code: kept for use with no signal once the offline copy is made.
keepWriterOffline();
