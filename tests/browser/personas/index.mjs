// The personas, in the order docs/personas.md describes them.
import retiree from './retiree-to-shenzhen.mjs';
import posted from './posted-worker.mjs';

export default [retiree, posted];
