#!/usr/bin/env node
// `npm run bench`: every figure of issue #7, each beside its baseline measured
// in the same run, printed as a table and written to bench/results.json.
// Exit code 0 whether or not targets hold (the table says); non-zero only
// when the benchmark itself breaks.
//
//   npm run bench                     the real run (10 s per take, two takes, warm-ups)
//   npm run bench -- --quick          3 s per take, one take (development only)
//   npm run bench -- --fresh          regenerate the data sets instead of reusing cached ones
//   npm run bench -- --skip pg,browser,50k,import,screening
//   npm run bench -- --keep           keep the work directory (databases, server logs)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { isStale, TARGETS } from '../scripts/build-state.mjs';
import { DEFAULT_SEED, DEMO_PASSWORD } from './generate.mjs';
import { CHROMIUM, compareBoards, openBrowser, sessionFor } from './lib/browser.mjs';
import { ROOT, screening } from './lib/built.mjs';
import { resumeFor, personFor } from './lib/corpus.mjs';
import { dataset } from './lib/datasets.mjs';
import { median, settleAll, sideBySide } from './lib/load.mjs';
import * as postgres from './lib/postgres.mjs';
import { rng } from './lib/random.mjs';
import { getJson, login, startApi, startBaseline } from './lib/servers.mjs';
import {
  baselinePairs,
  boardRun,
  candidateCsv,
  importThroughApi,
  importThroughBaseline,
  postgresQuery,
  SEARCHES,
  searchRun,
  sqliteQuery,
  submissionPool,
  submissionRatings,
  submissionRun,
} from './lib/workloads.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'pg-url': { type: 'string', default: process.env.BENCH_POSTGRES_URL || postgres.DEFAULT_ADMIN_URL },
  },
});
const MODE = args.quick
  ? { name: 'quick', warmup: 1, duration: 3, takes: 1, browserRounds: 2, importTakes: 1, screeningTakes: 1 }
  : { name: 'full', warmup: 3, duration: 10, takes: 2, browserRounds: 5, importTakes: 2, screeningTakes: 2 };
const SKIP = new Set(args.skip.split(',').filter(Boolean));
const SEED = Number(args.seed);
const N_SMALL = 5000;
const N_LARGE = 50000;
const BENCH_INTERVIEWERS = 16;
const BASELINE_INTERVIEWERS = 4;
const IMPORT_ROWS = 10_000;
const SCREENING_RESUMES = 1500;
const RECRUITER = 'recruiter@shortlist.test';

const log = (line = '') => process.stdout.write(`${line}\n`);
const started = performance.now();
const startedAt = new Date();
const loadAtStart = loadavg();
const workDir = mkdtempSync(join(tmpdir(), 'shortlist-bench-'));
const phases = [];
const figures = [];
const details = {};
const broken = [];
const cleanups = [];

// ── bookkeeping ──────────────────────────────────────────────────────────────

async function phase(name, work) {
  log(`\n▶ ${name}`);
  const t0 = performance.now();
  try {
    return await work();
  } catch (error) {
    broken.push({ phase: name, error: String(error?.stack ?? error) });
    log(`  ✘ ${name} broke: ${error?.stack ?? error}`);
    return undefined;
  } finally {
    const seconds = (performance.now() - t0) / 1000;
    phases.push({ name, seconds: Math.round(seconds * 10) / 10 });
    log(`  ${name}: ${seconds.toFixed(1)} s`);
  }
}

/** Starts a server and makes sure it stops whatever happens. */
async function track(start) {
  const server = await start();
  cleanups.push(() => server.stop());
  return server;
}

async function stopAll(...servers) {
  for (const server of servers) await server?.stop();
}

const round = (value, digits = 1) =>
  value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * One row of the results: `target` reads against `ratio` (side-by-side
 * targets) or `value` (absolute ones).
 */
