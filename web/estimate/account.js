// Who pays the person's share (docs/estimate.md "Who pays the person's share"): the form's
// questions about the personal account and family mutual aid (家庭共济), what they add to the
// request, and the result's lines saying how much the account pays, how much is cash and what
// is left in the account. Every figure shown is the core's answer; the page only formats fen.
import { el } from '../components/dom/dom.js';
import { radios, textField } from '../components/fields/fields.js';
import { formatFen, yuanToFen } from '../components/money/money.js';

const RELATIONS = ['spouse', 'parent', 'child'];
const blank = (v) => String(v ?? '').trim() === '';

function typed(answers) {
  return answers.get('account') ?? {};
}

// A typed balance to fen. A leading minus is kept and sent, so that the core says in words why a
// balance cannot be negative (estimate.account_balance_out_of_range), as for one too large.
function balanceFen(text) {
  const s = String(text ?? '').trim();
  const negative = /^[-−－]/.test(s);
  const parsed = yuanToFen(negative ? s.slice(1) : s);
  if (parsed.error) return parsed;
  return { fen: negative ? -parsed.fen : parsed.fen };
}

/** The `account` block of the estimate request, or undefined when the person gave none. */
export function accountRequest(answers) {
  const a = typed(answers);
  const out = {};
  if (answers.get('scheme') === 'employee' && !blank(a.balance)) out.balance_fen = balanceFen(a.balance).fen;
  if (a.family === 'yes' && RELATIONS.includes(a.relation) && !blank(a.familyBalance)) {
    out.family = { relation: a.relation, balance_fen: balanceFen(a.familyBalance).fen };
  }
  return Object.keys(out).length ? out : undefined;
}

/** The page's own problems with what was typed: {field, code} as request.js's pageProblems. */
export function accountProblems(answers) {
  const a = typed(answers);
  const problems = [];
  if (answers.get('scheme') === 'employee' && !blank(a.balance) && balanceFen(a.balance).error) {
    problems.push({ field: 'account-balance', code: balanceFen(a.balance).error });
  }
  if (a.family === 'yes') {
    if (!RELATIONS.includes(a.relation)) problems.push({ field: 'accountRelation-0', code: 'chooseOne' });
    if (blank(a.familyBalance)) problems.push({ field: 'account-family-balance', code: 'empty' });
    else if (balanceFen(a.familyBalance).error) problems.push({ field: 'account-family-balance', code: balanceFen(a.familyBalance).error });
  }
  return problems;
}

/** Where the core's errors about the account belong on the form. */
export function accountField(path) {
  const p = String(path ?? '');
  if (p === '/account/balance_fen') return 'account-balance';
  if (p.startsWith('/account/family/relation')) return 'accountRelation-0';
  if (p.startsWith('/account/family')) return 'account-family-balance';
  return null;
}

/** The form's section: the own balance (employees), and whether a family member's account pays. */
export function accountQuestions(ctx, view) {
  const { answers } = ctx;
  const f = ctx.t().account;
  const a = typed(answers);
  const save = (key, value, rerender = false) => {
    answers.set('account', { ...typed(answers), [key]: value });
    if (rerender) ctx.rerender();
  };
  const errorsOf = (id) => view.errorsFor(id);
  const own = answers.get('scheme') === 'employee'
    ? textField({ id: 'account-balance', label: f.balance, hint: f.balanceHint, value: a.balance, inputmode: 'decimal',
      errors: errorsOf('account-balance'), errorPrefix: ctx.t().errorPrefix, onInput: (v) => save('balance', v) })
    : el('p', { class: 'hint', id: 'account-resident', text: f.residentNone });
  const family = radios({
    name: 'accountFamily',
    legend: f.family.legend,
    hint: f.family.hint,
    options: ['no', 'yes'].map((value) => ({ value, label: f.family.options[value] })),
    checked: a.family ?? 'no',
    errorPrefix: ctx.t().errorPrefix,
    onChange: (value) => save('family', value, true),
  });
  const relationErrors = errorsOf('accountRelation-0');
  const more = a.family === 'yes' ? [
    radios({
      name: 'accountRelation',
      legend: f.relation.legend,
      options: RELATIONS.map((value) => ({ value, label: f.relation.options[value] })),
      checked: a.relation,
      error: relationErrors.length ? relationErrors : null,
      errorPrefix: ctx.t().errorPrefix,
      onChange: (value) => save('relation', value),
    }),
    textField({ id: 'account-family-balance', label: f.familyBalance, value: a.familyBalance, inputmode: 'decimal',
      errors: errorsOf('account-family-balance'), errorPrefix: ctx.t().errorPrefix, onInput: (v) => save('familyBalance', v) }),
  ] : [];
  return [el('p', { class: 'hint', text: f.intro }), own, family, ...more];
}

/** The result's lines: what the accounts pay, what is cash, what is left (r.account). */
export function accountLines(r, tt) {
  const a = r.account;
  if (!a) return null;
  const f = tt.account.result;
  const yuan = (fen) => tt.yuan(formatFen(fen));
  const own = a.acct_pay_fen - a.acct_mulaid_pay_fen;
  const lines = [];
  if (a.balc_fen !== null) lines.push(el('p', { id: 'account-own', 'data-fen': own, text: f.own(yuan(own)) }));
  if (a.family_balc_fen !== null) {
    lines.push(el('p', { id: 'account-family', 'data-fen': a.acct_mulaid_pay_fen, text: f.family(yuan(a.acct_mulaid_pay_fen)) }));
  }
  lines.push(el('p', { id: 'account-cash', 'data-fen': a.psn_cash_pay_fen, text: f.cash(yuan(a.psn_cash_pay_fen)) }));
  if (a.balc_fen !== null) lines.push(el('p', { id: 'account-left', 'data-fen': a.balc_fen, text: f.left(yuan(a.balc_fen)) }));
  if (a.family_balc_fen !== null) lines.push(el('p', { id: 'account-family-left', 'data-fen': a.family_balc_fen, text: f.familyLeft(yuan(a.family_balc_fen)) }));
  // Below the sentence's green panel, in plain text: this is detail, not the headline.
  return el('section', { class: 'result-section', id: 'result-account', 'aria-labelledby': 'result-account-title' },
    el('h2', { id: 'result-account-title', text: f.title }),
    el('div', { class: 'notice account-split' }, ...lines),
    a.range ? el('p', { class: 'hint', id: 'account-class-c', text: f.classCOpen(yuan(a.range.psn_cash_pay_fen.min)) }) : null);
}
