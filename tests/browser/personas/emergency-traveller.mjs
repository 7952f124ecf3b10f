// 赵刚, employee insured in Beijing, taken ill while travelling in Guilin and admitted through
// the emergency department. He never filed: the national rules treat emergency care as filed
// (急诊抢救视同已备案), so the stay still settles directly. He also estimates the bill.
export default {
  id: 'emergency',
  name: 'Traveller admitted as an emergency, not filed',
  typed: [],
  eligibility: {
    insured: ['bjcy', '北京市 › 朝阳区'],
    treatment: ['guilin', '广西壮族自治区 › 桂林市'],
    visit: 'emergency',
    admitted: 'yes',
    admitted_on: { days: -1 },
    discharged: 'not_yet',
    designated: 'yes',
    networked: 'yes',
    filed: 'no',
    voucher: 'yes',
  },
  expectEligibility: { route: 'direct_settlement' },
  estimate: {
    scheme: 'employee', employment: 'working', insured: '110105', treatment: '450300',
    category: 'emergency', setting: 'inpatient', level: '3',
    admitted: '2026-11-20', discharged: '2026-11-27', amount: '20,000', policy: '110000/employee',
  },
  // Beijing's shipped policy has no cut for emergency care elsewhere: the estimate is a range over
  // the national bound (0 to 10 points), with a box for the figure from the notice.
  expectRange: true,
};
