// 李强, employee insured in Beijing, posted by his employer to Sanya for two years (异地工作).
// He files, estimates a hospital bill under Beijing's shipped policy and takes the summary
// card to the front desk.
export default {
  id: 'posted',
  name: 'Worker posted to Sanya by his employer',
  typed: ['李强', '海南省三亚市吉阳区迎宾路1号'],
  filing: {
    scheme: 'employee',
    employment: 'working',
    insured: ['bjcy', '北京市 › 朝阳区'],
    destination: ['sanya', '海南省 › 三亚市'],
    purpose: 'work',
    start_date: { days: 7 },
    name: '李强',
    id: '11010519491231002X',
    mobile: '13900139000',
    address: '海南省三亚市吉阳区迎宾路1号',
    reason: '',
  },
  expectFiling: { category: 'posted_worker' },
  estimate: {
    scheme: 'employee', employment: 'working', insured: '110105', treatment: '460200',
    category: 'posted_worker', setting: 'inpatient', level: '3',
    admitted: '2026-11-01', discharged: '2026-11-10', amount: '45,000', policy: '110000/employee',
  },
  handover: true,
  places: { en: 'Sanya (三亚市), Hainan', 'zh-CN': '海南省三亚市' },
};
