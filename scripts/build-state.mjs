// Decides whether the API or the dashboard needs a (re)build: a build is stale
// when any source file is newer than its output. Keeps `npm start` and the CLI
// fast after the first build without ever running stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
    output: 'apps/api/dist/apps/api/src/main.js',
    sources: ['apps/api/src', 'libs', 'tsconfig.json', 'apps/api/tsconfig.app.json', 'package-lock.json'],
    script: 'build:api',
  },
  web: {
    output: 'apps/web/dist/index.html',
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
