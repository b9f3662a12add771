#!/usr/bin/env node
// The benchmark's data set, deterministic for a seed: the demo job (its
// 26-item rubric, imported by the app from the bundled job description) with N
// candidates spread over the interview plan in a funnel, each application with
// three submitted scorecards (one per interview stage, a rating row for every
// item, notes, some red flags) and the score, coverage, gates and proposal
// libs/scoring derives from them; résumés of 2–4 KB screened by
// libs/screening; search keys as the app writes them.
//
// The schema, demo users and demo job come from the app itself (`cli
// seed-demo` on an empty database); the rest is bulk-inserted: better-sqlite3
// prepared statements in large transactions, or `INSERT … SELECT unnest(…)` on
// PostgreSQL.
//
//   node bench/generate.mjs --n 5000 --out /tmp/bench.sqlite [--seed 7]
//   node bench/generate.mjs --n 5000 --database-url postgres://…/db
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { CLI_JS, ROOT, candidateKeys, scoring, screening } from './lib/built.mjs';
import {
  APPLICATION_TAGS,
  CANDIDATE_TAGS,
  FLAG_EVIDENCE,
  RATING_NOTES,
  TAKEAWAYS,
  personFor,
  resumeFor,
} from './lib/corpus.mjs';
import { rng } from './lib/random.mjs';

export const DEFAULT_SEED = 20260101;
/** Dates are laid out before this instant, so the same seed gives the same rows on any day. */
export const DEFAULT_NOW = Date.UTC(2026, 9, 1);
export const DEMO_JOB_TITLE = 'Backend Engineer Intern';
export const DEMO_PASSWORD = 'shortlist-demo';
const DEMO_CANDIDATE_EMAIL = '%@example.com';
const GENERATED_INTERVIEWERS = 24;
const CHUNK = 500;
const DAY_MS = 86_400_000;

/** Where applications end up, by the furthest stage of the plan they reached (Applied … Hired). */
const FUNNEL = [34, 22, 14, 10, 8, 5, 3, 2, 2];
const REJECT_REASONS = [
  'Skills below the bar',
  'Did not meet must-have requirements',
  'Another candidate was preferred',
];
const WITHDRAW_REASONS = ['Accepted another offer', 'Compensation', 'Not interested any more'];
const SOURCES = ['sourced', 'referral', 'job_board', 'public_form', 'agency', 'import', 'other'];
const SOURCE_WEIGHTS = [20, 12, 35, 15, 5, 10, 3];

/** The timestamp format both engines' TypeORM columns hold: UTC 'YYYY-MM-DD HH:MM:SS.sss'. */
const stamp = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

// Columns written per table, in this order (the rest keep their defaults).
export const TABLES = {
  users: ['id', 'email', 'name', 'role', 'password_hash', 'active', 'created_at', 'updated_at'],
  candidates: [
    'id',
    'name',
    'email',
    'phone',
    'source',
    'tags',
    'links',
    'resume_text',
    'name_key',
    'tags_key',
    'skills_key',
    'version',
    'created_at',
    'updated_at',
  ],
  applications: [
    'id',
    'job_id',
    'candidate_id',
    'stage_id',
    'status',
    'rejection',
    'knockout_answers',
    'knockout_flag',
    'screening',
    'screen_score',
    'score',
    'coverage',
    'gates',
    'proposal',
    'red_flag_count',
    'tags',
    'tags_key',
    'applied_at',
    'stage_entered_at',
    // The candidate's, as the schema's triggers would copy it (written here so they have nothing to do).
    'name_key',
    'version',
    'created_at',
    'updated_at',
  ],
  stage_moves: [
    'id',
    'application_id',
    'from_stage_id',
    'to_stage_id',
    'from_status',
    'to_status',
    'actor_id',
    'note',
    'reason',
    'at',
  ],
  application_interviewers: ['id', 'application_id', 'user_id', 'stage_id'],
  scorecards: [
    'id',
    'application_id',
    'stage_id',
    'interviewer_id',
    'status',
    'version',
    'rubric_version',
    'recommendation',
    'takeaways',
    'submitted_at',
    'revised_after_seeing_others',
    'created_at',
  ],
  scorecard_ratings: ['id', 'scorecard_id', 'item_id', 'value', 'note'],
  scorecard_red_flags: ['id', 'scorecard_id', 'type_id', 'severity', 'evidence'],
  scorecard_revisions: ['id', 'scorecard_id', 'revision', 'snapshot', 'after_seeing_others', 'created_at'],
};

