// With a portal's designated-institution list (docs/institutions-format.md, passed in by
// <medins-assistant institutions-src>), the "is it designated?" question opens with a search of
// that list by name, pinyin, initials or code. A hit answers the institution questions from the
// list's facts (eligibility: {treatment_region, institution}); the person can still answer by
// hand below. Without a list the question is as before, and its hint says how to look it up.
import { el, zh } from '../components/dom/dom.js';
import { setting } from '../components/saved-case/eligibility-request.js';
import { placeNode } from '../components/region-picker/place-name.js';

const LIMIT = 8;
const TRI = { true: 'yes', false: 'no' };

// The list's networked flag for this visit, as the person's answer: true/false/null → yes/no/unknown.
function networkedAnswer(answers, hit) {
  const flag = setting(answers) === 'pharmacy' ? 'outpatient' : setting(answers);
  return TRI[String(hit.eligibility.institution.networked?.[flag])] ?? 'unknown';
}

/**
 * @param {object} ctx  the page context; ctx.institutions is the loaded list's summary or null
 * @param {function} chosen  called after a hit has filled the answers
 */
export function renderInstitutionSearch(ctx, chosen) {
  const list = ctx.institutions;
  if (!list) return null;
  const s = ctx.t().institutionSearch;
  const lang = ctx.lang();
  const pharmacy = ctx.answers.get('visit') === 'pharmacy';
  const input = el('input', { id: 'institution-query', type: 'search', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'institution-search-hint' });
  const status = el('p', { id: 'institution-status', class: 'picker-status', role: 'status' });
  const hits = el('ul', { id: 'institution-hits', class: 'institution-hits' });
  const picked = ctx.answers.get('institution');

  const search = () => {
    const query = input.value.trim();
    hits.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    const response = ctx.ask('institutions.search', { query, kind: pharmacy ? 'pharmacy' : 'hospital', limit: LIMIT });
    if (!response.ok) {
      status.textContent = response.errors.map((e) => ctx.messageText(e.message)).join(' ');
      return;
    }
    const found = response.result.hits;
    status.textContent = found.length ? s.results(found.length) : s.noResults;
    hits.replaceChildren(...found.map((hit) => el('li', {},
      el('button', { type: 'button', class: 'institution-hit', 'data-code': hit.code, onclick: () => {
        const { answers } = ctx;
        answers.set('institution', { code: hit.code, name: hit.name, level: hit.eligibility.institution.level ?? null });
        answers.set('treatment', hit.eligibility.treatment_region);
        answers.set('designated', 'yes');
        answers.set('networked', networkedAnswer(answers, hit));
        chosen(hit);
      } }, zh(hit.name), el('span', { class: 'hint' }, ' · ', placeNode(hit.region, ctx.lang()))))));
  };
  input.addEventListener('input', search);

  return el('section', { class: 'institution-search', id: 'institution-search', 'aria-labelledby': 'institution-search-title' },
    el('h2', { id: 'institution-search-title', text: s.title(pharmacy) }),
    el('p', { id: 'institution-search-hint', class: 'hint', text: s.hint }),
    el('p', { class: 'hint', id: 'institution-list-source' }, s.source, zh(list.source.title), ` · ${s.asOf(list.as_of)}`,
      list.source.demo ? el('strong', { text: ` ${s.demo}` }) : null),
    picked ? el('p', { class: 'notice', id: 'institution-picked' }, s.picked, zh(picked.name)) : null,
    el('label', { for: 'institution-query', class: 'label', text: s.label }),
    input, status, hits,
    el('p', { class: 'hint', text: s.orAnswer }));
}
