// Browser tests for the eligibility step (web/eligibility/), against the built site: the
// questions one screen at a time in zh-CN and English, the answer against what the core itself
// answers for the same request (asked in the page through the wasm module: no policy text is
// written here), the tickable checklist surviving reload and a language switch, "I don't know"
// answered with checks and branches, the prefill from the filing flow, no request beyond the
// origin, no console errors, a 360 px phone, and axe-core on the answer screen.
// Run: MEDINS_SITE_DIR=build-wasm/site node --test tests/browser/eligibility.test.mjs
// Screenshots go to MEDINS_SCREENSHOT_DIR (default build/screenshots).
import assert from 'node:assert/strict';
import { runAxe } from './axe.mjs';
import { test } from 'node:test';
import { TEXT } from '../../web/eligibility/text.js';
import { TEXT as FILING_TEXT } from '../../web/filing/text.js';
import path from 'node:path';
import { follow, openPage, openPart, screenshotDir, shot, useSiteAndBrowser, waitReady } from './harness.mjs';
import { askCore, choose, fillDate, formatDate, localDay, next, pickRegion, startFlow, waitScreen } from './flow-steps.mjs';

const env = useSiteAndBrowser();

const BEIJING_CHAOYANG = '北京市 › 朝阳区';
const SANYA = '海南省 › 三亚市';

// In through the main page's link, as people come.
const openEligibility = (t, contextOptions) => openPart(env, t, 'eligibility', contextOptions);

/** eligibility.check for someone insured in Beijing's Chaoyang district, treated in Sanya. */
function checkFromChaoyangInSanya(page, request) {
  return askCore(page, 'eligibility.check', { insured_region: '110105', treatment_region: '460200', ...request });
}

function assertOnlyOrigin(requests) {
  const origin = new URL(env.baseUrl).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
}

async function fitsPhone(page) {
  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360, 'sideways scroll at 360 px');
}

