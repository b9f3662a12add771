#!/usr/bin/env node
// `npm test`: every tier in order — static checks, the build, then one jest run
// over libs, API unit, API e2e (SQLite, and PostgreSQL when TEST_DATABASE_URL is
// set, then also two built API processes sharing one database: test/multiprocess),
// the built API killed mid-import and under load (test/reliability), web
// components and, when Chromium is present, the browser. Ends with one line
// "N passed, N failed" over everything it ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let passed = 0;
let failed = 0;
const failures = [];

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function step(name, command, args, env = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  process.stdout.write(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return ok;
}

step('format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
step('lint (eslint, 0 warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('types (tsc --noEmit, api + libs)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('types (tsc --noEmit, web)', 'npx', ['tsc', '-p', 'apps/web/tsconfig.json', '--noEmit']);
step('dependency rules (dependency-cruiser)', 'npx', [
  'depcruise',
  'apps',
  'libs',
  '--config',
  '.dependency-cruiser.cjs',
]);
step('native addons load (better-sqlite3, argon2)', process.execPath, [
  '-e',
  "new (require('better-sqlite3'))(':memory:').prepare('select 1').get(); require('argon2')",
]);
if (commandExists('docker-compose')) {
  step('compose file validates (docker-compose config -q)', 'docker-compose', [
    '-f',
    'docker-compose.yml',
    'config',
    '-q',
  ]);
} else if (ci) {
  failed += 1;
  failures.push('docker-compose missing (apt-get install docker-compose)');
} else {
  process.stdout.write('\n⚠ docker-compose not found: compose validation SKIPPED (apt-get install docker-compose)\n');
}
const built = step('build (api + dashboard)', 'npm', ['run', '-s', 'build']);

let browser = existsSync(chromium);
if (!browser) {
  const message = `Chromium not found at ${chromium}: browser tests SKIPPED`;
  if (ci) {
    process.stdout.write(`\n✘ ${message} — CI requires them (apt-get install chromium)\n`);
    failed += 1;
    failures.push('browser tests (Chromium missing)');
  } else {
    process.stdout.write(`\n⚠ ${message}. Install Chromium (apt-get install chromium) to run them.\n`);
  }
} else if (!built) {
  browser = false;
  process.stdout.write('\n⚠ The build failed: browser tests not run.\n');
}
if (!process.env.TEST_DATABASE_URL) {
  process.stdout.write(
    '\nℹ TEST_DATABASE_URL is not set: the e2e tier runs on SQLite only, without the two-process test.\n',
  );
}

const resultsDir = join(root, 'test-results');
const resultsFile = join(resultsDir, 'jest.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(resultsFile, { force: true });
const multiprocess = process.env.TEST_DATABASE_URL ? ', multiprocess' : '';
process.stdout.write(`\n▶ jest (libs, api, e2e, reliability${multiprocess}, web${browser ? ', browser' : ''})\n`);
const jest = spawnSync('npx', ['jest', '--ci', '--json', `--outputFile=${resultsFile}`], {
  stdio: 'inherit',
  env: { ...process.env, SHORTLIST_BROWSER_TESTS: browser ? '1' : '0' },
});
// Jest's tests count one by one; a run that crashed without failing a test still counts as one failure.
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
const jestFailures = results ? results.numFailedTests + results.numRuntimeErrorTestSuites : 0;
passed += results?.numPassedTests ?? 0;
failed += jest.status !== 0 && jestFailures === 0 ? 1 : jestFailures;
if (jest.status !== 0) failures.push('jest');

if (failures.length) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
