// Generated data sets are deterministic, so a run reuses the ones an earlier
// run made when nothing they depend on has changed: the generator, its seed
// and options, and the built product code that shapes the rows (schema
// migrations, the demo seed and the job import, libs, search keys). Anything
// else changing keeps the cache. `--fresh` ignores it.
import { createHash } from 'node:crypto';
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateSqlite, prepareSqliteTemplate } from '../generate.mjs';
import { DIST, ROOT } from './built.mjs';

export const CACHE_DIR = process.env.SHORTLIST_BENCH_CACHE || join(tmpdir(), 'shortlist-bench-cache');

const INPUTS = [
  'bench/generate.mjs',
  'bench/lib/corpus.mjs',
  'bench/lib/random.mjs',
  join(relative(ROOT, DIST), 'libs'),
  join(relative(ROOT, DIST), 'apps/api/src/database'),
  join(relative(ROOT, DIST), 'apps/api/src/seed'),
  join(relative(ROOT, DIST), 'apps/api/src/jobs'),
  join(relative(ROOT, DIST), 'apps/api/src/job-templates'),
  join(relative(ROOT, DIST), 'apps/api/src/users'),
  join(relative(ROOT, DIST), 'apps/api/src/candidates/candidate-keys.js'),
];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => (entry.endsWith('.map') ? [] : filesUnder(join(path, entry))));
}

/** A digest of everything a data set's content depends on. */
export function inputsDigest() {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of filesUnder(join(ROOT, input))) {
      hash.update(relative(ROOT, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * A fresh copy of data set `name` at `file`: from the cache when its key
 * matches, else generated (and cached). Returns the generator's summary and
 * whether it came from the cache.
 */
export async function dataset({ name, file, options, fresh, workDir, log }) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const key = createHash('sha256')
    .update(inputsDigest())
    .update(JSON.stringify({ ...options, template: undefined }))
    .digest('hex')
    .slice(0, 16);
  const cached = join(CACHE_DIR, `${name}-${key}.sqlite`);
  const summaryFile = `${cached}.json`;
  if (!fresh && existsSync(cached) && existsSync(summaryFile)) {
    copyFileSync(cached, file, constants.COPYFILE_FICLONE);
    return { summary: JSON.parse(readFileSync(summaryFile, 'utf8')), cached: true, key };
  }
  const template = join(workDir, 'template.sqlite');
  if (!existsSync(template)) {
    log?.('  seeding an empty database with the app (cli seed-demo)…');
    prepareSqliteTemplate(template);
  }
  const summary = await generateSqlite(file, { ...options, template });
  // Older versions of this data set go; one per name is kept.
  for (const entry of readdirSync(CACHE_DIR)) {
    if (entry.startsWith(`${name}-`)) rmSync(join(CACHE_DIR, entry), { force: true });
  }
  copyFileSync(file, cached, constants.COPYFILE_FICLONE);
  writeFileSync(summaryFile, JSON.stringify(summary));
  return { summary, cached: false, key };
}
