// Decides whether the API or the dashboard needs a (re)build: a build is stale
// when any source file is newer than its output. Keeps `npm start` and the CLI
// fast after the first build without ever running stale code.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const outputMtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : -1);

export const TARGETS = {
  api: {
    output: 'apps/api/dist/.built',
    sources: ['apps/api/src', 'libs', 'tsconfig.json', 'apps/api/tsconfig.app.json', 'package-lock.json'],
    script: 'build:api',
  },
  web: {
    output: 'apps/web/dist/.built',
    sources: [
      'apps/web/src',
      'apps/web/index.html',
      'apps/web/vite.config.ts',
      'libs/contracts/src',
      'package-lock.json',
    ],
    script: 'build:web',
  },
};

export function isStale(root, target) {
  const output = outputMtime(join(root, target.output));
  return output < 0 || target.sources.some((source) => newestMtime(join(root, source)) > output);
}

/** Incremental builds leave unchanged outputs untouched, so each build records its own finish time. */
export function markBuilt(root, target) {
  writeFileSync(join(root, target.output), new Date().toISOString());
}

// `node scripts/build-state.mjs mark api|web`, run by the build scripts.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'mark') {
  markBuilt(join(dirname(fileURLToPath(import.meta.url)), '..'), TARGETS[process.argv[3]]);
}