// ── the demo job, as the app created it ──────────────────────────────────────

/** Reads what generation builds on; `query(sql)` returns rows (either engine). */
async function readContext(query) {
  const [job] = await query(
    `SELECT id, rubric_version, category_weights, thresholds FROM jobs WHERE title = '${DEMO_JOB_TITLE}'`,
  );
  if (!job) throw new Error(`The demo job "${DEMO_JOB_TITLE}" is missing: was the database seeded (cli seed-demo)?`);
  const items = (
    await query(
      `SELECT id, category, label, weight, must_have, keywords FROM checklist_items
       WHERE job_id = '${job.id}' AND retired_at IS NULL ORDER BY position`,
    )
  ).map((item) => ({
    id: item.id,
    category: item.category,
    label: item.label,
    weight: Number(item.weight),
    mustHave: Boolean(Number(item.must_have)),
    keywords: JSON.parse(item.keywords),
  }));
  const stages = (
    await query(
      `SELECT id, name, kind, position, focus_item_ids, interviewer_ids FROM job_stages
       WHERE job_id = '${job.id}' ORDER BY position`,
    )
  ).map((stage) => ({
    id: stage.id,
    name: stage.name,
    kind: stage.kind,
    position: Number(stage.position),
    focusItemIds: JSON.parse(stage.focus_item_ids),
    interviewerIds: JSON.parse(stage.interviewer_ids),
  }));
  const redFlagTypes = await query(`SELECT id, label FROM red_flag_types WHERE job_id = '${job.id}' ORDER BY position`);
  const [recruiter] = await query(`SELECT id, password_hash FROM users WHERE email = 'recruiter@shortlist.test'`);
  return {
    jobId: job.id,
    rubricVersion: Number(job.rubric_version),
    policy: {
      categoryWeights: JSON.parse(job.category_weights),
      thresholds: JSON.parse(job.thresholds),
      redFlagTypes: redFlagTypes.map(({ id, label }) => ({ id, label })),
    },
    items,
    stages,
    redFlagTypes,
    recruiterId: recruiter.id,
    // Every demo user has the password DEMO_PASSWORD; its argon2 hash works for any user.
    passwordHash: recruiter.password_hash,
  };
}

// ── users ────────────────────────────────────────────────────────────────────

/** Generated interviewers, the benchmark's interviewers (who submit during the run) and the baseline's. */
function usersFor(context, options) {
  const random = rng(options.seed, 'users');
  const at = stamp(options.now - 200 * DAY_MS);
  const user = (email, name) => [random.uuid(), email, name, 'interviewer', context.passwordHash, true, at, at];
  const two = (i) => String(i + 1).padStart(2, '0');
  const interviewers = Array.from({ length: GENERATED_INTERVIEWERS }, (_, i) =>
    user(`interviewer-${two(i)}@shortlist.test`, `Panel Interviewer ${two(i)}`),
  );
  const bench = Array.from({ length: options.benchInterviewers }, (_, i) =>
    user(`bench-${two(i)}@bench.test`, `Bench Interviewer ${two(i)}`),
  );
  const baseline = Array.from({ length: options.baselineInterviewers }, (_, i) =>
    user(`baseline-${two(i)}@bench.test`, `Baseline Interviewer ${two(i)}`),
  );
  return { interviewers, bench, baseline };
}

// ── one application ──────────────────────────────────────────────────────────

const clamp = (value, min, max) => Math.max(min, Math.min(max, value));
const recommendationOf = (mean) => (mean < 1.75 ? 'strong_no' : mean < 2.5 ? 'no' : mean < 3.25 ? 'yes' : 'strong_yes');

/**
 * Everything of application `index`, from its own random stream: the
 * candidate, the application with its stored score, its stage history and
 * three submitted scorecards.
 */