/** Asserts the answer screen says what the core says for the same request, in `lang`. */
async function assertAnswerMatchesCore(page, lang, r) {
  const a = TEXT[lang].answer;
  const shown = await page.evaluate(() => {
    const texts = (sel) => [...document.querySelectorAll(sel)].map((n) => n.textContent);
    const data = (sel, key) => [...document.querySelectorAll(sel)].map((n) => n.dataset[key]);
    return {
      route: document.getElementById('route')?.dataset.route,
      sentence: document.getElementById('route-sentence')?.textContent,
      first: document.querySelector('#screen .eligibility-answer > *')?.id,
      reasonCodes: data('#answer-reasons li[data-code]', 'code'),
      reasonTexts: texts('#answer-reasons li[data-code] > p'),
      reasonMarked: [...document.querySelectorAll('#answer-reasons li[data-code] > p')].map((p) => Boolean(p.querySelector('.mark-unconfirmed'))),
      facts: data('#answer-checks [data-fact]', 'fact'),
      checkTexts: texts('#answer-checks [data-fact]'),
      branches: data('#answer-branches [data-route]', 'route'),
      branchTexts: texts('#answer-branches .branch-route'),
      show: data('#answer-show [data-show]', 'show'),
      voucherGuides: [...document.querySelectorAll('#answer-show [data-show]')]
        .filter((li) => li.querySelector('a[data-voucher-guide]'))
        .map((li) => ({ id: li.dataset.show, href: li.querySelector('a[data-voucher-guide]').href })),
      moments: texts('#answer-show [data-moment]'),
      checklist: data('#claim-checklist input[type="checkbox"]', 'item'),
      checklistTexts: texts('#claim-checklist .tick-text'),
      deadline: document.getElementById('deadline-date')?.textContent ?? null,
      deadlineText: document.querySelector('#answer-deadline .deadline-text')?.textContent ?? null,
      rangeSeen: document.querySelector('#answer-deadline .range-seen')?.textContent ?? null,
      audits: data('#answer-audits [data-audit]', 'audit'),
      auditTexts: texts('#answer-audits [data-audit] > p'),
      basisSummaries: texts('#answer-reasons li[data-code] > details.sources > summary'),
    };
  });
  assert.equal(shown.first, 'route', 'the route comes first');
  assert.equal(shown.route, r.route ?? 'undecided');
  assert.ok(shown.sentence.startsWith(r.summary[lang]), `${shown.sentence} says ${r.summary[lang]}`);
  assert.deepEqual(shown.reasonCodes, r.reasons.map((x) => x.code));
  r.reasons.forEach((x, i) => {
    assert.ok(shown.reasonTexts[i].startsWith(x.text[lang]));
    assert.equal(shown.reasonMarked[i], x.unconfirmed, `${x.code} marked unconfirmed iff the core says so`);
    if (x.unconfirmed) assert.ok(shown.reasonTexts[i].includes(a.unconfirmed));
  });
  // Each reason's basis, folded under "依据 / Basis".
  assert.equal(shown.basisSummaries.length, r.reasons.length);
  assert.ok(shown.basisSummaries.every((s) => s.startsWith(a.sources)));
  assert.deepEqual(shown.facts, r.checks.map((c) => c.fact));
  r.checks.forEach((c, i) => {
    assert.ok(shown.checkTexts[i].includes(c.text[lang]));
    assert.ok(shown.checkTexts[i].includes(c.how[lang]));
  });
  assert.deepEqual(shown.branches, r.branches.map((b) => b.route));
  r.branches.forEach((b, i) => assert.equal(shown.branchTexts[i], b.summary[lang]));
  assert.deepEqual(shown.show, r.show ? r.show.what.map((w) => w.id) : []);
  // Told to activate the e-voucher, the person gets the guide that says how, beside that line.
  assert.deepEqual(shown.voucherGuides.map((g) => g.id), (r.show?.what ?? []).filter((w) => w.id === 'activate_voucher').map((w) => w.id));
  for (const g of shown.voucherGuides) assert.equal(new URL(g.href).pathname, new URL('voucher/', env.baseUrl).pathname);
  assert.deepEqual(shown.moments, r.show ? r.show.when.map((w) => w.text[lang]) : []);
  const claim = r.manual_claim;
  assert.deepEqual(shown.checklist, claim ? claim.checklist.map((c) => c.id) : []);
  assert.deepEqual(shown.checklistTexts, claim ? claim.checklist.map((c) => c.text[lang]) : []);
  assert.deepEqual(shown.audits, claim ? claim.audits.map((x) => x.id) : []);
  if (claim) {
    claim.audits.forEach((x, i) => assert.ok(shown.auditTexts[i].startsWith(x.text[lang])));
    const d = claim.deadline;
    assert.ok(shown.deadlineText.startsWith(d.text[lang]));
    if (d.date) {
      assert.ok(shown.deadline.includes(formatDate(d.date, lang)));
    } else if (!d.known) {
      assert.equal(shown.deadline, a.deadlineUnknown);
      assert.ok(shown.rangeSeen.startsWith(d.range_seen.text[lang]));
      assert.ok(shown.rangeSeen.includes(a.unconfirmed), 'the range seen in practice is low confidence');
    }
  } else {
    assert.equal(shown.deadline, null);
  }
  return shown;
}

async function ticked(page) {
  return page.$$eval('#claim-checklist input:checked', (n) => n.map((x) => x.dataset.item));
}

