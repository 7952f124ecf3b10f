// Every worked example under tests/cases/ through the wasm module and the native CLI: the two
// answers must be the same bytes, and must match the case's expected answer. Examples that name
// a policy_fixture run on test policies (case_request.mjs), not on the shipped data.
import { runCases } from './run_cases.mjs';

await runCases(process.env.MEDINS_CASES_DIR ?? 'tests/cases');
