// What the estimate page says about the policies it fetches (components/policy-plane): while one
// is on its way, when it cannot be had (offline, missing, broken: a plain sentence, then the
// questions for the figures, nothing typed lost), the "places we know" screen (#/places: the
// index as a table by province, and what to do when yours is not there), and the download of
// the figures a person typed as a policy file that the core validates.
//
// The places screen lives on the estimate page because that is where the question comes up:
// the policy part of the form links to it, right where a person finds their place missing.
import { formatDate } from '../shell/i18n.js';
import { el } from '../components/dom/dom.js';
import { confidenceLine, local } from './policy-info.js';
import { OWN, composePolicy } from './policy.js';

/** The notice above the policy choices: loading, a problem, or "none", and the link to the places. */
export function policyNotes(ctx, choices) {
  const { answers } = ctx;
  const p = ctx.t().plane;
  const insured = answers.get('insured');
  const scheme = answers.get('scheme');
  const out = [];
  const problem = ctx.plane.problem(insured, scheme);
  if (ctx.plane.pending(insured, scheme)) {
    out.push(el('p', { class: 'notice', id: 'policy-loading', role: 'status', text: p.loading }));
  } else if (problem) {
    out.push(el('p', { class: 'notice', id: 'policy-problem', role: 'status', 'data-problem': problem, text: p[problem] }));
  } else if (choices.length === 1) {
    out.push(el('p', { class: 'notice', id: 'no-policy', text: ctx.t().form.policy.none }));
  }
  out.push(el('p', {}, el('a', { href: '#/places', id: 'places-link', text: p.placesLink })));
  return out;
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The typed figures as a policy document, checked by the core: {document} or {errors}. */
export function ownPolicyFile(ctx) {
  const { answers } = ctx;
  const document = composePolicy({
    choice: OWN, shipped: null, figures: {}, own: answers.get('own') ?? {},
    visit: { setting: answers.get('setting') ?? 'inpatient', level: answers.get('level') ?? 'any' },
    insured: answers.get('insured'), scheme: answers.get('scheme'),
  });
  const checked = ctx.ask('policy.validate', { policy: document });
  return checked.ok ? { document } : { errors: checked.errors };
}

/** The download button under the person's own figures. */
export function exportButton(ctx) {
  const p = ctx.t().plane;
  const status = el('p', { class: 'hint', id: 'own-export-status', role: 'status' });
  const button = el('button', { type: 'button', class: 'button-secondary', id: 'own-export', text: p.export, onclick: () => {
    const made = ownPolicyFile(ctx);
    if (made.errors) {
      status.textContent = p.exportFailed;
      return;
    }
    const name = `${made.document.region ?? 'policy'}-${made.document.scheme ?? ''}.json`;
    download(name, `${JSON.stringify(made.document, null, 2)}\n`);
    status.textContent = p.exported(name);
  } });
  return el('div', { class: 'own-export' }, el('p', { class: 'hint', text: p.exportHint }), button, status);
}

function dateOf(iso, lang, words) {
  return iso ? formatDate(iso, lang) : words.unknownDate;
}

/** The #/places screen. `index` is null while it loads, false when it could not be had. */
export function renderPlaces(ctx, index) {
  const tt = ctx.t();
  const w = tt.places;
  const lang = ctx.lang();
  const node = el('div', { class: 'screen', id: 'places' },
    el('a', { class: 'back-link', href: '#/', text: w.back }),
    el('h1', { id: 'places-title', class: 'question', tabindex: '-1', text: w.title }),
    el('p', { text: w.intro }));
  if (index === null) node.append(el('p', { class: 'notice', role: 'status', id: 'places-loading', text: w.loading }));
  if (index === false) node.append(el('p', { class: 'notice', role: 'status', id: 'places-failed', text: w.failed }));
  if (index) {
    const byProvince = new Map();
    for (const p of index.policies) {
      const key = p.province?.code ?? p.region.slice(0, 2);
      if (!byProvince.has(key)) byProvince.set(key, { name: p.province?.name ?? key, rows: [] });
      byProvince.get(key).rows.push(p);
    }
    node.append(el('p', { id: 'places-count', text: w.count(index.policies.length) }));
    for (const [code, province] of byProvince) {
      const body = el('tbody');
      for (const p of province.rows) {
        // Place names are the 2024 division table's, in Chinese only: as on a person's notice.
        body.append(el('tr', { 'data-policy': p.id },
          el('th', { scope: 'row' }, el('span', { class: 'place-name', lang: 'zh-CN', text: p.region_name ?? p.region }),
            el('br'), el('span', { class: 'hint policy-name', text: local(p.name, lang) })),
          el('td', { 'data-label': w.scheme, text: tt.form.scheme.options[p.scheme]?.label ?? p.scheme }),
          el('td', { 'data-label': w.settings, text: p.settings.map((s) => tt.form.setting.options[s]?.label ?? s).join(lang === 'en' ? ', ' : '、') }),
          el('td', { 'data-label': w.confidence }, confidenceLine(p.confidence)),
          el('td', { 'data-label': w.asOf, text: dateOf(p.as_of, lang, w) })));
      }
      node.append(el('section', { class: 'places-province', 'data-province': code },
        el('h2', { lang: 'zh-CN', text: province.name }),
        el('div', { class: 'table-scroll' }, el('table', { class: 'places-table' },
          el('thead', {}, el('tr', {}, ...[w.place, w.scheme, w.settings, w.confidence, w.asOf].map((h) => el('th', { scope: 'col', text: h })))),
          body))));
    }
  }
  node.append(el('h2', { id: 'places-missing', text: w.missingTitle }),
    el('ul', {}, ...w.missingSteps.map((s) => el('li', { text: s }))));
  return { node, focus: node.querySelector('h1') };
}