test('zh-CN: a filed cross-province stay at a networked 三亚 hospital settles directly', async (t) => {
  const { page, problems, requests } = await openEligibility(t);
  const zh = TEXT['zh-CN'];
  await startFlow(page, 'zh-CN', zh.start.title, 'stage');
  await choose(page, 'stage', 'happened', 'insured');
  // Continue without choosing: the page's own message, at the field and in the summary.
  await next(page);
  assert.deepEqual(await page.$$eval('.error-summary a', (n) => n.map((x) => x.textContent)), [zh.chooseRegion]);
  await pickRegion(page, 'insured', 'bjcy', BEIJING_CHAOYANG, 'treatment');
  await pickRegion(page, 'treatment', 'sanya', SANYA, 'visit');
  await choose(page, 'visit', 'inpatient', 'admitted_on');
  const admitted = await localDay(page, -20);
  const discharged = await localDay(page, -3);
  const filedOn = await localDay(page, -60);
  const asOf = await localDay(page);
  // A discharge before the admission: the core's own message, at the discharge date.
  await fillDate(page, 'admitted_on', admitted, 'discharged');
  await choose(page, 'discharged', 'yes', 'discharged_on');
  await fillDate(page, 'discharged_on', await localDay(page, -30));
  const reversed = await checkFromChaoyangInSanya(page, {
    visit: { type: 'inpatient', admitted_on: admitted, discharged_on: await localDay(page, -30) },
    institution: { kind: 'hospital' }, as_of: asOf,
  });
  const reversedMessage = reversed.errors.find((e) => e.path === '/visit/discharged_on').message['zh-CN'];
  assert.deepEqual(await page.$$eval('.error-summary a', (n) => n.map((x) => x.textContent)), [reversedMessage]);
  await fillDate(page, 'discharged_on', discharged, 'designated');
  await choose(page, 'designated', 'yes', 'networked');
  assert.equal(await page.textContent('h1'), zh.steps.networked.title('inpatient'));
  await choose(page, 'networked', 'yes', 'filed');
  await choose(page, 'filed', 'yes', 'category');
  // The category names are the core's.
  const probe = await checkFromChaoyangInSanya(page, {
    filing: { category: 'other_temporary', filed_on: filedOn },
    visit: { type: 'inpatient', admitted_on: admitted }, institution: { kind: 'hospital' }, as_of: asOf,
  });
  assert.equal(await page.textContent('label[for="category-5"]'), probe.result.filing.name['zh-CN']);
  await choose(page, 'category', 'other_temporary', 'filed_on');
  await fillDate(page, 'filed_on', filedOn, 'voucher');
  await choose(page, 'voucher', 'yes', 'paid');
  await choose(page, 'paid', 'yes', 'check');
  const rows = await page.$$eval('.summary-row', (r) => r.map((x) => [x.querySelector('dt').textContent, x.querySelector('.summary-value').textContent]));
  assert.deepEqual(rows.find(([k]) => k === zh.steps.treatment.short), [zh.steps.treatment.short, SANYA]);
  assert.deepEqual(rows.find(([k]) => k === zh.steps.admitted_on.short), [zh.steps.admitted_on.short, formatDate(admitted, 'zh-CN')]);
  await page.click('#check-submit');
  await waitScreen(page, 'result');

  const answer = await checkFromChaoyangInSanya(page, {
    visit: { type: 'inpatient', admitted_on: admitted, discharged_on: discharged, settled: true },
    institution: { kind: 'hospital', designated: true, networked: { inpatient: true } },
    voucher_activated: true,
    filing: { category: 'other_temporary', filed_on: filedOn },
    as_of: asOf,
  });
  assert.equal(answer.ok, true);
  assert.equal(answer.result.route, 'direct_settlement', 'the core settles this directly');
  await assertAnswerMatchesCore(page, 'zh-CN', answer.result);
  // The filing's last day as the core counts it, said to be unconfirmed.
  const filing = await page.textContent('#answer-filing');
  assert.ok(filing.includes(formatDate(answer.result.filing.valid_until, 'zh-CN')));
  assert.ok(filing.includes(zh.answer.unconfirmed));
  assert.deepEqual(await runAxe(page), [], 'answer (direct settlement, zh-CN)');
  await shot(page, 'eligibility-direct-zh.png');
  // Nothing the person answered is in the address.
  assert.match(page.url(), /\/eligibility\/#\/result$/);
  assertOnlyOrigin(requests);
  assert.deepEqual(problems, []);
});

test('en: an unfiled, already paid stay is a manual claim; ticks survive reload and a language switch', async (t) => {
  const { page, problems, requests } = await openEligibility(t);
  const en = TEXT.en;
  await startFlow(page, 'en', en.start.title, 'stage');
  await choose(page, 'stage', 'happened', 'insured');
  await pickRegion(page, 'insured', 'pudong', '上海市 › 浦东新区', 'treatment');
  await pickRegion(page, 'treatment', 'chengdu', '四川省 › 成都市', 'visit');
  await choose(page, 'visit', 'inpatient', 'admitted_on');
  const admitted = await localDay(page, -15);
  const discharged = await localDay(page, -5);
  const asOf = await localDay(page);
  await fillDate(page, 'admitted_on', admitted, 'discharged');
  await choose(page, 'discharged', 'yes', 'discharged_on');
  await fillDate(page, 'discharged_on', discharged, 'designated');
  await choose(page, 'designated', 'yes', 'networked');
  await choose(page, 'networked', 'yes', 'filed');
  await choose(page, 'filed', 'no', 'voucher');
  await choose(page, 'voucher', 'no', 'paid');
  await choose(page, 'paid', 'yes', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');
  const request = {
    insured_region: '310115',
    treatment_region: '510100',
    visit: { type: 'inpatient', admitted_on: admitted, discharged_on: discharged, settled: true },
    institution: { kind: 'hospital', designated: true, networked: { inpatient: true } },
    voucher_activated: false,
    as_of: asOf,
  };
  const answer = await askCore(page, 'eligibility.check', request);
  assert.equal(answer.result.route, 'manual_claim');
  assert.ok(answer.result.reasons.some((r) => r.code === 'eligibility.reason.not_filed_self_paid'));
  assert.equal(answer.result.manual_claim.deadline.known, false, 'no insured place deadline is shipped');
  await assertAnswerMatchesCore(page, 'en', answer.result);

  // Tick two papers; they are stored under medins.eligibility. and come back after a reload.
  const [first, second] = answer.result.manual_claim.checklist.map((c) => c.id);
  await page.check(`#tick-${first}`);
  await page.click(`label[for="tick-${second}"]`); // the label is a click target too
  assert.deepEqual(await ticked(page), [first, second]);
  const total = answer.result.manual_claim.checklist.length;
  assert.equal(await page.textContent('#checklist-count'), en.answer.ticked(2, total));
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('medins.eligibility.'))));
  assert.deepEqual(JSON.parse(stored['medins.eligibility.ticked']), [first, second]);
  await page.reload();
  await waitReady(page);
  await waitScreen(page, 'result');
  assert.deepEqual(await ticked(page), [first, second]);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');

  // The language switch redraws everything in Chinese and keeps the ticks.
  await page.click('#lang-zh');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await assertAnswerMatchesCore(page, 'zh-CN', answer.result);
  assert.deepEqual(await ticked(page), [first, second]);
  assert.equal(await page.textContent('#checklist-count'), TEXT['zh-CN'].answer.ticked(2, total));
  assert.deepEqual(await runAxe(page), [], 'answer (manual claim, zh-CN)');
  await shot(page, 'eligibility-answer-zh.png');
  await page.click('#lang-en');
  assert.deepEqual(await ticked(page), [first, second]);
  assert.deepEqual(await runAxe(page), [], 'answer (manual claim, en)');
  await shot(page, 'eligibility-answer-en.png');
  // Unticking is saved too.
  await page.uncheck(`#tick-${first}`);
  await page.reload();
  await waitReady(page);
  await waitScreen(page, 'result');
  assert.deepEqual(await ticked(page), [second]);

  await fitsPhone(page);
  await shot(page, 'eligibility-answer-phone-en.png');
  assertOnlyOrigin(requests);
  assert.deepEqual(problems, []);
});