function generateOne(index, context, libs, options, rows) {
  const random = rng(options.seed, `application:${index}`);
  const { stages, items } = context;
  const interviewStages = stages.filter((stage) => stage.kind === 'interview');
  const person = personFor(random, index);

  // Where it got to, and whether it is still open.
  const reached = random.weighted(FUNNEL);
  const hiredStage = stages.findIndex((stage) => stage.kind === 'hired');
  const status = reached === hiredStage ? 'hired' : ['active', 'rejected', 'withdrawn'][random.weighted([60, 34, 6])];
  const stage = stages[reached];
  // Better candidates tend to get further.
  const quality = random.normal() * 0.9 + (reached - 2) * 0.15;

  const resume = resumeFor(random, person, quality, random.int(2000, 4000));
  const tags = random.sample(CANDIDATE_TAGS, random.weighted([30, 40, 20, 10]));
  const applicationTags = random.chance(0.15) ? [random.pick(APPLICATION_TAGS)] : [];

  // Dates: applied up to 150 days ago; each stage advanced takes a share of the time since.
  const appliedAt = options.now - random.int(2, 150) * DAY_MS - random.int(0, DAY_MS);
  const span = options.now - appliedAt;
  const stageTime = (position) => appliedAt + Math.floor((span * 0.8 * position) / Math.max(1, reached + 1));
  const stageEnteredAt = stageTime(reached);
  const closedAt = stageEnteredAt + Math.floor((options.now - stageEnteredAt) * random.next() * 0.9);

  const candidateId = random.uuid();
  const applicationId = random.uuid();
  const keys = libs.candidateKeys({ name: person.name, tags, resumeText: resume.text });
  const createdAt = stamp(appliedAt - random.int(0, 3 * DAY_MS));
  rows.candidates.push([
    candidateId,
    person.name,
    person.email,
    person.phone,
    SOURCES[random.weighted(SOURCE_WEIGHTS)],
    JSON.stringify(tags),
    '[]',
    resume.text,
    keys.nameKey,
    keys.tagsKey,
    keys.skillsKey,
    1,
    createdAt,
    createdAt,
  ]);

  // Knock-out answers at application time: one in twenty says a must-have is not met.
  const prerequisites = items.filter((item) => item.category === 'prerequisite');
  const notMet = random.chance(0.05) ? random.pick(prerequisites).id : null;
  const knockouts = prerequisites.map((item) => ({ itemId: item.id, met: item.id !== notMet }));
  const screened = libs.screen(resume.text, knockouts, new Date(appliedAt));

  // Stage history: applied, each advance, then the close.
  const move = (from, to, fromStatus, toStatus, at, extra = {}) =>
    rows.stage_moves.push([
      random.uuid(),
      applicationId,
      from,
      to,
      fromStatus,
      toStatus,
      context.recruiterId,
      extra.note ?? null,
      extra.reason ?? null,
      stamp(at),
    ]);
  move(null, stages[0].id, null, 'active', appliedAt, { note: 'Applied' });
  for (let position = 1; position <= reached; position += 1) {
    const toStatus = position === hiredStage ? 'hired' : 'active';
    move(stages[position - 1].id, stages[position].id, 'active', toStatus, stageTime(position));
  }
  let rejection = null;
  if (status === 'rejected' || status === 'withdrawn') {
    const withdrew = status === 'withdrawn';
    rejection = {
      kind: withdrew ? 'withdrew' : 'rejected_by_us',
      reason: random.pick(withdrew ? WITHDRAW_REASONS : REJECT_REASONS),
      fromStageId: stage.id,
    };
    move(stage.id, stage.id, 'active', status, closedAt, { reason: rejection.reason });
  }

  // Three submitted scorecards, one per interview stage, each by a different interviewer.
  const submitted = [];
  const used = new Set();
  interviewStages.forEach((interview, n) => {
    const panel = interview.interviewerIds.filter((id) => !used.has(id));
    const byPanel = panel.length > 0 && random.chance(0.35);
    let interviewerId = byPanel ? random.pick(panel) : random.pick(context.interviewerIds);
    while (used.has(interviewerId)) interviewerId = random.pick(context.interviewerIds);
    used.add(interviewerId);
    if (!interview.interviewerIds.includes(interviewerId)) {
      rows.application_interviewers.push([random.uuid(), applicationId, interviewerId, interview.id]);
    }
    const cardId = random.uuid();
    const focus = new Set(interview.focusItemIds);
    const ratings = items.map((item) => {
      let value = null;
      if (item.category === 'prerequisite') {
        if (random.chance(0.3)) value = item.id === notMet || random.chance(0.01) ? 'not_met' : 'met';
      } else if (focus.has(item.id) || random.chance(0.3)) {
        value = String(clamp(Math.round(2.6 + 0.8 * quality + 0.7 * random.normal()), 1, 4));
      }
      const note = value !== null && random.chance(0.25) ? random.pick(RATING_NOTES) : null;
      return { id: random.uuid(), itemId: item.id, value, note };
    });
    const redFlags = [];
    if (random.chance(quality < -0.5 ? 0.2 : 0.07)) {
      const severity = ['note', 'concern', 'dealbreaker'][random.weighted([45, 45, 10])];
      redFlags.push({
        id: random.uuid(),
        typeId: random.pick(context.redFlagTypes).id,
        severity,
        evidence: severity === 'note' && random.chance(0.5) ? null : random.pick(FLAG_EVIDENCE),
      });
    }
    const numbers = ratings.filter((r) => r.value !== null && r.value.length === 1).map((r) => Number(r.value));
    const mean = numbers.length ? numbers.reduce((sum, v) => sum + v, 0) / numbers.length : 2.5;
    const recommendation = recommendationOf(mean);
    const takeaways = random.chance(0.7) ? random.pick(TAKEAWAYS) : null;
    const submittedAt = stamp(appliedAt + Math.floor((span * (n + 1)) / 4.5));
    rows.scorecards.push([
      cardId,
      applicationId,
      interview.id,
      interviewerId,
      'submitted',
      3,
      context.rubricVersion,
      recommendation,
      takeaways,
      submittedAt,
      false,
      submittedAt,
    ]);
    for (const r of ratings) rows.scorecard_ratings.push([r.id, cardId, r.itemId, r.value, r.note]);
    for (const f of redFlags) rows.scorecard_red_flags.push([f.id, cardId, f.typeId, f.severity, f.evidence]);
    // The revision a submit keeps: the content, ratings in id order (as the app reads them back).
    const snapshot = {
      recommendation,
      takeaways,
      ratings: [...ratings]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((r) => ({ itemId: r.itemId, value: r.value, note: r.note })),
      redFlags: redFlags.map((f) => ({ typeId: f.typeId, severity: f.severity, evidence: f.evidence })),
    };
    rows.scorecard_revisions.push([random.uuid(), cardId, 1, JSON.stringify(snapshot), false, submittedAt]);
    submitted.push({
      id: cardId,
      interviewerId,
      stageId: interview.id,
      ratings: ratings.map((r) => ({
        itemId: r.itemId,
        value: r.value === null || r.value.length > 1 ? r.value : Number(r.value),
        note: r.note,
      })),
      redFlags: redFlags.map(({ typeId, severity, evidence }) => ({ typeId, severity, evidence })),
    });
  });

  const stored = libs.storedScore(submitted, knockouts);
  const lastChange = status === 'active' || status === 'hired' ? stageEnteredAt : closedAt;
  rows.applications.push([
    applicationId,
    context.jobId,
    candidateId,
    stage.id,
    status,
    rejection ? JSON.stringify(rejection) : null,
    JSON.stringify(knockouts),
    notMet !== null,
    JSON.stringify(screened),
    screened.screenScore,
    stored.score,
    stored.coverage,
    stored.gates,
    stored.proposal,
    stored.redFlagCount,
    JSON.stringify(applicationTags),
    libs.tagsKey(applicationTags),
    stamp(appliedAt),
    stamp(stageEnteredAt),
    keys.nameKey,
    1 + reached + (rejection ? 1 : 0),
    stamp(appliedAt),
    stamp(lastChange),
  ]);

  // The benchmark's interviewers are assigned to open applications at an interview stage.
  if (status === 'active' && stage.kind === 'interview') {
    for (const benchId of context.benchIds) {
      rows.application_interviewers.push([random.uuid(), applicationId, benchId, stage.id]);
    }
  }
}

