#!/usr/bin/env node
// The benchmark's baseline: a bare node:http server answering the same
// requests as the API from the same database with hand-written prepared
// statements and nothing else (no framework, no auth, no validation, no
// logging). It is the nearest thing to this machine's limit for that work, so
// the API's figures are read as a ratio of it.
//
//   node bench/baseline-server.mjs --database-url sqlite:/path/file.sqlite --port 0
//   node bench/baseline-server.mjs --database-url postgres://…/db --port 0
//
// GET  /ready                     200 once the database answers
// GET  /jobs/:id/pipeline         the board: first 50 cards of every stage by score, counts — the API's JSON
// GET  /candidates?q=&tag=        candidate search, first 50 by name with the total — the API's JSON
// POST /submit                    a submitted scorecard with its ratings, revision, stored score and the three audit
//                                 events the API's start + save + submit write, in ONE transaction
// POST /imports?jobId=            CSV import (text/csv): parse, screen, insert candidates + applications, one transaction
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { auditChain, candidateKeys, scoring, screening } from './lib/built.mjs';

const PAGE = 50;
const DAY_MS = 86_400_000;
const GENESIS_HASH = '0'.repeat(64);

const { values } = parseArgs({
  options: { 'database-url': { type: 'string' }, port: { type: 'string', default: '0' }, host: { type: 'string' } },
});
const databaseUrl = values['database-url'];
if (!databaseUrl) {
  process.stderr.write('--database-url is required\n');
  process.exit(2);
}

const { assess, storedScoreOf } = scoring();
const { compileChecklist } = screening();
const keys = candidateKeys();
const { eventHash } = auditChain();

// ── the same mapping as the API's ────────────────────────────────────────────

const toIso = (value) =>
  value instanceof Date
    ? value.toISOString()
    : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`).toISOString();
const num = (value) => (value === null ? null : Number(value));
const daysInStage = (entered, now) => {
  const elapsed = now - Date.parse(toIso(entered));
  return Number.isFinite(elapsed) && elapsed > 0 ? Math.floor(elapsed / DAY_MS) : 0;
};

function toCard(row, now) {
  return {
    applicationId: row.application_id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    status: row.status,
    screenScore: num(row.screen_score),
    score: num(row.score),
    coverage: Number(row.coverage),
    gates: row.gates,
    proposal: row.proposal,
    redFlagCount: Number(row.red_flag_count),
    knockoutFlag: Boolean(Number(row.knockout_flag)),
    daysInStage: daysInStage(row.stage_entered_at, now),
    tags: [...new Set([...JSON.parse(row.candidate_tags), ...JSON.parse(row.tags)])],
  };
}

function boardOf(jobId, stages, cards, counts) {
  const now = Date.now();
  const closed = { rejected: 0, withdrawn: 0, hired: 0 };
  const active = new Map();
  for (const row of counts) {
    if (row.status === 'active') active.set(row.stage_id, Number(row.n));
    else closed[row.status] += Number(row.n);
  }
  const byStage = new Map(stages.map((stage) => [stage.id, []]));
  for (const row of cards) byStage.get(row.stage_id)?.push(toCard(row, now));
  return {
    jobId,
    stages: stages.map((stage) => ({
      id: stage.id,
      name: stage.name,
      kind: stage.kind,
      count: active.get(stage.id) ?? 0,
      applications: byStage.get(stage.id),
    })),
    closed,
  };
}

const escapeLike = (text) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const ftsString = (text) => `"${text.replace(/"/g, '""')}"`;
/**
 * The bench's searches: text of 3+ characters whose last word has 3+, a tag of
 * word characters (the API's general rules are in candidate-search.ts).
 */
