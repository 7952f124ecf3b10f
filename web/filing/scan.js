// "Continue on this device": a photo or picture of the QR code from another device's result
// page is read here (zxing-wasm reader, loaded only now), checked by the core
// (filing.decode_qr: a damaged or altered code is refused), shown, and on request turned back
// into answers. The ID number in the code is masked, so the person types it again.
import { el } from '../components/dom/dom.js';
import { fieldError } from '../components/error-summary/error-summary.js';
import { applicationList } from './result.js';
import { readQr } from '../components/qr-code/qr-code.js';

const FILE_ID = 'qr-file';

function decodedList(ctx, decoded) {
  const t = ctx.t();
  return applicationList(decoded, t, ctx.lang(), {
    more: [[t.check.categoryFromQr, ctx.messageText(decoded.category.name)]],
    noReason: t.check.empty,
    id: 'qr-decoded',
  });
}

function useDecoded(ctx, decoded) {
  const { answers } = ctx;
  const app = decoded.application;
  const [year, month, day] = app.start_date.split('-');
  answers.set('insured', app.insured_region);
  answers.set('destination', app.destination);
  answers.set('category_from_qr', app.category);
  answers.set('category_from_qr_name', decoded.category.name);
  answers.set('start_date', { year, month: String(Number(month)), day: String(Number(day)) });
  answers.set('name', app.name);
  answers.set('mobile', app.mobile);
  answers.set('address', app.contact_address);
  answers.set('reason', app.reason);
  // The masked number is not an answer: the person types the full one again.
  if (decoded.id_masked) answers.remove('id');
  else answers.set('id', app.id);
}

export function renderScan(ctx, view) {
  const t = ctx.t();
  const sc = t.scan;
  const state = view.scan ?? (view.scan = { status: 'idle' });
  const errorTexts = state.errors?.map((e) => (e.page ? sc[e.page] : ctx.messageText(e.message))) ?? [];
  const input = el('input', {
    id: FILE_ID,
    type: 'file',
    accept: 'image/*',
    'aria-describedby': errorTexts.length ? `${FILE_ID}-error` : null,
    'aria-invalid': errorTexts.length ? 'true' : null,
  });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    view.scan = { status: 'reading' };
    ctx.rerender();
    let text = null;
    try {
      text = await readQr(file);
    } catch (err) {
      console.error('medins: reading the QR picture failed', err);
      // With no signal, the reader (kept only once used, ../sw.js) cannot come: say so.
      view.scan = { status: 'idle', errors: [{ page: navigator.onLine ? 'failed' : 'failedOffline' }] };
      ctx.rerender();
      return;
    }
    if (!text) {
      view.scan = { status: 'idle', errors: [{ page: 'noCode' }] };
    } else {
      const response = ctx.ask('filing.decode_qr', { payload: text });
      view.scan = response.ok
        ? { status: 'found', decoded: response.result }
        : { status: 'idle', errors: response.errors.map((e) => ({ message: e.message })) };
    }
    ctx.rerender();
  });

  const node = el('div', { class: 'screen' },
    el('a', { class: 'back-link', href: ctx.href({ screen: 'start' }), text: t.back }),
    el('h1', { class: 'question', tabindex: '-1', text: sc.title }),
    el('p', { text: sc.intro }),
    el('div', { class: `field${errorTexts.length ? ' field-has-error' : ''}` },
      el('label', { for: FILE_ID, class: 'label', text: sc.fileLabel }),
      errorTexts.length ? fieldError(`${FILE_ID}-error`, t.errorPrefix, errorTexts) : null,
      input),
    el('p', { class: 'hint', role: 'status', id: 'scan-status', text: state.status === 'reading' ? sc.reading : '' }));
  if (state.status === 'found') {
    node.append(
      el('h2', { text: sc.foundTitle }),
      decodedList(ctx, state.decoded),
      state.decoded.id_masked ? el('p', { class: 'notice', text: sc.idNote }) : null,
      el('button', { type: 'button', class: 'button', id: 'qr-use', text: sc.use, onclick: () => {
        useDecoded(ctx, state.decoded);
        ctx.resume();
      } }));
  }
  return { node, focus: node.querySelector('h1') };
}
