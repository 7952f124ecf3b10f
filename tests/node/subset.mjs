// The same subset rule as tests/core/json_cases_test.cpp: every key "expected" names must be
// equal in the response; arrays match element by element and in length. Returns null or why.
export function subsetMismatch(expected, actual, at = '') {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const why = subsetMismatch(expected[i], actual[i], `${at}/${i}`);
      if (why) return why;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return `${at}: expected an object, got ${JSON.stringify(actual)}`;
    }
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in actual)) return `${at}/${key}: missing`;
      const why = subsetMismatch(value, actual[key], `${at}/${key}`);
      if (why) return why;
    }
    return null;
  }
  return expected === actual ? null : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