function searchParams(url) {
  const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
  const tag = keys.tagsKey([url.searchParams.get('tag') ?? '']);
  const words = keys.wordsKey(q).trim();
  return {
    // PostgreSQL: LIKE on the key columns (pg_trgm indexes).
    q: `%${escapeLike(q)}%`,
    resume: `% ${escapeLike(words)}%`,
    tag: `%${escapeLike(tag)}%`,
    // SQLite: the two FTS5 tables; the words table has the tag as a term, the few names found have it read.
    words: `skills_key : ${ftsString(words)}* AND tag_words : ${ftsString(tag)}`,
    names: `{name_key email} : ${ftsString(q)}`,
  };
}
const toSearchPage = (rows) => ({
  items: rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    source: row.source,
    tags: JSON.parse(row.tags),
    applicationCount: Number(row.application_count),
    updatedAt: toIso(row.updated_at),
  })),
  total: rows.length ? Number(rows[0].total_count) : 0,
});

// The first page of every stage: per stage, the best 50 by the board's default order (score, nulls last).
const cardColumns = `a.id AS application_id, a.candidate_id, c.name AS candidate_name, a.stage_id, a.status,
  a.screen_score, a.score, a.coverage, a.gates, a.proposal, a.red_flag_count, a.knockout_flag, a.tags,
  c.tags AS candidate_tags, a.stage_entered_at`;
// The order of the index IDX_applications_board_score, so each stage's page is read, not sorted.
const cardOrder = 'a.score DESC NULLS LAST, a.screen_score DESC NULLS LAST, a.name_key, a.id';
// Each stage's first page by its own ORDER BY … LIMIT, placeholders from `p(i)` for stage i.
const cardsSql = (stageCount, job, p) =>
  Array.from(
    { length: stageCount },
    (_, i) => `SELECT * FROM (SELECT ${cardColumns} FROM applications a
      INNER JOIN candidates c ON c.id = a.candidate_id
      WHERE a.job_id = ${job} AND a.stage_id = ${p(i)} AND a.status = 'active' ORDER BY ${cardOrder} LIMIT ${PAGE}) page${i}`,
  ).join(' UNION ALL ');
// Applications per stage × status, kept by the schema's triggers.
const countsSql = (job) => `SELECT stage_id, status, n FROM pipeline_counts WHERE job_id = ${job}`;
const searchSql = (p) => `SELECT c.id, c.name, c.email, c.source, c.tags, c.updated_at,
    (SELECT COUNT(*) FROM applications a WHERE a.candidate_id = c.id) AS application_count,
    COUNT(*) OVER () AS total_count
  FROM candidates c
  WHERE c.erased_at IS NULL
    AND (c.name_key LIKE ${p('q', 1)} ESCAPE '\\' OR c.email LIKE ${p('q', 1)} ESCAPE '\\'
      OR c.skills_key LIKE ${p('resume', 2)} ESCAPE '\\')
    AND c.tags_key LIKE ${p('tag', 3)} ESCAPE '\\'
  ORDER BY c.name_key, c.id LIMIT ${PAGE}`;
// SQLite: the matches' rowids from the FTS5 tables, then the page: up to 500 matches looked up and sorted, more
// kept while walking the name index (the unary + keeps SQLite from looking the rowids up).
const SORT_AT_MOST = 500;
const searchIdsSql = `SELECT rowid FROM candidate_search_words WHERE candidate_search_words MATCH @words
  UNION SELECT n.rowid FROM candidate_search_names n INNER JOIN candidates c ON c.rowid = n.rowid
    WHERE n.candidate_search_names MATCH @names AND c.tags_key LIKE @tag ESCAPE '\\'`;
const searchPageSql = (where) => `SELECT c.id, c.name, c.email, c.source, c.tags, c.updated_at,
    (SELECT COUNT(*) FROM applications a WHERE a.candidate_id = c.id) AS application_count
  FROM candidates c WHERE ${where} ORDER BY c.name_key, c.id LIMIT ${PAGE}`;

