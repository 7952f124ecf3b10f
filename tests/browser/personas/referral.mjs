// 陈建国, employee insured in Yuncheng, referred by his local hospital to Beijing (转诊). He
// files the referral himself; the category is referral.
export default {
  id: 'referral',
  name: 'Patient referred to a Beijing hospital',
  typed: ['陈建国', '北京市朝阳区朝阳路1号'],
  filing: {
    scheme: 'employee',
    employment: 'working',
    insured: ['yuncheng', '山西省 › 运城市'],
    destination: ['bjcy', '北京市 › 朝阳区'],
    purpose: 'referral',
    start_date: { days: 3 },
    name: '陈建国',
    id: '11010519491231002X',
    mobile: '13700137000',
    address: '北京市朝阳区朝阳路1号',
    reason: '',
  },
  expectFiling: { category: 'referral' },
};
