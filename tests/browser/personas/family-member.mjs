// 周明 prepares the case for his mother 周秀兰, a retired employee insured in Beijing who will live
// with him in Sanya. He fills the filing in her name and takes the summary card for her; large
// text, since she will read it too.
export default {
  id: 'family',
  name: 'Son preparing the case for his mother',
  large: true,
  typed: ['周秀兰', '海南省三亚市天涯区三亚湾路8号'],
  filing: {
    scheme: 'employee',
    employment: 'retired',
    insured: ['bjcy', '北京市 › 朝阳区'],
    destination: ['sanya', '海南省 › 三亚市'],
    purpose: 'live',
    household: 'yes',
    permit: 'no',
    since: '2024-05-01',
    start_date: { days: 10 },
    name: '周秀兰',
    id: '11010519491231002X',
    mobile: '13600136000',
    address: '海南省三亚市天涯区三亚湾路8号',
    reason: '',
  },
  expectFiling: { category: 'resettled_retiree' },
  handover: true,
  places: { en: 'Sanya (三亚市), Hainan', 'zh-CN': '海南省三亚市' },
  // The card is for the front desk: it carries her name.
  check: (outcome) => {
    if (!outcome.card.includes('周秀兰')) throw new Error('the card does not carry the mother\'s name');
  },
};
