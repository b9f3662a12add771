#!/usr/bin/env node
// `npm start`: builds what is stale, then runs the API, which migrates the
// database, seeds the demo on the embedded default and serves the dashboard.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale, TARGETS } from './build-state.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

for (const [name, target] of Object.entries(TARGETS)) {
  if (!isStale(root, target)) continue;
  process.stdout.write(`Building the ${name === 'api' ? 'API' : 'dashboard'}…\n`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', '-s', target.script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  process.stdout.write(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

process.env.NODE_ENV ??= 'production';
await import(join(root, 'apps/api/dist/apps/api/src/main.js'));