test('zh-CN: a chronic disease from the 2024 list is offered and answered as unconfirmed', async (t) => {
  const { page, problems, requests } = await openEligibility(t, { viewport: { width: 360, height: 740 } });
  const zh = TEXT['zh-CN'];
  await page.click('#start-button');
  await choose(page, 'stage', 'happened', 'insured');
  await pickRegion(page, 'insured', 'bjcy', BEIJING_CHAOYANG, 'treatment');
  await pickRegion(page, 'treatment', 'sanya', SANYA, 'visit');
  await choose(page, 'visit', 'chronic_outpatient', 'disease');
  // The list is the core's: each disease's name, and the unconfirmed ones marked as such.
  const asOf = await localDay(page);
  const visitOn = await localDay(page, -1);
  const filedOn = await localDay(page, -30);
  const labels = await page.$$eval('#screen .radio', (n) => n.map((r) => [r.querySelector('input').value, r.querySelector('label').textContent]));
  assert.equal(labels.length, 11, 'ten diseases and "other"');
  for (const [id, label] of labels.slice(0, 10)) {
    const probe = await checkFromChaoyangInSanya(page, {
      visit: { type: 'chronic_outpatient', disease: id, visit_on: visitOn },
      institution: { kind: 'hospital' }, as_of: asOf,
    });
    const d = probe.result.visit.disease;
    assert.equal(label, d.unconfirmed ? zh.steps.disease.marked(d.name['zh-CN']) : d.name['zh-CN']);
  }
  assert.equal(labels.filter(([, l]) => l.includes(zh.answer.unconfirmed)).length, 5);
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360);
  await shot(page, 'eligibility-disease-phone-zh.png');
  await choose(page, 'disease', 'copd', 'visit_on');
  await fillDate(page, 'visit_on', visitOn, 'designated');
  await choose(page, 'designated', 'yes', 'networked');
  assert.equal(await page.textContent('h1'), zh.steps.networked.title('chronic'));
  await choose(page, 'networked', 'yes', 'filed');
  await choose(page, 'filed', 'yes', 'category');
  await choose(page, 'category', 'other_temporary', 'filed_on');
  await fillDate(page, 'filed_on', filedOn, 'voucher');
  await choose(page, 'voucher', 'unknown', 'paid');
  await choose(page, 'paid', 'no', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');
  const answer = await checkFromChaoyangInSanya(page, {
    filing: { category: 'other_temporary', filed_on: filedOn },
    visit: { type: 'chronic_outpatient', disease: 'copd', visit_on: visitOn, settled: false },
    institution: { kind: 'hospital', designated: true, networked: { chronic: true } },
    voucher_activated: null,
    as_of: asOf,
  });
  assert.equal(answer.result.confidence, 'low');
  assert.ok(answer.result.reasons.some((r) => r.code === 'eligibility.reason.chronic_added_2024_unconfirmed' && r.unconfirmed));
  await assertAnswerMatchesCore(page, 'zh-CN', answer.result);
  // The route sentence itself says "unconfirmed", and the disease is named with its group.
  assert.ok((await page.textContent('#route')).includes(zh.answer.unconfirmed));
  assert.equal(await page.getAttribute('#route', 'data-confidence'), 'low');
  assert.ok((await page.textContent('.answer-disease')).includes(answer.result.visit.disease.name['zh-CN']));
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth) <= 360);
  await shot(page, 'eligibility-chronic-phone-zh.png');
  // What a phone shows first, without scrolling: the route and its "unconfirmed".
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotDir, 'eligibility-chronic-phone-top-zh.png') });
  // The disease is kept for this tab only.
  const where = await page.evaluate(() => ({ local: localStorage.getItem('medins.eligibility.disease'), session: sessionStorage.getItem('medins.eligibility.disease') }));
  assert.deepEqual(where, { local: null, session: JSON.stringify('copd') });
  assertOnlyOrigin(requests);
  assert.deepEqual(problems, []);
});