/** The audit rows the API's start, save and submit append, chained after `head`. */
function auditRows(head, actorId, card, application, stored) {
  const rows = [];
  let prev = head;
  const add = (action, before, after) => {
    const fields = {
      id: randomUUID(),
      seq: (prev?.seq ?? 0) + 1,
      at: new Date(),
      actorId,
      action,
      entityType: 'scorecard',
      entityId: card.id,
      jobId: application.job_id,
      applicationId: application.id,
      before,
      after,
      prevHash: prev?.hash ?? GENESIS_HASH,
    };
    const row = { ...fields, hash: eventHash(fields) };
    rows.push(row);
    prev = { seq: row.seq, hash: row.hash };
  };
  const content = {
    recommendation: card.recommendation,
    ratings: Object.fromEntries(card.ratings.map((r) => [r.itemId, { item: null, value: r.value }])),
    redFlags: card.redFlags.map((f) => ({ typeId: f.typeId, severity: f.severity })),
  };
  add('scorecard.started', null, { stageId: card.stageId, status: 'draft', version: 1 });
  add('scorecard.saved', { status: 'draft', version: 1 }, { status: 'draft', version: 2, ...content });
  add(
    'scorecard.submitted',
    { status: 'draft', version: 2, ...content },
    { status: 'submitted', version: 3, ...content, score: stored.score, proposal: stored.proposal },
  );
  return rows;
}

const policyOf = (job, flagTypes) => ({
  categoryWeights: JSON.parse(job.category_weights),
  thresholds: JSON.parse(job.thresholds),
  redFlagTypes: flagTypes,
});
const storedScore = (items, cards, ratings, flags, knockouts, policy) =>
  storedScoreOf(
    assess(
      items.map((i) => ({
        id: i.id,
        category: i.category,
        label: i.label,
        weight: Number(i.weight),
        mustHave: Boolean(Number(i.must_have)),
      })),
      cards.map((c) => ({
        id: c.id,
        interviewerId: c.interviewer_id,
        stageId: c.stage_id,
        ratings: ratings
          .filter((r) => r.scorecard_id === c.id)
          .map((r) => ({
            itemId: r.item_id,
            value: r.value === null || r.value.length > 1 ? r.value : Number(r.value),
            note: r.note,
          })),
        redFlags: flags
          .filter((f) => f.scorecard_id === c.id)
          .map((f) => ({ typeId: f.type_id, severity: f.severity, evidence: f.evidence })),
      })),
      JSON.parse(knockouts),
      policy,
    ),
  );

