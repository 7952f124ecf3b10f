// Reading a worked example: the request a runner sends for it. tests/core/json_case.hpp does the
// same for the GoogleTest runner; the two must agree (docs/estimate.md, "Worked examples").
//
// A case may name a policy fixture, a file under tests/data/policies/:
//   "policy_fixture": "estimate/140800-employee.json"
// Its content is put into the request as the inline policy "policy", so an example's arithmetic
// runs on frozen test data and does not move when the shipped data/policies/ are corrected.
// A case with a fixture must not carry "policy" in its request too, nor be a "request_text" case.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const policyFixturesDir = fileURLToPath(new URL('../data/policies/', import.meta.url));

// Every .json file under dir, sorted, as the GoogleTest runner walks them.
export function caseFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return caseFiles(full);
    return entry.name.endsWith('.json') ? [full] : [];
  }).sort();
}

// The request object of a case, with its fixture in place; undefined for a request_text case.
export function caseRequestObject(c) {
  if (!('policy_fixture' in c)) return c.request;
  if ('request_text' in c) throw new Error('policy_fixture needs "request", not "request_text"');
  if (c.request === null || typeof c.request !== 'object' || Array.isArray(c.request)) {
    throw new Error('policy_fixture needs "request" to be an object');
  }
  if ('policy' in c.request) throw new Error('the request has a policy and policy_fixture names one too');
  const file = path.join(policyFixturesDir, c.policy_fixture);
  return { ...c.request, policy: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

// The request text a runner sends for a case.
export function caseRequest(c) {
  return 'request_text' in c ? c.request_text : JSON.stringify(caseRequestObject(c));
}
