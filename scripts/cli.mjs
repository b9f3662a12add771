#!/usr/bin/env node
// `npm run -s cli -- <command>`: builds the API quietly if stale, then runs its CLI.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale, TARGETS } from './build-state.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (isStale(root, TARGETS.api)) {
  const build = spawnSync('npm', ['run', '-s', TARGETS.api.script], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    process.stderr.write(`Building the API failed:\n${build.stdout}${build.stderr}`);
    process.exit(2);
  }
}
const cli = join(root, 'apps/api/dist/apps/api/src/cli.js');
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 2);
