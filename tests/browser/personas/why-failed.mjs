// 孙丽 was discharged and the hospital could not settle her bill directly. "Why did it not
// settle?" finds that the hospital was not networked for cross-region settlement, and tells her
// to claim by hand with her papers, by when.
export default {
  id: 'whyfailed',
  name: 'Direct settlement failed at discharge',
  typed: [],
  whyFailed: { designated: 'yes', networked: 'no' },
  expectWhy: { leaf: 'not_networked' },
};