function emptyRows() {
  return Object.fromEntries(Object.keys(TABLES).map((table) => [table, []]));
}

/** The product functions generation needs, bound to the job. */
function loadLibs(context) {
  const { assess, storedScoreOf } = scoring();
  const { compileChecklist } = screening();
  const keys = candidateKeys();
  const screener = compileChecklist(
    context.items.map(({ id, category, label, keywords, weight }) => ({ id, category, label, keywords, weight })),
  );
  const scoringItems = context.items.map(({ id, category, label, weight, mustHave }) => ({
    id,
    category,
    label,
    weight,
    mustHave,
  }));
  return {
    screen: screener,
    candidateKeys: keys.candidateKeys,
    tagsKey: keys.tagsKey,
    storedScore: (cards, knockouts) => storedScoreOf(assess(scoringItems, cards, knockouts, context.policy)),
  };
}

function generateRange(context, options, start, end) {
  const libs = loadLibs(context);
  const rows = emptyRows();
  for (let i = start; i < end; i += 1) generateOne(i, context, libs, options, rows);
  return rows;
}

// Worker threads share the screening work (the slowest part) on a multi-core machine.
if (!isMainThread && workerData?.role === 'bench-generator') {
  parentPort.on('message', ({ start, end }) => {
    parentPort.postMessage({ start, rows: generateRange(workerData.context, workerData.options, start, end) });
  });
}