function figure({ name, value, unit, baseline = null, ratio, target = null, on = 'ratio', details: extra }) {
  const r = ratio !== undefined ? ratio : value !== null && baseline ? value / baseline : null;
  const subject = on === 'ratio' ? r : value;
  let pass = null;
  if (target) {
    const [op, limit] = target;
    pass =
      subject === null || subject === undefined
        ? false
        : { '>=': subject >= limit, '<=': subject <= limit, '<': subject < limit, '=': subject === limit }[op];
  }
  const row = {
    figure: name,
    value: round(value, value !== null && Math.abs(value) < 10 ? 2 : 1),
    unit,
    baseline: round(baseline, baseline !== null && Math.abs(baseline) < 10 ? 2 : 1),
    ratio: round(r, 2),
    target: target
      ? `${on} ${target[0]} ${target[1].toLocaleString('en-US')}${on === 'value' ? ` ${unit}` : ''}`
      : null,
    pass,
    ...(extra ? { details: extra } : {}),
  };
  figures.push(row);
  log(
    `  = ${row.figure}: ${row.value} ${row.unit}${row.baseline !== null ? ` (baseline ${row.baseline}, ratio ${row.ratio})` : ''}${row.target ? ` — ${row.target}: ${row.pass ? 'pass' : 'MISS'}` : ''}`,
  );
  return row;
}

const brokenFigure = (name, unit, target, on = 'ratio') =>
  figure({ name, value: null, unit, baseline: null, ratio: null, target, on, details: { broken: true } });

/** Each cleanup at most once and for at most 10 s, so a stuck one cannot keep the work directory. */
async function cleanupAndExit(code) {
  const pending = cleanups.splice(0).reverse();
  await Promise.allSettled(
    pending.map((cleanup) => Promise.race([cleanup(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())])),
  );
  if (!args.keep) rmSync(workDir, { recursive: true, force: true });
  else log(`work directory kept: ${workDir}`);
  process.exit(code);
}
process.on('SIGINT', () => void cleanupAndExit(130));
process.on('SIGTERM', () => void cleanupAndExit(143));

// ── the run ──────────────────────────────────────────────────────────────────

log(
  `Shortlist benchmark (${MODE.name} mode): ${cpus().length} CPUs, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
log(`work directory ${workDir}`);

await phase('build (only what is stale)', async () => {
  for (const [name, target] of Object.entries(TARGETS)) {
    if (!isStale(ROOT, target)) {
      log(`  ${name}: up to date`);
      continue;
    }
    log(`  ${name}: building…`);
    const result = spawnSync('npm', ['run', '-s', target.script], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npm run ${target.script} failed`);
  }
});
if (broken.length) await cleanupAndExit(2);

