// What the shipped data/ answers, pinned: every case under tests/shipped/ through the wasm module
// and the native CLI, as tests/cases/ are run. A failure here means the shipped data changed;
// if on purpose, update the pinned answer with the data (tests/shipped/README.md).
import { runCases } from './run_cases.mjs';

await runCases(process.env.MEDINS_SHIPPED_CASES_DIR ?? 'tests/shipped', { allowFixtures: false });