function snapshotOf(card, ratingIds) {
  return JSON.stringify({
    recommendation: card.recommendation,
    takeaways: card.takeaways,
    ratings: card.ratings
      .map((r, i) => ({
        id: ratingIds[i],
        itemId: r.itemId,
        value: r.value === null ? null : String(r.value),
        note: r.note,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(({ itemId, value, note }) => ({ itemId, value, note })),
    redFlags: card.redFlags,
  });
}

async function readCsv(text) {
  const { parse } = await import('csv-parse/sync');
  return parse(text, {
    columns: (header) => header.map((h) => h.trim().toLowerCase()),
    bom: true,
    skip_empty_lines: true,
  });
}

// ── SQLite (better-sqlite3) ──────────────────────────────────────────────────

async function sqliteEngine(file) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const stamp = (date) => date.toISOString().replace('T', ' ').replace('Z', '');
  const s = {
    ready: db.prepare('SELECT 1 AS ok'),
    stages: db.prepare('SELECT id, name, kind FROM job_stages WHERE job_id = ? ORDER BY position'),
    counts: db.prepare(countsSql('?')),
    searchIds: db.prepare(searchIdsSql).pluck(),
    searchSorted: db.prepare(searchPageSql('c.rowid IN (SELECT value FROM json_each(?))')),
    searchWalked: db.prepare(searchPageSql('c.erased_at IS NULL AND +c.rowid IN (SELECT value FROM json_each(?))')),
    application: db.prepare('SELECT id, job_id, knockout_answers FROM applications WHERE id = ?'),
    job: db.prepare('SELECT id, category_weights, thresholds, rubric_version FROM jobs WHERE id = ?'),
    items: db.prepare(
      'SELECT id, category, label, weight, must_have FROM checklist_items WHERE job_id = ? AND retired_at IS NULL ORDER BY position',
    ),
    flagTypes: db.prepare('SELECT id, label FROM red_flag_types WHERE job_id = ? ORDER BY position'),
    screeningItems: db.prepare(
      'SELECT id, category, label, keywords, weight FROM checklist_items WHERE job_id = ? AND retired_at IS NULL ORDER BY position',
    ),
    insertCard: db.prepare(`INSERT INTO scorecards (id, application_id, stage_id, interviewer_id, status, version,
        rubric_version, recommendation, takeaways, submitted_at, revised_after_seeing_others, created_at)
      VALUES (?, ?, ?, ?, 'submitted', 3, ?, ?, ?, ?, 0, ?)`),
    insertRating: db.prepare(
      'INSERT INTO scorecard_ratings (id, scorecard_id, item_id, value, note) VALUES (?, ?, ?, ?, ?)',
    ),
    insertFlag: db.prepare(
      'INSERT INTO scorecard_red_flags (id, scorecard_id, type_id, severity, evidence) VALUES (?, ?, ?, ?, ?)',
    ),
    insertRevision: db.prepare(`INSERT INTO scorecard_revisions (id, scorecard_id, revision, snapshot,
        after_seeing_others, created_at) VALUES (?, ?, 1, ?, 0, ?)`),
    cardsOf: db.prepare(
      `SELECT id, interviewer_id, stage_id FROM scorecards WHERE application_id = ? AND status = 'submitted'`,
    ),
    ratingsOf: db.prepare(`SELECT r.scorecard_id, r.item_id, r.value, r.note FROM scorecard_ratings r
        INNER JOIN scorecards s ON s.id = r.scorecard_id WHERE s.application_id = ? AND s.status = 'submitted'`),
    flagsOf: db.prepare(`SELECT f.scorecard_id, f.type_id, f.severity, f.evidence FROM scorecard_red_flags f
        INNER JOIN scorecards s ON s.id = f.scorecard_id WHERE s.application_id = ? AND s.status = 'submitted'`),
    updateScore: db.prepare(`UPDATE applications SET score = ?, coverage = ?, gates = ?, proposal = ?,
        red_flag_count = ?, updated_at = ? WHERE id = ?`),
    head: db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1'),
    insertAudit: db.prepare(`INSERT INTO audit_events (id, seq, at, actor_id, action, entity_type, entity_id, job_id,
        application_id, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    appliedStage: db.prepare(
      `SELECT id FROM job_stages WHERE job_id = ? AND kind = 'applied' ORDER BY position LIMIT 1`,
    ),
    insertCandidate: db.prepare(`INSERT INTO candidates (id, name, email, phone, source, tags, links, resume_text,
        name_key, tags_key, skills_key, version, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, 1, ?, ?)`),
    insertApplication: db.prepare(`INSERT INTO applications (id, job_id, candidate_id, stage_id, status, rejection,
        knockout_answers, knockout_flag, screening, screen_score, score, coverage, gates, proposal, red_flag_count, tags,
        tags_key, applied_at, stage_entered_at, version, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'active', NULL, '[]', 0, ?, ?, NULL, 0, 'pending', NULL, 0, '[]', '||', ?, ?, 1, ?, ?)`),
    insertMove: db.prepare(`INSERT INTO stage_moves (id, application_id, from_stage_id, to_stage_id, from_status,
        to_status, actor_id, note, reason, at) VALUES (?, ?, NULL, ?, NULL, 'active', NULL, 'Applied', NULL, ?)`),
  };

  // One statement per plan shape.
  const cardStatements = new Map();
  const cardsStatement = (stages) => {
    if (!cardStatements.has(stages.length)) {
      cardStatements.set(stages.length, db.prepare(cardsSql(stages.length, '@job', (i) => `@s${i}`)));
    }
    return cardStatements.get(stages.length);
  };

  const submit = db.transaction((card) => {
    const application = s.application.get(card.applicationId);
    const job = s.job.get(application.job_id);
    const now = stamp(new Date());
    s.insertCard.run(
      card.id,
      card.applicationId,
      card.stageId,
      card.interviewerId,
      job.rubric_version,
      card.recommendation,
      card.takeaways,
      now,
      now,
    );
    const ratingIds = card.ratings.map(() => randomUUID());
    card.ratings.forEach((r, i) =>
      s.insertRating.run(ratingIds[i], card.id, r.itemId, r.value === null ? null : String(r.value), r.note ?? null),
    );
    for (const f of card.redFlags) s.insertFlag.run(randomUUID(), card.id, f.typeId, f.severity, f.evidence ?? null);
    s.insertRevision.run(randomUUID(), card.id, snapshotOf(card, ratingIds), now);
    const stored = storedScore(
      s.items.all(job.id),
      s.cardsOf.all(card.applicationId),
      s.ratingsOf.all(card.applicationId),
      s.flagsOf.all(card.applicationId),
      application.knockout_answers,
      policyOf(job, s.flagTypes.all(job.id)),
    );
    s.updateScore.run(
      stored.score,
      stored.coverage,
      stored.gates,
      stored.proposal,
      stored.redFlagCount,
      now,
      card.applicationId,
    );
    for (const e of auditRows(s.head.get(), card.interviewerId, card, application, stored)) {
      s.insertAudit.run(...auditColumns(e, stamp(e.at)));
    }
    return { id: card.id, version: 3, status: 'submitted' };
  });

  const importRows = db.transaction((jobId, rows) => {
    const screen = compileChecklist(
      s.screeningItems.all(jobId).map((i) => ({ ...i, keywords: JSON.parse(i.keywords), weight: Number(i.weight) })),
    );
    const stageId = s.appliedStage.get(jobId).id;
    const now = new Date();
    const at = stamp(now);
    for (const row of rows) {
      const tags = (row.tags ?? '')
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean);
      const resumeText = (row.resume_text ?? '').trim() || null;
      const k = keys.candidateKeys({ name: row.name.trim(), tags, resumeText });
      const candidateId = randomUUID();
      s.insertCandidate.run(
        candidateId,
        row.name.trim(),
        row.email.trim().toLowerCase(),
        row.phone || null,
        row.source || 'import',
        JSON.stringify(tags),
        resumeText,
        k.nameKey,
        k.tagsKey,
        k.skillsKey,
        at,
        at,
      );
      const screening = screen(resumeText ?? '', [], now);
      const applicationId = randomUUID();
      s.insertApplication.run(
        applicationId,
        jobId,
        candidateId,
        stageId,
        JSON.stringify(screening),
        screening.screenScore,
        at,
        at,
        at,
        at,
      );
      s.insertMove.run(randomUUID(), applicationId, stageId, at);
    }
    return rows.length;
  });

  return {
    ready: async () => s.ready.get(),
    board: async (jobId) => {
      const stages = s.stages.all(jobId);
      const params = Object.fromEntries([['job', jobId], ...stages.map((stage, i) => [`s${i}`, stage.id])]);
      return boardOf(jobId, stages, cardsStatement(stages).all(params), s.counts.all(jobId));
    },
    search: async (url) => {
      const p = searchParams(url);
      const ids = s.searchIds.all({ words: p.words, names: p.names, tag: p.tag });
      const page = ids.length <= SORT_AT_MOST ? s.searchSorted : s.searchWalked;
      return { ...toSearchPage(ids.length ? page.all(JSON.stringify(ids)) : []), total: ids.length };
    },
    // BEGIN IMMEDIATE: a write transaction takes the write lock up front, never upgrading mid-way.
    submit: async (card) => submit.immediate(card),
    import: async (jobId, csv) => importRows.immediate(jobId, await readCsv(csv)),
    close: async () => db.close(),
  };
}

// ── PostgreSQL (pg) ──────────────────────────────────────────────────────────

async function postgresEngine(url) {
  const { default: pg } = await import('pg');
  // The API's pool: 10 connections, JIT off.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  const q = async (client, name, text, params) => (await client.query({ name, text, values: params })).rows;
  const run = (name, text, params) => q(pool, name, text, params);
  const stages = 'SELECT id, name, kind FROM job_stages WHERE job_id = $1 ORDER BY position';
  // LATERAL: every stage's page in one statement that needs no list of stages first.
  const cards = `SELECT page.* FROM job_stages s CROSS JOIN LATERAL (
      SELECT ${cardColumns} FROM applications a INNER JOIN candidates c ON c.id = a.candidate_id
      WHERE a.job_id = $1 AND a.stage_id = s.id AND a.status = 'active' ORDER BY ${cardOrder} LIMIT ${PAGE}
    ) page WHERE s.job_id = $1`;
  return {
    ready: () => run('ready', 'SELECT 1 AS ok', []),
    board: async (jobId) => {
      const [s, c, n] = await Promise.all([
        run('stages', stages, [jobId]),
        run('cards', cards, [jobId]),
        run('counts', countsSql('$1'), [jobId]),
      ]);
      return boardOf(jobId, s, c, n);
    },
    search: async (url) => {
      const p = searchParams(url);
      return toSearchPage(
        await run(
          'search',
          searchSql((_, n) => `$${n}`),
          [p.q, p.resume, p.tag],
        ),
      );
    },
    submit: async (card) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const [application] = await q(
          client,
          'app',
          'SELECT id, job_id, knockout_answers FROM applications WHERE id = $1 FOR UPDATE',
          [card.applicationId],
        );
        const [job] = await q(
          client,
          'job',
          'SELECT id, category_weights, thresholds, rubric_version FROM jobs WHERE id = $1',
          [application.job_id],
        );
        const now = new Date();
        await q(
          client,
          'card',
          `INSERT INTO scorecards (id, application_id, stage_id, interviewer_id, status, version, rubric_version,
             recommendation, takeaways, submitted_at, revised_after_seeing_others, created_at)
           VALUES ($1, $2, $3, $4, 'submitted', 3, $5, $6, $7, $8, false, $8)`,
          [
            card.id,
            card.applicationId,
            card.stageId,
            card.interviewerId,
            job.rubric_version,
            card.recommendation,
            card.takeaways,
            now,
          ],
        );
        const ratingIds = card.ratings.map(() => randomUUID());
        await q(
          client,
          'ratings',
          `INSERT INTO scorecard_ratings (id, scorecard_id, item_id, value, note)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::text[])`,
          [
            ratingIds,
            card.ratings.map(() => card.id),
            card.ratings.map((r) => r.itemId),
            card.ratings.map((r) => (r.value === null ? null : String(r.value))),
            card.ratings.map((r) => r.note ?? null),
          ],
        );
        await q(
          client,
          'revision',
          `INSERT INTO scorecard_revisions (id, scorecard_id, revision, snapshot, after_seeing_others, created_at)
           VALUES ($1, $2, 1, $3, false, $4)`,
          [randomUUID(), card.id, snapshotOf(card, ratingIds), now],
        );
        const [items, cardsOf, ratingsOf, flagsOf, flagTypes] = [
          await q(
            client,
            'items',
            'SELECT id, category, label, weight, must_have FROM checklist_items WHERE job_id = $1 AND retired_at IS NULL ORDER BY position',
            [job.id],
          ),
          await q(
            client,
            'cardsOf',
            `SELECT id, interviewer_id, stage_id FROM scorecards WHERE application_id = $1 AND status = 'submitted'`,
            [card.applicationId],
          ),
          await q(
            client,
            'ratingsOf',
            `SELECT r.scorecard_id, r.item_id, r.value, r.note FROM scorecard_ratings r INNER JOIN scorecards s ON s.id = r.scorecard_id WHERE s.application_id = $1 AND s.status = 'submitted'`,
            [card.applicationId],
          ),
          await q(
            client,
            'flagsOf',
            `SELECT f.scorecard_id, f.type_id, f.severity, f.evidence FROM scorecard_red_flags f INNER JOIN scorecards s ON s.id = f.scorecard_id WHERE s.application_id = $1 AND s.status = 'submitted'`,
            [card.applicationId],
          ),
          await q(client, 'flagTypes', 'SELECT id, label FROM red_flag_types WHERE job_id = $1 ORDER BY position', [
            job.id,
          ]),
        ];
        const stored = storedScore(
          items,
          cardsOf,
          ratingsOf,
          flagsOf,
          application.knockout_answers,
          policyOf(job, flagTypes),
        );
        await q(
          client,
          'score',
          `UPDATE applications SET score = $1, coverage = $2, gates = $3, proposal = $4, red_flag_count = $5, updated_at = $6 WHERE id = $7`,
          [stored.score, stored.coverage, stored.gates, stored.proposal, stored.redFlagCount, now, card.applicationId],
        );
        // The API's audit chain lock and change notification.
        await q(client, 'lock', 'SELECT pg_advisory_xact_lock($1)', [0x53484c41]);
        const [head] = await q(client, 'head', 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1', []);
        for (const e of auditRows(head, card.interviewerId, card, application, stored)) {
          await q(
            client,
            'audit',
            `INSERT INTO audit_events (id, seq, at, actor_id, action, entity_type, entity_id, job_id, application_id,
               before, after, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
            auditColumns(e, e.at),
          );
          await q(client, 'notify', 'SELECT pg_notify($1, $2)', [
            'shortlist_bench_baseline',
            JSON.stringify({ a: e.action }),
          ]);
        }
        await client.query('COMMIT');
        return { id: card.id, version: 3, status: 'submitted' };
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    import: async () => {
      throw new Error('CSV import baseline runs on SQLite only');
    },
    close: () => pool.end(),
  };
}

// ── HTTP ─────────────────────────────────────────────────────────────────────

const engine = databaseUrl.startsWith('sqlite:')
  ? await sqliteEngine(databaseUrl.slice('sqlite:'.length))
  : await postgresEngine(databaseUrl);

const readBody = (request) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

const send = (response, status, body) => {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
};

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url, 'http://baseline');
    const board = url.pathname.match(/^\/jobs\/([0-9a-f-]{36})\/pipeline$/);
    if (request.method === 'GET' && url.pathname === '/ready') {
      await engine.ready();
      return send(response, 200, { status: 'ok' });
    }
    if (request.method === 'GET' && board) return send(response, 200, await engine.board(board[1]));
    if (request.method === 'GET' && url.pathname === '/candidates')
      return send(response, 200, await engine.search(url));
    if (request.method === 'POST' && url.pathname === '/submit') {
      return send(response, 200, await engine.submit({ id: randomUUID(), ...JSON.parse(await readBody(request)) }));
    }
    if (request.method === 'POST' && url.pathname === '/imports') {
      const imported = await engine.import(url.searchParams.get('jobId'), await readBody(request));
      return send(response, 200, { status: 'done', imported });
    }
    return send(response, 404, { error: 'not found' });
  } catch (error) {
    return send(response, 500, { error: String(error?.message ?? error) });
  }
});

server.keepAliveTimeout = 65_000;
server.listen(Number(values.port), values.host ?? '127.0.0.1', () => {
  process.stdout.write(`baseline listening on http://127.0.0.1:${server.address().port}\n`);
});
const stop = () => server.close(() => engine.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

/** An audit event's values in the column order of both engines' INSERTs. */
function auditColumns(e, at) {
  return [
    e.id,
    e.seq,
    at,
    e.actorId,
    e.action,
    e.entityType,
    e.entityId,
    e.jobId,
    e.applicationId,
    JSON.stringify(e.before),
    JSON.stringify(e.after),
    e.prevHash,
    e.hash,
  ];
}
