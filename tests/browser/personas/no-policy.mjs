// 黄伟, resident insurance in Chengdu's 锦江区, treated in Shanghai. medins ships no policy for
// Chengdu: the estimate says so and asks for the figures from his local insurance office, which
// he types.
export default {
  id: 'nopolicy',
  name: 'Insured where medins has no policy',
  typed: [],
  estimate: {
    scheme: 'resident', insured: '510104', treatment: '310104',
    category: 'other_temporary', setting: 'inpatient', level: '3',
    admitted: '2026-11-02', discharged: '2026-11-09', amount: '30,000',
  },
  expectAsks: true,
};
