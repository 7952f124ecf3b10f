// 刘桂兰, resident insurance (城乡居民) in 万荣县 of Yuncheng, Shanxi, treated in the provincial
// capital Taiyuan: care elsewhere within her own province (省内异地). Whether she must file first
// is set by Shanxi's own rules, which medins does not hold: the answer says so (undecided) and
// lays out both branches. She then starts an estimate under Yuncheng's shipped resident policy.
export default {
  id: 'county',
  name: 'County resident treated in the provincial capital',
  typed: [],
  eligibility: {
    insured: ['wanrong', '山西省 › 运城市 › 万荣县'],
    treatment: ['taiyuan', '山西省 › 太原市'],
    visit: 'inpatient',
    admitted_on: { days: 5 },
    discharged: 'not_yet',
    designated: 'yes',
    networked: 'yes',
    filed: 'no',
    voucher: 'yes',
  },
  expectEligibility: { route: 'undecided' },
  estimate: {
    scheme: 'resident', insured: '140822', treatment: '140100',
    category: 'referral', setting: 'inpatient', level: '3',
    admitted: '2026-11-01', discharged: '2026-11-08', amount: '18,000', policy: '140800/resident',
  },
  // Yuncheng's policy gives no in-province hospital tiers: the page asks for the deductible and
  // the ratio of her hospital's tier, to be read from the local notice or asked at 12393.
  expectAsks: true,
};
