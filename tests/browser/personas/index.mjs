// The personas, in the order docs/personas.md describes them.
import retiree from './retiree-to-shenzhen.mjs';
import posted from './posted-worker.mjs';
import emergency from './emergency-traveller.mjs';
import county from './county-resident.mjs';
import referral from './referral.mjs';
import whyFailed from './why-failed.mjs';
import family from './family-member.mjs';
import noPolicy from './no-policy.mjs';

export default [retiree, posted, emergency, county, referral, whyFailed, family, noPolicy];
