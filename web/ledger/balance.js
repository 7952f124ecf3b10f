// The personal account's balance over the year (docs/ledger.md, `account_balance`): the balance
// after each settlement whose slip shows it, as the core lists them, in plain sentences. The
// page computes nothing: every figure is the core's.
import { el } from '../components/dom/dom.js';
import { formatFen } from '../components/money/money.js';

export function renderBalance(year, tt) {
  const list = year.account_balance ?? [];
  const t = tt.year;
  if (!list.length) return el('div', { id: 'balance' }, el('h3', { text: t.balanceTitle }), el('p', { class: 'hint', text: t.balanceNone }));
  const last = list[list.length - 1];
  return el('div', { id: 'balance' },
    el('h3', { text: t.balanceTitle }),
    el('p', { id: 'balance-last', 'data-fen': last.balc_fen, text: t.balanceLast(tt.yuan(formatFen(last.balc_fen))) }),
    el('ul', { class: 'balance-list', id: 'balance-list' }, ...list.map((b) => el('li', { 'data-fen': b.balc_fen,
      text: t.balanceAfter(b.date, tt.yuan(formatFen(b.balc_fen)), tt.yuan(formatFen(b.acct_pay_fen))) }))));
}
