// The family handover page (handover/index.html): loads the core, asks it again with what the
// other pages saved on this device, and shows one card (printable) and one message (copyable).
// With nothing saved (a first visit) it says where to start, without the core.
// The ID number is left out unless the box is ticked, and the tick is not remembered: including
// it is a decision made each time, on purpose.
import { screenPage } from '../shell/page-shell.js';
import { drawChildren } from '../shell/first-screen.js';
import { el } from '../components/dom/dom.js';
import { todayLocal } from '../components/date-input/iso-date.js';
import { drawQr, keepWriterOffline } from '../components/qr-code/qr-code.js';
import { renderCard, renderPacket } from './card.js';
import { messageText } from './message.js';
import { savedAnswers } from '../components/saved-case/stores.js';
import { buildModel } from './model.js';
import { TEXT } from './text.js';

const FOR_KEY = 'medins.handover.for';
const mainEl = document.getElementById('handover');

const page = screenPage({ texts: (lang) => TEXT[lang], render: () => render() });

let includeId = false;
let forName = stored(FOR_KEY, '', (v) => typeof v === 'string');
let saved = savedAnswers();

function stored(key, fallback, ok) {
  try {
    const v = localStorage.getItem(key);
    return v !== null && ok(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

function controls(t) {
  const name = el('input', { id: 'for-name', type: 'text', autocomplete: 'off', maxlength: '20', 'aria-describedby': null });
  name.value = forName;
  name.addEventListener('input', () => {
    forName = name.value;
    try {
      localStorage.setItem(FOR_KEY, forName);
    } catch {
      // Not remembered: acceptable.
    }
    render({ keep: 'for-name' });
  });
  const box = el('input', { id: 'include-id', type: 'checkbox', checked: includeId, 'aria-describedby': 'include-id-hint' });
  box.addEventListener('change', () => {
    includeId = box.checked;
    render({ keep: 'include-id' });
  });
  return el('div', { class: 'handover-controls' },
    el('div', { class: 'field' }, el('label', { for: 'for-name', class: 'label', text: t.forLabel }), name),
    el('div', { class: 'field tick-field' }, box, el('label', { for: 'include-id', text: t.includeId }),
      el('p', { class: 'hint', id: 'include-id-hint', text: t.includeIdHint })));
}

function messageBlock(model, t) {
  const text = messageText(model, t);
  const area = el('textarea', { id: 'message', readonly: true, rows: String(Math.min(30, text.split('\n').length + 1)), 'aria-labelledby': 'message-title', 'aria-describedby': 'message-hint' });
  area.value = text;
  const status = el('p', { id: 'copy-status', role: 'status', class: 'hint' });
  const copy = el('button', { type: 'button', class: 'button', id: 'copy-message', text: t.copy, onclick: async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = t.copied;
    } catch {
      area.focus();
      area.select();
      status.textContent = t.copyFailed;
    }
  } });
  return el('section', { class: 'handover-message no-print', 'aria-labelledby': 'message-title' },
    el('h2', { id: 'message-title', text: t.messageTitle }),
    el('p', { class: 'hint', id: 'message-hint', text: t.messageHint }), area, copy, status);
}

// With nothing saved by the other parts (a first visit), the card asks the core nothing: the
// page is drawn and ready at once, and the ~400 KB core is not compiled at all. The model is
// built with this in the core's place; its first question means the core is needed after all.
const NEEDS_CORE = Symbol('the core is needed');
const coreless = () => {
  throw NEEDS_CORE;
};
let coreWanted = false;

function wantCore() {
  if (coreWanted) return;
  coreWanted = true;
  document.getElementById('status').hidden = false;
  page.load();
}

function render({ keep } = {}) {
  const t = TEXT[page.lang];
  document.title = t.pageTitle;
  page.showLanguage((key) => t[key]);
  if (!page.core && coreWanted) return;
  let model;
  try {
    model = buildModel(page.core ? page.ask : coreless, saved, { t, lang: page.lang, asOf: todayLocal(), forName, includeId });
  } catch (err) {
    if (err !== NEEDS_CORE) throw err;
    wantCore();
    return;
  }
  const missing = model.missing.length
    ? el('div', { class: 'notice no-print', id: 'not-done' },
      el('p', { text: model.sections.length ? t.notDone : t.nothingYet }),
      el('ul', {}, model.missing.map((m) => el('li', {}, el('a', { href: m.href, text: m.text })))))
    : null;
  const nodes = [
    el('h1', { id: 'page-title', text: t.title }),
    el('p', { class: 'no-print', text: t.intro }),
    controls(t),
    model.idMissing ? el('p', { class: 'notice no-print', id: 'id-missing', text: t.idNotKept }) : null,
    missing,
  ];
  if (model.sections.length) {
    // What is printed follows the button pressed: the card alone, or the card and the packet.
    const print = (what) => () => {
      document.body.dataset.print = what;
      window.print();
    };
    nodes.push(renderCard(model, t), renderPacket(model, t),
      el('div', { class: 'button-row no-print' },
        el('button', { type: 'button', class: 'button', id: 'print-packet', text: t.printPacket, onclick: print('packet') }),
        el('button', { type: 'button', class: 'button button-secondary', id: 'print-card', text: t.printCard, onclick: print('card') })),
      messageBlock(model, t));
  }
  drawChildren(mainEl, nodes.filter(Boolean));
  const slot = document.getElementById('packet-qr');
  if (slot && model.packet.qr) {
    drawQr(model.packet.qr, t.packetQrTitle).then((svg) => {
      slot.replaceChildren(svg);
      slot.dataset.state = 'ready';
    }, (err) => {
      console.error('medins: drawing the QR code failed', err);
      // Said in the code's place (it was left empty), on screen and on paper.
      slot.replaceChildren(el('p', { class: 'notice error', text: navigator.onLine ? t.packetQrFailed : t.packetQrFailedOffline }));
      slot.dataset.state = 'failed';
    });
  }
  if (keep) document.getElementById(keep)?.focus();
}


render();
// The packet's printout has the filing QR code: kept for use with no signal.
keepWriterOffline();
if (!coreWanted) {
  document.getElementById('status').hidden = true;
  document.documentElement.dataset.ready = '1';
}
// Back from another part (the browser restoring this page from its cache), there may be answers
// now that the core must be asked about.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted || page.core) return;
  saved = savedAnswers();
  render();
});
