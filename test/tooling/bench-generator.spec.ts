import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { assess, storedScoreOf } from '@shortlist/scoring';
import { compileChecklist } from '@shortlist/screening';
import { DataSource } from 'typeorm';
import { candidateKeys } from '../../apps/api/src/candidates/candidate-keys';

// The benchmark's data generator (bench/generate.mjs) at a tiny N, so it cannot rot unnoticed: what it writes must
// be what the app would have written. Needs the built API (`npm run build:api`; `npm test` builds first).
const root = path.resolve(__dirname, '../..');
const N = 20;
const main = path.join(root, 'apps/api/dist/apps/api/src/main.js');

interface Summary {
  jobId: string;
  counts: Record<string, number>;
  benchUsers: { id: string; email: string }[];
}

function generate(file: string, seed = 7): Summary {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'bench/generate.mjs'),
      ...['--n', String(N), '--seed', String(seed), '--bench-interviewers', '1', '--out', file],
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`generator failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return JSON.parse(result.stdout) as Summary;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe('the benchmark data generator', () => {
  let dir: string;
  let file: string;
  let summary: Summary;
  let db: DataSource;

  const open = async (sqliteFile: string) => {
    const source = new DataSource({ type: 'better-sqlite3', database: sqliteFile, readonly: true });
    return source.initialize();
  };

  beforeAll(async () => {
    if (!fs.existsSync(main)) throw new Error('The API is not built: run `npm run build:api` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-bench-test-'));
    file = path.join(dir, 'bench.sqlite');
    summary = generate(file);
    db = await open(file);
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const all = <T>(sql: string, ...params: unknown[]): Promise<T[]> => db.query(sql, params);
  const one = async <T>(sql: string, ...params: unknown[]): Promise<T> => (await all<T>(sql, ...params))[0];

  it('writes N candidates and applications on the demo job, and nothing dangling', async () => {
    expect((await one<{ n: number }>('SELECT COUNT(*) AS n FROM candidates')).n).toBe(N);
    await expect(all('SELECT job_id, COUNT(*) AS n FROM applications GROUP BY job_id')).resolves.toEqual([
      { job_id: summary.jobId, n: N },
    ]);
    expect(summary.counts).toMatchObject({ candidates: N, applications: N, scorecards: 3 * N });
    await expect(all('PRAGMA foreign_key_check')).resolves.toEqual([]);
    await expect(all('PRAGMA integrity_check')).resolves.toEqual([{ integrity_check: 'ok' }]);
  });

  it('gives every application three submitted scorecards, one per interview stage, with a rating row per item', async () => {
    const { n: items } = await one<{ n: number }>(
      'SELECT COUNT(*) AS n FROM checklist_items WHERE job_id = ? AND retired_at IS NULL',
      summary.jobId,
    );
    expect(items).toBe(26);
    const perApplication = await all<{ cards: number; stages: number; submitted: number }>(
      `SELECT COUNT(*) AS cards, COUNT(DISTINCT s.stage_id) AS stages, SUM(s.status = 'submitted') AS submitted
       FROM applications a LEFT JOIN scorecards s ON s.application_id = a.id GROUP BY a.id`,
    );
    expect(perApplication).toHaveLength(N);
    expect(new Set(perApplication.map((row) => `${row.cards}/${row.stages}/${row.submitted}`))).toEqual(
      new Set(['3/3/3']),
    );
    const interviewStages = await all<{ id: string }>(
      `SELECT id FROM job_stages WHERE job_id = ? AND kind = 'interview' ORDER BY id`,
      summary.jobId,
    );
    await expect(all('SELECT DISTINCT stage_id AS id FROM scorecards ORDER BY stage_id')).resolves.toEqual(
      interviewStages,
    );
    const ratings = await all<{ n: number }>(
      'SELECT COUNT(r.id) AS n FROM scorecards s LEFT JOIN scorecard_ratings r ON r.scorecard_id = s.id GROUP BY s.id',
    );
    expect(new Set(ratings.map((row) => row.n))).toEqual(new Set([items]));
    expect((await one<{ n: number }>('SELECT COUNT(*) AS n FROM scorecard_revisions')).n).toBe(3 * N);
  });

  it('stores the score, coverage, gates and proposal libs/scoring derives from the ratings', async () => {
    const items = (
      await all<{ id: string; category: never; label: string; weight: number; must_have: number }>(
        'SELECT id, category, label, weight, must_have FROM checklist_items WHERE job_id = ? ORDER BY position',
        summary.jobId,
      )
    ).map((i) => ({ id: i.id, category: i.category, label: i.label, weight: i.weight, mustHave: i.must_have === 1 }));
    const job = await one<{ category_weights: string; thresholds: string }>(
      'SELECT category_weights, thresholds FROM jobs WHERE id = ?',
      summary.jobId,
    );
    const policy = {
      categoryWeights: JSON.parse(job.category_weights),
      thresholds: JSON.parse(job.thresholds),
      redFlagTypes: await all<{ id: string; label: string }>('SELECT id, label FROM red_flag_types'),
    };
    const applications = await all<{
      id: string;
      knockout_answers: string;
      score: number | null;
      coverage: number;
      gates: string;
      proposal: string;
      red_flag_count: number;
    }>('SELECT id, knockout_answers, score, coverage, gates, proposal, red_flag_count FROM applications');
    const ratings = await all<{ scorecard_id: string; item_id: string; value: string | null; note: string | null }>(
      'SELECT scorecard_id, item_id, value, note FROM scorecard_ratings',
    );
    const flags = await all<{ scorecard_id: string; type_id: string; severity: never; evidence: string | null }>(
      'SELECT scorecard_id, type_id, severity, evidence FROM scorecard_red_flags',
    );
    for (const application of applications) {
      const cards = (
        await all<{ id: string; interviewer_id: string; stage_id: string }>(
          `SELECT id, interviewer_id, stage_id FROM scorecards WHERE application_id = ? AND status = 'submitted'`,
          application.id,
        )
      ).map((card) => ({
        id: card.id,
        interviewerId: card.interviewer_id,
        stageId: card.stage_id,
        ratings: ratings
          .filter((r) => r.scorecard_id === card.id)
          .map((r) => ({
            itemId: r.item_id,
            value: (r.value === null || r.value.length > 1 ? r.value : Number(r.value)) as never,
            note: r.note,
          })),
        redFlags: flags
          .filter((f) => f.scorecard_id === card.id)
          .map((f) => ({ typeId: f.type_id, severity: f.severity, evidence: f.evidence })),
      }));
      const expected = storedScoreOf(assess(items, cards, JSON.parse(application.knockout_answers), policy));
      expect({
        score: application.score,
        coverage: application.coverage,
        gates: application.gates,
        proposal: application.proposal,
        redFlagCount: application.red_flag_count,
      }).toEqual(expected);
    }
  });

  it('fills the search keys and the screening as the app does', async () => {
    const checklist = (
      await all<{ id: string; category: never; label: string; keywords: string; weight: number }>(
        'SELECT id, category, label, keywords, weight FROM checklist_items WHERE job_id = ? ORDER BY position',
        summary.jobId,
      )
    ).map((i) => ({ ...i, keywords: JSON.parse(i.keywords) as string[] }));
    const screen = compileChecklist(checklist);
    const rows = await all<{
      name: string;
      tags: string;
      resume_text: string;
      name_key: string;
      tags_key: string;
      skills_key: string;
      screening: string;
      screen_score: number;
      knockout_answers: string;
    }>(
      `SELECT c.name, c.tags, c.resume_text, c.name_key, c.tags_key, c.skills_key, a.screening, a.screen_score,
              a.knockout_answers
       FROM candidates c INNER JOIN applications a ON a.candidate_id = c.id`,
    );
    for (const row of rows) {
      expect(row.resume_text.length).toBeGreaterThanOrEqual(2000);
      expect(candidateKeys({ name: row.name, tags: JSON.parse(row.tags), resumeText: row.resume_text })).toEqual({
        nameKey: row.name_key,
        tagsKey: row.tags_key,
        skillsKey: row.skills_key,
      });
      const stored = JSON.parse(row.screening);
      const again = screen(row.resume_text, JSON.parse(row.knockout_answers), new Date(stored.screenedAt));
      expect(again).toEqual(stored);
      expect(row.screen_score).toBe(stored.screenScore);
    }
  });

  it('gives the same content for the same seed', async () => {
    const other = path.join(dir, 'again.sqlite');
    generate(other);
    const again = await open(other);
    const content = `SELECT c.name, c.email, c.resume_text, a.score, a.status FROM candidates c
       INNER JOIN applications a ON a.candidate_id = c.id ORDER BY c.email`;
    try {
      await expect(again.query(content)).resolves.toEqual(await db.query(content));
    } finally {
      await again.destroy();
    }
  }, 120_000);

  it('serves its board from the built API', async () => {
    const port = await freePort();
    const copy = path.join(dir, 'served.sqlite');
    fs.copyFileSync(file, copy);
    const server: ChildProcess = spawn(process.execPath, [main], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: `sqlite:${copy}`,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      for (let i = 0; ; i += 1) {
        const ready = await fetch(`${url}/api/health/ready`).then(
          (r) => r.status,
          () => 0,
        );
        if (ready === 200) break;
        if (i > 600 || server.exitCode !== null) throw new Error('the built API did not start');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Generated users sign in with the demo password (they share its hash).
      const bench = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: summary.benchUsers[0].email, password: 'shortlist-demo' }),
      });
      expect(bench.status).toBe(200);
      const recruiter = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'recruiter@shortlist.test', password: 'shortlist-demo' }),
      });
      expect(recruiter.status).toBe(200);
      const { accessToken } = (await recruiter.json()) as { accessToken: string };
      const board = await fetch(`${url}/api/jobs/${summary.jobId}/pipeline`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(board.status).toBe(200);
      const body = (await board.json()) as {
        stages: { count: number; applications: { applicationId: string; score: number | null }[] }[];
      };
      const active = await all<{ id: string; score: number | null }>(
        `SELECT id, score FROM applications WHERE status = 'active'`,
      );
      expect(body.stages.reduce((sum, stage) => sum + stage.count, 0)).toBe(active.length);
      const scores = new Map(active.map((a) => [a.id, a.score]));
      const cards = body.stages.flatMap((stage) => stage.applications);
      expect(cards.length).toBe(active.length);
      for (const card of cards) expect(card.score).toBe(scores.get(card.applicationId));
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  }, 60_000);
});