const sets = {};
await phase('data sets (deterministic; reused from the cache when nothing they depend on changed)', async () => {
  const wanted = [
    [
      'small',
      `n${N_SMALL}`,
      { n: N_SMALL, benchInterviewers: BENCH_INTERVIEWERS, baselineInterviewers: BASELINE_INTERVIEWERS },
    ],
    ...(SKIP.has('50k') ? [] : [['large', `n${N_LARGE}`, { n: N_LARGE }]]),
    ...(SKIP.has('browser')
      ? []
      : [
          ['browser50', 'n50', { n: 50 }],
          ['browser2000', 'n2000', { n: 2000 }],
        ]),
  ];
  for (const [key, name, options] of wanted) {
    const t0 = performance.now();
    const file = join(workDir, `${name}.sqlite`);
    const result = await dataset({ name, file, options: { ...options, seed: SEED }, fresh: args.fresh, workDir, log });
    sets[key] = { file, url: `sqlite:${file}`, ...result };
    log(
      `  ${name}: ${result.cached ? 'cached copy' : 'generated'} in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
        `(${Object.entries(result.summary.counts)
          .map(([table, count]) => `${count.toLocaleString('en-US')} ${table}`)
          .join(', ')})`,
    );
  }
  details.dataSets = Object.fromEntries(
    Object.entries(sets).map(([key, set]) => [key, { cached: set.cached, key: set.key, counts: set.summary.counts }]),
  );
});
if (!sets.small) await cleanupAndExit(2);

// PostgreSQL gets a copy of the 5,000 set before anything writes to it, so both engines serve the same rows.
let pg;
if (!SKIP.has('pg')) {
  await phase('PostgreSQL: a fresh database, migrated by the app, with a copy of the 5,000 data set', async () => {
    if (!(await postgres.reachable(args['pg-url']))) {
      log(`  no PostgreSQL at ${args['pg-url']}: its figures are left out`);
      return;
    }
    const database = await postgres.createDatabase(args['pg-url']);
    cleanups.push(() => database.drop());
    postgres.migrate(database.url);
    await postgres.copyFromSqlite(sets.small.file, database.url);
    pg = database;
  });
}

// ── screening and the dashboard's bundle: no server ──────────────────────────

if (!SKIP.has('screening')) {
  await phase('screening on one core (libs/screening, this process)', async () => {
    const { query, close } = sqliteQuery(sets.small.file);
    const items = (
      await query(
        `SELECT id, category, label, keywords, weight FROM checklist_items
         WHERE job_id = '${sets.small.summary.jobId}' AND retired_at IS NULL ORDER BY position`,
      )
    ).map((item) => ({ ...item, keywords: JSON.parse(item.keywords) }));
    await close();
    const random = rng(SEED, 'screening');
    const resumes = Array.from(
      { length: SCREENING_RESUMES },
      (_, i) => resumeFor(random, personFor(random, i), random.normal(), random.int(2000, 4000)).text,
    );
    const screen = screening().compileChecklist(items);
    // The floor for "find these words in this text": lower-case once, then a substring search per keyword.
    const words = [...new Set(items.flatMap((item) => item.keywords.map((k) => k.toLowerCase())))];
    const naive = (text) => {
      const lower = text.toLowerCase();
      return words.filter((word) => lower.includes(word)).length;
    };
    const rate = (fn) => {
      const t0 = performance.now();
      for (const text of resumes) fn(text);
      return resumes.length / ((performance.now() - t0) / 1000);
    };
    for (const text of resumes.slice(0, 200)) screen(text);
    rate(naive);
    const takes = [];
    const baselines = [];
    for (let take = 0; take < MODE.screeningTakes; take += 1) {
      baselines.push(rate(naive));
      takes.push(rate((text) => screen(text)));
    }
    const bytes = resumes.reduce((sum, text) => sum + text.length, 0) / resumes.length;
    figure({
      name: 'screening (one core)',
      value: median(takes),
      unit: 'résumés/s',
      baseline: median(baselines),
      target: ['>=', 1000],
      on: 'value',
      details: {
        resumes: resumes.length,
        averageChars: Math.round(bytes),
        takes,
        baselineTakes: baselines,
        baselineIs: 'lower-case + String.includes per keyword',
      },
    });
  });
}

await phase('dashboard: initial JavaScript (apps/web/dist)', async () => {
  const dist = join(ROOT, 'apps/web/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set();
  for (const match of html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)) initial.add(match[1]);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)) initial.add(match[1]);
  // And what those import statically (dynamic import() chunks load later, on demand).
  const queue = [...initial];
  while (queue.length) {
    const file = queue.pop();
    const code = readFileSync(join(dist, file), 'utf8');
    // eslint-disable-next-line security/detect-unsafe-regex -- scans our own built bundle, never input
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = join(file, '..', match[1]);
      if (!initial.has(dep)) {
        initial.add(dep);
        queue.push(dep);
      }
    }
  }
  const files = [...initial].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
  });
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0) / 1024;
  figure({
    name: 'dashboard initial JS',
    value: gzip,
    unit: 'KB gz',
    target: ['<=', 250],
    on: 'value',
    details: { files, raw: Math.round(files.reduce((sum, f) => sum + f.bytes, 0) / 1024) },
  });
});

// ── SQLite, 5,000 ────────────────────────────────────────────────────────────

const takeOpts = { warmup: MODE.warmup, duration: MODE.duration, takes: MODE.takes, log };
const small = {};

await phase(
  `SQLite, N = ${N_SMALL.toLocaleString('en-US')}: start, memory, board, submission, CSV import`,
  async () => {
    const set = sets.small;
    // Started, stopped and started again: start to ready is the median of the two starts, each beside the baseline's.
    const starts = { api: [], baseline: [] };
    for (let take = 1; take < MODE.takes; take += 1) {
      const first = await track(() => startApi(set.url, join(workDir, 'api-small.log')));
      const firstBaseline = await track(() => startBaseline(set.url, join(workDir, 'baseline-small.log')));
      starts.api.push(first.startMs);
      starts.baseline.push(firstBaseline.startMs);
      await stopAll(first, firstBaseline);
    }
    const api = await track(() => startApi(set.url, join(workDir, 'api-small.log')));
    const baseline = await track(() => startBaseline(set.url, join(workDir, 'baseline-small.log')));
    starts.api.push(api.startMs);
    starts.baseline.push(baseline.startMs);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    small.idle = { api: api.rssMb(), baseline: baseline.rssMb() };
    figure({
      name: 'start to ready',
      value: median(starts.api),
      unit: 'ms',
      baseline: median(starts.baseline),
      target: ['<', 2000],
      on: 'value',
      details: {
        from: 'spawn',
        to: 'GET /api/health/ready answers 200',
        database: `SQLite, N = ${N_SMALL}`,
        takes: starts,
      },
    });
    figure({
      name: 'idle memory',
      value: small.idle.api,
      unit: 'MB',
      baseline: small.idle.baseline,
      target: ['<', 200],
      on: 'value',
      details: { measure: 'VmRSS 3 s after ready, before any load' },
    });

    const token = await login(api, RECRUITER, DEMO_PASSWORD);
    const jobId = set.summary.jobId;
    const same =
      JSON.stringify(await getJson(`${api.url}/api/jobs/${jobId}/pipeline`, token)) ===
      JSON.stringify(await getJson(`${baseline.url}/jobs/${jobId}/pipeline`));
    log(`  board: the baseline's answer ${same ? 'is identical to' : 'DIFFERS from'} the API's`);

    log('  board (first page of every stage)');
    const board = await sideBySide({
      run: boardRun({ api, baseline, token, jobId }),
      settle: settleAll(api, baseline),
      ...takeOpts,
    });
    small.board = board;
    figure({
      name: `board (${N_SMALL.toLocaleString('en-US')})`,
      value: board.api.rps,
      unit: 'req/s',
      baseline: board.baseline.rps,
      target: ['>=', 0.5],
      details: { api: board.api, baseline: board.baseline, identicalAnswer: same },
    });

    log('  scorecard submission (start + 26 ratings + submit per flow)');
    const { query, close } = sqliteQuery(set.file);
    const submission = await measureSubmission({ api, baseline, query, close, set, takeOpts, log });
    small.submission = submission;
    figure({
      name: 'scorecard submission',
      value: submission.api.rps,
      unit: 'flows/s',
      baseline: submission.baseline.rps,
      target: ['>=', 0.3],
      details: {
        api: submission.api,
        baseline: submission.baseline,
        poolExhausted: submission.api.takes.some((take) => take.exhausted),
      },
    });
    figure({
      name: 'scorecard submission errors',
      value: submission.api.errors,
      unit: 'errors',
      baseline: submission.baseline.errors,
      ratio: null,
      target: ['=', 0],
      on: 'value',
    });

    if (!SKIP.has('import')) {
      log(`  CSV import of ${IMPORT_ROWS.toLocaleString('en-US')} rows applied to the job (screened)`);
      const apiTakes = [];
      const baselineTakes = [];
      for (let take = 0; take < MODE.importTakes; take += 1) {
        const b = await importThroughBaseline(baseline, jobId, candidateCsv(SEED, IMPORT_ROWS, `baseline${take}`));
        baselineTakes.push(b.seconds);
        const a = await importThroughApi(api, token, jobId, candidateCsv(SEED, IMPORT_ROWS, `api${take}`));
        apiTakes.push(a.seconds);
        log(
          `    take ${take + 1}: API ${a.seconds.toFixed(2)} s (${a.result.imported} imported, ${a.result.applied} applied), baseline ${b.seconds.toFixed(2)} s`,
        );
      }
      figure({
        name: `CSV import (${IMPORT_ROWS.toLocaleString('en-US')} rows)`,
        value: median(apiTakes),
        unit: 's',
        baseline: median(baselineTakes),
        target: ['<', 10],
        on: 'value',
        details: { apiTakes, baselineTakes, csvBytes: candidateCsv(SEED, IMPORT_ROWS, 'size').length },
      });
    }
    await stopAll(api, baseline);
  },
);
if (!small.board) {
  for (const [name, unit, target] of [
    [`board (${N_SMALL.toLocaleString('en-US')})`, 'req/s', ['>=', 0.5]],
    ['scorecard submission', 'flows/s', ['>=', 0.3]],
  ]) {
    if (!figures.some((f) => f.figure === name)) brokenFigure(name, unit, target);
  }
}

// ── SQLite, 50,000 ───────────────────────────────────────────────────────────

if (sets.large) {
  await phase(`SQLite, N = ${N_LARGE.toLocaleString('en-US')}: board, growth, search, memory`, async () => {
    const set = sets.large;
    const api = await track(() => startApi(set.url, join(workDir, 'api-large.log')));
    const baseline = await track(() => startBaseline(set.url, join(workDir, 'baseline-large.log')));
    details.largeStart = { apiMs: round(api.startMs), baselineMs: round(baseline.startMs) };
    const token = await login(api, RECRUITER, DEMO_PASSWORD);
    const jobId = set.summary.jobId;

    log('  board (first page of every stage)');
    const board = await sideBySide({
      run: boardRun({ api, baseline, token, jobId }),
      settle: settleAll(api, baseline),
      ...takeOpts,
    });
    figure({
      name: `board (${N_LARGE.toLocaleString('en-US')})`,
      value: board.api.rps,
      unit: 'req/s',
      baseline: board.baseline.rps,
      details: { api: board.api, baseline: board.baseline },
    });
    if (small.board) {
      const ratioOf = (large, base) => (large === null || !base ? null : large / base);
      const growth = ratioOf(board.api.p50, small.board.api.p50);
      figure({
        name: `board growth (${N_LARGE.toLocaleString('en-US')} / ${N_SMALL.toLocaleString('en-US')})`,
        value: growth,
        unit: '× p50',
        baseline: ratioOf(board.baseline.p50, small.board.baseline.p50),
        ratio: growth,
        target: ['<=', 1.5],
        details: {
          apiP50: { small: small.board.api.p50, large: board.api.p50 },
          baselineP50: { small: small.board.baseline.p50, large: board.baseline.p50 },
        },
      });
    }

    log('  candidate search (text + tag)');
    const searchPath = `?q=${encodeURIComponent(SEARCHES[0].q)}&tag=${encodeURIComponent(SEARCHES[0].tag)}`;
    const sameSearch =
      JSON.stringify(await getJson(`${api.url}/api/candidates${searchPath}`, token)) ===
      JSON.stringify(await getJson(`${baseline.url}/candidates${searchPath}`));
    log(`  search: the baseline's answer ${sameSearch ? 'is identical to' : 'DIFFERS from'} the API's`);
    const search = await sideBySide({
      run: searchRun({ api, baseline, token }),
      settle: settleAll(api, baseline),
      ...takeOpts,
    });
    figure({
      name: `candidate search (${N_LARGE.toLocaleString('en-US')}) p99`,
      value: search.api.p99,
      unit: 'ms',
      baseline: search.baseline.p99,
      target: ['<', 50],
      on: 'value',
      details: { api: search.api, baseline: search.baseline, searches: SEARCHES, identicalAnswer: sameSearch },
    });

    figure({
      name: `memory after the ${N_LARGE.toLocaleString('en-US')} run`,
      value: api.rssMb(),
      unit: 'MB',
      baseline: baseline.rssMb(),
      target: ['<', 400],
      on: 'value',
      details: { measure: 'VmRSS right after the board and search loads' },
    });
    await stopAll(api, baseline);
  });
}

// ── PostgreSQL, 5,000 ────────────────────────────────────────────────────────

if (pg) {
  await phase(`PostgreSQL, N = ${N_SMALL.toLocaleString('en-US')}: board and submission`, async () => {
    const api = await track(() => startApi(pg.url, join(workDir, 'api-pg.log')));
    const baseline = await track(() => startBaseline(pg.url, join(workDir, 'baseline-pg.log')));
    details.postgresStart = { apiMs: round(api.startMs), baselineMs: round(baseline.startMs) };
    const set = sets.small;
    const token = await login(api, RECRUITER, DEMO_PASSWORD);
    const jobId = set.summary.jobId;

    const same =
      JSON.stringify(await getJson(`${api.url}/api/jobs/${jobId}/pipeline`, token)) ===
      JSON.stringify(await getJson(`${baseline.url}/jobs/${jobId}/pipeline`));
    log(`  board: the baseline's answer ${same ? 'is identical to' : 'DIFFERS from'} the API's`);
    log('  board (first page of every stage)');
    const board = await sideBySide({
      run: boardRun({ api, baseline, token, jobId }),
      settle: settleAll(api, baseline),
      ...takeOpts,
    });
    figure({
      name: `board (${N_SMALL.toLocaleString('en-US')}, PostgreSQL)`,
      value: board.api.rps,
      unit: 'req/s',
      baseline: board.baseline.rps,
      target: ['>=', 0.5],
      details: { api: board.api, baseline: board.baseline, identicalAnswer: same },
    });

    log('  scorecard submission');
    const { query, close } = await postgresQuery(pg.url);
    const submission = await measureSubmission({ api, baseline, query, close, set, takeOpts, log });
    figure({
      name: 'scorecard submission (PostgreSQL)',
      value: submission.api.rps,
      unit: 'flows/s',
      baseline: submission.baseline.rps,
      target: ['>=', 0.3],
      details: { api: submission.api, baseline: submission.baseline },
    });
    figure({
      name: 'scorecard submission errors (PostgreSQL)',
      value: submission.api.errors,
      unit: 'errors',
      baseline: submission.baseline.errors,
      ratio: null,
      target: ['=', 0],
      on: 'value',
    });
    await stopAll(api, baseline);
  });
}

// ── the dashboard in Chromium ────────────────────────────────────────────────

if (sets.browser50 && sets.browser2000) {
  await phase('dashboard in headless Chromium: board with 50 vs 2,000 applications', async () => {
    const { existsSync } = await import('node:fs');
    if (!existsSync(CHROMIUM)) {
      log(`  no Chromium at ${CHROMIUM}: left out`);
      return;
    }
    const servers = {};
    for (const name of ['browser50', 'browser2000']) {
      servers[name] = await track(() => startApi(sets[name].url, join(workDir, `api-${name}.log`)));
    }
    const browser = await openBrowser();
    let closed = false;
    const closeBrowser = async () => {
      if (closed) return;
      closed = true;
      await browser.close();
    };
    cleanups.push(closeBrowser);
    const boards = [];
    for (const [name, label] of [
      ['browser50', '50'],
      ['browser2000', '2,000'],
    ]) {
      const session = sessionFor(browser, servers[name], RECRUITER, DEMO_PASSWORD);
      boards.push({ name: label, session, url: `${servers[name].url}/jobs/${sets[name].summary.jobId}/pipeline` });
    }
    const result = await compareBoards(boards, MODE.browserRounds, log);
    figure({
      name: 'board in browser (50)',
      value: result['50'].totalMs,
      unit: 'ms',
      details: result['50'],
    });
    figure({
      name: 'board in browser (2,000)',
      value: result['2,000'].totalMs,
      unit: 'ms',
      baseline: result['50'].totalMs,
      target: ['<=', 2],
      details: {
        ...result['2,000'],
        measure: 'navigation → first card visible → longest column scrolled to its end and painted',
      },
    });
    await closeBrowser();
    await stopAll(...Object.values(servers));
  });
}

// ── report ───────────────────────────────────────────────────────────────────

// The issue's order, each PostgreSQL figure beside its SQLite one.
const ORDER = [
  /^board \(5,000\)/,
  /^board \(5,000, PostgreSQL\)/,
  /^board \(50,000\)/,
  /^board growth/,
  /^scorecard submission$/,
  /^scorecard submission \(PostgreSQL\)/,
  /^scorecard submission errors$/,
  /^scorecard submission errors \(PostgreSQL\)/,
  /^candidate search/,
  /^CSV import/,
  /^screening/,
  /^start to ready/,
  /^idle memory/,
  /^memory after/,
  /^dashboard initial JS/,
  /^board in browser \(50\)/,
  /^board in browser \(2,000\)/,
];
const rank = (row) => {
  const index = ORDER.findIndex((pattern) => pattern.test(row.figure));
  return index < 0 ? ORDER.length : index;
};
figures.sort((a, b) => rank(a) - rank(b));

const seconds = (performance.now() - started) / 1000;
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));
const show = (value) =>
  value === null || value === undefined ? '—' : typeof value === 'number' ? value.toLocaleString('en-US') : value;
const columns = [
  ['figure', 40],
  ['value', 10, true],
  ['unit', 10],
  ['baseline', 10, true],
  ['ratio', 7, true],
  ['target', 26],
  ['pass', 5],
];
log('\n' + columns.map(([name, width, right]) => pad(name, width, right)).join('  '));
log(columns.map(([, width]) => '-'.repeat(width)).join('  '));
for (const row of figures) {
  const cells = {
    ...row,
    value: show(row.value),
    baseline: show(row.baseline),
    ratio: show(row.ratio),
    target: row.target ?? '',
    pass: row.pass === null ? '' : row.pass ? 'pass' : 'MISS',
  };
  log(columns.map(([name, width, right]) => pad(cells[name], width, right)).join('  '));
}
const misses = figures.filter((row) => row.pass === false).map((row) => row.figure);
log(
  `\n${figures.filter((row) => row.pass).length} targets hold, ${misses.length} missed${misses.length ? `: ${misses.join('; ')}` : ''}`,
);
log(`phases: ${phases.map((p) => `${p.name.split(':')[0]} ${p.seconds} s`).join(', ')}`);
log(`total ${seconds.toFixed(0)} s (${MODE.name} mode)${broken.length ? `; ${broken.length} phase(s) BROKE` : ''}`);

const resultsFile = join(ROOT, 'bench/results.json');
const { default: prettier } = await import('prettier');
writeFileSync(
  resultsFile,
  await prettier.format(
    JSON.stringify({
      startedAt: startedAt.toISOString(),
      seconds: Math.round(seconds),
      mode: MODE,
      seed: SEED,
      machine: {
        cpus: cpus().length,
        parallelism: availableParallelism(),
        model: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        loadAverageAtStart: loadAtStart.map((l) => round(l, 2)),
        loadAverageAtEnd: loadavg().map((l) => round(l, 2)),
      },
      figures,
      phases,
      details,
      broken,
    }),
    { ...(await prettier.resolveConfig(resultsFile)), parser: 'json' },
  ),
);
log('results: bench/results.json');
await cleanupAndExit(broken.length ? 1 : 0);

/** The scorecard submission figure's two sides, on a data set whose pool of unscored triples `query` reads. */
async function measureSubmission({ api, baseline, query, close, set, takeOpts, log }) {
  const pool = await submissionPool(query);
  const applicationIds = (await query('SELECT id FROM applications ORDER BY id')).map((row) => row.id);
  await close();
  const tokens = new Map();
  for (const user of set.summary.benchUsers) tokens.set(user.id, await login(api, user.email, DEMO_PASSWORD));
  log(`    ${pool.length.toLocaleString('en-US')} (application, stage, interviewer) triples without a scorecard`);
  return sideBySide({
    run: submissionRun({
      api,
      baseline,
      pool,
      tokens,
      ratings: submissionRatings(set.summary.items),
      baselineSource: baselinePairs(
        applicationIds,
        set.summary.interviewStageIds,
        set.summary.baselineUsers.map((user) => user.id),
      ),
      log,
    }),
    settle: settleAll(api, baseline),
    ...takeOpts,
  });
}