test('"I don\'t know" is a real answer: the checks, how to look them up, and each branch', async (t) => {
  const { page, problems, requests } = await openEligibility(t);
  const en = TEXT.en;
  await startFlow(page, 'en', en.start.title, 'stage');
  await choose(page, 'stage', 'happened', 'insured');
  await pickRegion(page, 'insured', 'bjcy', BEIJING_CHAOYANG, 'treatment');
  await pickRegion(page, 'treatment', 'sanya', SANYA, 'visit');
  await choose(page, 'visit', 'inpatient', 'admitted_on');
  const admitted = await localDay(page, -2);
  const asOf = await localDay(page);
  await fillDate(page, 'admitted_on', admitted, 'discharged');
  // Still in hospital: "already paid?" is not asked.
  await choose(page, 'discharged', 'not_yet', 'designated');
  await choose(page, 'designated', 'unknown', 'networked');
  await choose(page, 'networked', 'unknown', 'filed');
  await choose(page, 'filed', 'no', 'voucher');
  await choose(page, 'voucher', 'yes', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');
  // Still in hospital, the voucher activated; whether the hospital is designated as answered.
  const inHospital = (designated) => checkFromChaoyangInSanya(page, {
    visit: { type: 'inpatient', admitted_on: admitted },
    institution: { kind: 'hospital', designated, networked: { inpatient: null } },
    voucher_activated: true,
    as_of: asOf,
  });
  const answer = await inHospital(null);
  assert.equal(answer.result.route, null);
  assert.ok(answer.result.checks.length >= 2 && answer.result.branches.length >= 2);
  await assertAnswerMatchesCore(page, 'en', answer.result);
  // Each branch says, in plain words, which answer leads to it.
  const ifs = await page.$$eval('#answer-branches .branch-if', (n) => n.map((x) => x.textContent));
  assert.deepEqual(ifs, answer.result.branches.map((b) => b.if.en));
  assert.equal(ifs[1], 'If the institution is designated and the institution is not networked for direct settlement:');
  // A check links to the question to change, and back to the check screen after it.
  await page.click('#answer-checks [data-fact="designated"] a');
  await waitScreen(page, 'designated');
  assert.match(page.url(), /#\/designated\?from=check$/);
  await choose(page, 'designated', 'no', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');
  const notDesignated = await inHospital(false);
  assert.equal(notDesignated.result.route, 'not_covered');
  await assertAnswerMatchesCore(page, 'en', notDesignated.result);
  assert.deepEqual(await runAxe(page), [], 'answer (not covered, en)');
  assertOnlyOrigin(requests);
  assert.deepEqual(problems, []);
});

// A first-time user on a 390 px phone does not know whether the hospital is networked. The
// answer must not give "networked" and "not networked" as reasons side by side: what holds
// either way is the "why", and each answer to the check is its own labelled branch with its
// route and its own reasons, under how to find out.
test('"不知道" about the network: two labelled branches and how to find out, never both as reasons (390 px)', async (t) => {
  const { page, problems, requests } = await openEligibility(t, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const zh = TEXT['zh-CN'];
  await startFlow(page, 'zh-CN', zh.start.title, 'stage');
  await choose(page, 'stage', 'happened', 'insured');
  await pickRegion(page, 'insured', 'bjcy', BEIJING_CHAOYANG, 'treatment');
  await pickRegion(page, 'treatment', 'sanya', SANYA, 'visit');
  await choose(page, 'visit', 'inpatient', 'admitted_on');
  const admitted = await localDay(page, -2);
  const filedOn = await localDay(page, -30);
  const asOf = await localDay(page);
  await fillDate(page, 'admitted_on', admitted, 'discharged');
  await choose(page, 'discharged', 'not_yet', 'designated');
  await choose(page, 'designated', 'yes', 'networked');
  await choose(page, 'networked', 'unknown', 'filed');
  await choose(page, 'filed', 'yes', 'category');
  await choose(page, 'category', 'other_temporary', 'filed_on');
  await fillDate(page, 'filed_on', filedOn, 'voucher');
  await choose(page, 'voucher', 'yes', 'check');
  await page.click('#check-submit');
  await waitScreen(page, 'result');
  const answer = await checkFromChaoyangInSanya(page, {
    visit: { type: 'inpatient', admitted_on: admitted },
    institution: { kind: 'hospital', designated: true, networked: { inpatient: null } },
    filing: { category: 'other_temporary', filed_on: filedOn },
    voucher_activated: true,
    as_of: asOf,
  });
  assert.equal(answer.result.route, null);
  assert.deepEqual(answer.result.branches.map((b) => b.route), ['direct_settlement', 'manual_claim']);
  const read = () => page.evaluate(() => ({
    why: [...document.querySelectorAll('#answer-reasons li[data-code]')].map((li) => li.dataset.code),
    whyTitle: document.getElementById('answer-reasons-title')?.textContent ?? null,
    branches: [...document.querySelectorAll('#answer-branches .branch')].map((b) => ({
      label: b.querySelector('.branch-if')?.textContent,
      labelTag: b.querySelector('.branch-if')?.tagName,
      route: b.querySelector('.branch-route')?.textContent,
      codes: [...b.querySelectorAll('li[data-code]')].map((li) => li.dataset.code),
      texts: [...b.querySelectorAll('li[data-code] > p')].map((p) => p.textContent),
    })),
    how: document.querySelector('#answer-checks [data-fact="networked"]')?.textContent ?? '',
    wide: document.scrollingElement.scrollWidth,
  }));
  const assertBranches = async (lang, a) => {
    const shown = await read();
    // Neither side of the unknown fact is a reason of the whole answer.
    for (const code of ['eligibility.reason.networked', 'eligibility.reason.not_networked']) {
      assert.ok(!shown.why.includes(code), `${code} is not a reason of the whole answer`);
    }
    assert.deepEqual(shown.why, answer.result.reasons.map((r) => r.code));
    assert.equal(shown.whyTitle, a.sections.reasonsEither);
    // Two branches, each a heading in the core's words ("如果已开通…：" / "如果没有开通…："),
    // with its route and its own reasons.
    assert.equal(shown.branches.length, 2);
    answer.result.branches.forEach((b, i) => {
      assert.equal(shown.branches[i].label, b.if[lang]);
      assert.equal(shown.branches[i].labelTag, 'H3');
      assert.ok(shown.branches[i].route.startsWith(b.summary[lang]));
      assert.deepEqual(shown.branches[i].codes, b.own_reasons.map((r) => r.code));
      b.own_reasons.forEach((r, j) => assert.ok(shown.branches[i].texts[j].startsWith(r.text[lang])));
    });
    assert.ok(shown.branches[0].codes.includes('eligibility.reason.networked'));
    assert.deepEqual(shown.branches[1].codes, ['eligibility.reason.not_networked']);
    // How to find out, from the data.
    assert.ok(shown.how.includes(answer.result.checks[0].how[lang]));
    assert.ok(shown.wide <= 390, `sideways scroll: ${shown.wide}px`);
  };
  await assertBranches('zh-CN', zh.answer);
  assert.equal(answer.result.branches[0].if['zh-CN'], '如果这家机构已开通异地就医直接结算：');
  await shot(page, 'eligibility-unknown-network-390-zh.png');
  // English, in large text.
  await page.click('#large-text');
  await page.click('#lang-en');
  await assertBranches('en', TEXT.en.answer);
  await shot(page, 'eligibility-unknown-network-390-en-large.png');
  assert.deepEqual(await runAxe(page), [], 'answer with branches (en, large text)');
  assertOnlyOrigin(requests);
  assert.deepEqual(problems, []);
});

test('after filing: the result links here, and places, category and start date are filled in', async (t) => {
  const { page, problems, requests } = await openPage(env, t);
  const startDate = await localDay(page, 7);
  const [y, m, d] = startDate.split('-');
  // The filing flow's answers as it stores them, then its result screen.
  await page.evaluate(([sy, sm, sd]) => {
    const set = (k, v) => localStorage.setItem(`medins.filing.${k}`, JSON.stringify(v));
    set('scheme', 'employee');
    set('employment', 'working');
    set('insured', '310115');
    set('destination', '510100');
    set('purpose', 'other');
    set('start_date', { year: sy, month: String(Number(sm)), day: String(Number(sd)) });
    set('name', '李明');
    set('mobile', '13912345678');
    set('address', '成都市武侯区人民南路四段1号');
    set('reason', '');
    sessionStorage.setItem('medins.filing.id', JSON.stringify('11010519491231002X'));
  }, [y, m, d]);
  await page.goto(`${env.baseUrl}filing/#/result`);
  await waitReady(page);
  await page.waitForSelector('#eligibility-link');
  assert.equal(await page.textContent('#eligibility-link'), FILING_TEXT['zh-CN'].result.eligibilityLink);
  await follow(page, '#eligibility-link', 'eligibility');
  await waitScreen(page, 'start');
  assert.equal(await page.textContent('#from-filing'), TEXT['zh-CN'].start.fromFiling);
  const plan = await askCore(page, 'filing.plan', {
    person: { scheme: 'employee', employment: 'working' }, insured_region: '310115', destination: '510100',
    facts: { household_registration_moved: false, has_residence_permit: false, days_living_there: 0, posted_by_employer: false, referred_by_hospital: false, emergency: false },
    start_date: startDate, as_of: await localDay(page),
  });
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('medins.eligibility.'))));
  assert.equal(stored['medins.eligibility.insured'], JSON.stringify('310115'));
  assert.equal(stored['medins.eligibility.treatment'], JSON.stringify('510100'));
  assert.equal(stored['medins.eligibility.category'], JSON.stringify(plan.result.category.id));
  assert.deepEqual(JSON.parse(stored['medins.eligibility.filed_on']), { year: y, month: String(Number(m)), day: String(Number(d)) });
  await page.click('#start-button');
  await waitScreen(page, 'stage');
  await choose(page, 'stage', 'planning', 'insured');
  assert.equal(await page.inputValue('#insured-input'), '上海市 › 浦东新区');
  await next(page, 'treatment');
  assert.equal(await page.inputValue('#treatment-input'), '四川省 › 成都市');
  // Clearing removes this step's answers only, not the filing flow's.
  await page.goto(`${env.baseUrl}eligibility/#/clear`);
  await waitReady(page);
  await page.click('#clear-confirm');
  await waitScreen(page, 'start');
  const after = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(after.includes('medins.filing.insured'));
  assert.deepEqual(after.filter((k) => k.startsWith('medins.eligibility.')), []);
  assertOnlyOrigin(requests);
  assert.deepEqual(problems, []);
});