/** Chunks in index order, produced by `workers` threads (or inline for small N). */
async function* chunks(context, options) {
  const ranges = [];
  for (let start = 0; start < options.n; start += CHUNK) ranges.push([start, Math.min(options.n, start + CHUNK)]);
  if (options.workers <= 1 || ranges.length < 4) {
    for (const [start, end] of ranges) yield generateRange(context, options, start, end);
    return;
  }
  const workerFile = fileURLToPath(import.meta.url);
  const pool = Array.from(
    { length: options.workers },
    () => new Worker(workerFile, { workerData: { role: 'bench-generator', context, options } }),
  );
  const results = new Map();
  const idle = [...pool];
  let dispatched = 0;
  let yielded = 0;
  let failure = null;
  let wake = () => undefined;
  // At most a few chunks ahead of the inserts, so memory stays bounded whatever the speed of either side.
  const dispatch = () => {
    while (idle.length && dispatched < ranges.length && dispatched - yielded < options.workers + 2) {
      const worker = idle.pop();
      const [start, end] = ranges[dispatched];
      dispatched += 1;
      worker.postMessage({ start, end });
    }
  };
  for (const worker of pool) {
    worker.on('message', ({ start, rows }) => {
      results.set(start, rows);
      idle.push(worker);
      dispatch();
      wake();
    });
    worker.on('error', (error) => {
      failure = error;
      wake();
    });
  }
  try {
    dispatch();
    for (const [start] of ranges) {
      while (!results.has(start)) {
        if (failure) throw failure;
        await new Promise((resolve) => (wake = resolve));
      }
      const rows = results.get(start);
      results.delete(start);
      yielded += 1;
      dispatch();
      yield rows;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

// ── writing: SQLite ──────────────────────────────────────────────────────────

const sqliteValue = (value) => (value === true ? 1 : value === false ? 0 : value);

function sqliteWriter(db) {
  const statements = Object.fromEntries(
    Object.entries(TABLES).map(([table, columns]) => [
      table,
      db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      ),
    ]),
  );
  const write = db.transaction((rows) => {
    for (const table of Object.keys(TABLES)) {
      const statement = statements[table];
      for (const row of rows[table] ?? []) statement.run(row.map(sqliteValue));
    }
  });
  return async (rows) => write(rows);
}

/** Runs the app's own CLI (built): migrations, demo users and the demo job. */
function seedWithApp(databaseUrl) {
  const result = spawnSync(process.execPath, [CLI_JS, 'seed-demo'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`cli seed-demo failed:\n${result.stdout}${result.stderr}`);
}

/**
 * An empty SQLite database migrated and seeded by the app, without the ten
 * demo candidates (the data set brings its own). Copy it for each data set.
 */
export function prepareSqliteTemplate(file) {
  rmSync(file, { force: true });
  seedWithApp(`sqlite:${file}`);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.prepare(`DELETE FROM candidates WHERE email LIKE '${DEMO_CANDIDATE_EMAIL}'`).run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return file;
}

/** Generates into a SQLite file (a copy of `template` when given, else seeded here). Returns what the bench needs. */
export async function generateSqlite(file, options = {}) {
  const opts = withDefaults(options);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  if (opts.template) copyFileSync(opts.template, file);
  else prepareSqliteTemplate(file);
  const db = new Database(file);
  try {
    // Bulk-load settings; the server sets its own (WAL, synchronous NORMAL, foreign keys) when it opens the file.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -1048576');
    // Secondary indexes are dropped for the load and built again after it: sorting once beats random inserts.
    const indexes = db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN (${Object.keys(TABLES)
           .map((table) => `'${table}'`)
           .join(', ')})`,
      )
      .all();
    for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
    const query = async (sql) => db.prepare(sql).all();
    const result = await generateInto(query, sqliteWriter(db), opts);
    for (const index of indexes) db.exec(index.sql);
    db.pragma('journal_mode = WAL');
    return result;
  } finally {
    db.close();
  }
}

// ── writing: PostgreSQL ──────────────────────────────────────────────────────

async function postgresWriter(client) {
  const types = {};
  for (const table of Object.keys(TABLES)) {
    const { rows } = await client.query(
      `SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [table],
    );
    types[table] = Object.fromEntries(rows.map((row) => [row.column_name, row.udt_name]));
  }
  return async (rows) => {
    await client.query('BEGIN');
    try {
      for (const [table, columns] of Object.entries(TABLES)) {
        const list = rows[table] ?? [];
        if (list.length === 0) continue;
        // One statement per table and chunk: each column travels as one array parameter.
        const arrays = columns.map((_, c) => list.map((row) => row[c]));
        await client.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
           SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${types[table][c]}[]`).join(', ')})`,
          arrays,
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  };
}

/** Generates into a PostgreSQL database (empty: migrated and seeded here). */
export async function generatePostgres(databaseUrl, options = {}) {
  const opts = withDefaults({ workers: 1, ...options });
  seedWithApp(databaseUrl);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DELETE FROM candidates WHERE email LIKE '${DEMO_CANDIDATE_EMAIL}'`);
    const query = async (sql) => (await client.query(sql)).rows;
    const result = await generateInto(query, await postgresWriter(client), opts);
    await client.query('ANALYZE');
    return result;
  } finally {
    await client.end();
  }
}

// ── both ─────────────────────────────────────────────────────────────────────

function withDefaults(options) {
  const now = options.now ?? DEFAULT_NOW;
  return {
    n: 5000,
    seed: DEFAULT_SEED,
    benchInterviewers: 0,
    baselineInterviewers: 0,
    workers: Math.min(2, availableParallelism()),
    template: undefined,
    ...options,
    now,
  };
}

async function generateInto(query, write, options) {
  const context = await readContext(query);
  const users = usersFor(context, options);
  await write({ users: [...users.interviewers, ...users.bench, ...users.baseline] });
  const panelIds = [...new Set(context.stages.flatMap((stage) => stage.interviewerIds))];
  const generationContext = {
    ...context,
    interviewerIds: [...panelIds, ...users.interviewers.map((user) => user[0])],
    benchIds: users.bench.map((user) => user[0]),
  };
  const counts = Object.fromEntries(Object.keys(TABLES).map((table) => [table, 0]));
  counts.users = users.interviewers.length + users.bench.length + users.baseline.length;
  for await (const rows of chunks(generationContext, options)) {
    await write(rows);
    for (const [table, list] of Object.entries(rows)) counts[table] += list.length;
  }
  const interviewStages = context.stages.filter((stage) => stage.kind === 'interview');
  return {
    jobId: context.jobId,
    n: options.n,
    seed: options.seed,
    now: new Date(options.now).toISOString(),
    counts,
    items: context.items.map(({ id, category }) => ({ id, category })),
    stages: context.stages.map(({ id, name, kind }) => ({ id, name, kind })),
    interviewStageIds: interviewStages.map((stage) => stage.id),
    redFlagTypeIds: context.redFlagTypes.map((type) => type.id),
    benchUsers: users.bench.map(([id, email]) => ({ id, email })),
    baselineUsers: users.baseline.map(([id, email]) => ({ id, email })),
  };
}

// ── command line ─────────────────────────────────────────────────────────────

if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '20' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
      'database-url': { type: 'string' },
      'bench-interviewers': { type: 'string', default: '0' },
      'baseline-interviewers': { type: 'string', default: '0' },
      workers: { type: 'string' },
    },
  });
  const options = {
    n: Number(values.n),
    seed: Number(values.seed),
    benchInterviewers: Number(values['bench-interviewers']),
    baselineInterviewers: Number(values['baseline-interviewers']),
    ...(values.workers ? { workers: Number(values.workers) } : {}),
  };
  if (!existsSync(CLI_JS)) {
    process.stderr.write('The API is not built: run `npm run build:api` first.\n');
    process.exit(2);
  }
  const started = Date.now();
  const result = values['database-url']
    ? await generatePostgres(values['database-url'], options)
    : values.out
      ? await generateSqlite(resolve(values.out), options)
      : null;
  if (!result) {
    process.stderr.write('Give --out FILE (SQLite) or --database-url postgres://…\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify({ ...result, seconds: (Date.now() - started) / 1000 }, null, 2)}\n`);
}
