// The product's own pure code, from the built API (`npm run build:api`), so
// generated rows are derived exactly as the app derives them: stored scores by
// libs/scoring, screening by libs/screening, search keys by candidate-keys,
// audit hashes by audit-chain.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'apps/api/dist');
export const MAIN_JS = join(DIST, 'apps/api/src/main.js');
export const CLI_JS = join(DIST, 'apps/api/src/cli.js');

const require = createRequire(import.meta.url);

export const scoring = () => require(join(DIST, 'libs/scoring/src/index.js'));
export const screening = () => require(join(DIST, 'libs/screening/src/index.js'));
export const candidateKeys = () => require(join(DIST, 'apps/api/src/candidates/candidate-keys.js'));
export const auditChain = () => require(join(DIST, 'apps/api/src/audit/audit-chain.js'));
