import type { AuditVerification, CandidateImportView } from '@shortlist/contracts';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { DEMO } from '../../apps/api/test/harness';
import { runSeed, seededRandom } from '../support/random';
import { type ApiProcess, startApi } from '../support/server';

/**
 * Issue 8, point 5: the built server on a SQLite file is killed (SIGKILL) at
 * 20 seeded moments spread over a 10,000-row CSV import. After each restart
 * it serves requests, the file passes integrity_check and foreign_key_check,
 * the audit chain verifies, and the import is there entirely (reported done)
 * or not at all (reported failed) — never a part of it, never left running.
 */
const ROUNDS = 20;
const ROWS = 10_000;
const seed = runSeed();

/** One file with a {round} placeholder in its emails, so each round's rows can be counted apart. */
const TEMPLATE = (() => {
  const lines = ['name,email,phone,source,tags,resume_text'];
  for (let i = 1; i <= ROWS; i += 1) {
    lines.push(
      `"Crash Person ${i}",round{round}-${i}@crash.test,+1 555 ${i},referral,backend;remote,"Knows SQL, Node.js"`,
    );
  }
  return `${lines.join('\n')}\n`;
})();

interface Round {
  round: number;
  killAfterMs: number;
  importId?: string;
  rows: number;
  status: string;
}

describe(`crash: SIGKILL during a ${ROWS.toLocaleString('en')}-row import, ${ROUNDS} times (seed ${seed})`, () => {
  const random = seededRandom(seed, 'crash');
  let dir: string;
  let file: string;
  let server: ApiProcess | undefined;
  let importMs: number;

  const start = async (seedDemo: boolean) => {
    server = await startApi({ DATABASE_URL: `sqlite:${file}`, SEED_DEMO: String(seedDemo) });
    return server;
  };
  const login = async (api: ApiProcess, email: string) => {
    const res = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO.password }),
    });
    expect(res.status).toBe(200);
    return { authorization: `Bearer ${((await res.json()) as { accessToken: string }).accessToken}` };
  };
  const upload = (api: ApiProcess, auth: Record<string, string>, round: number) =>
    fetch(`${api.url}/api/candidates/imports`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/csv' },
      body: TEMPLATE.replaceAll('{round}', String(round)),
    });
  const importOf = async (api: ApiProcess, auth: Record<string, string>, id: string) => {
    const res = await fetch(`${api.url}/api/candidates/imports/${id}`, { headers: auth });
    expect(res.status).toBe(200);
    return (await res.json()) as CandidateImportView;
  };

  /** Straight from the file, beside the running server (WAL lets a reader in). */
  async function inspect(round: number) {
    const db = new DataSource({ type: 'better-sqlite3', database: file });
    await db.initialize();
    try {
      const [{ rows }] = await db.query(`SELECT COUNT(*) AS rows FROM candidates WHERE email LIKE 'round${round}-%'`);
      return {
        integrity: await db.query('PRAGMA integrity_check'),
        foreignKeys: await db.query('PRAGMA foreign_key_check'),
        rows: Number(rows),
        unfinished: await db.query(
          "SELECT id, status FROM candidate_imports WHERE status IN ('pending', 'validating', 'importing')",
        ),
      };
    } finally {
      await db.destroy();
    }
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-crash-'));
    file = path.join(dir, 'crash.sqlite');
    // Round 0 runs to the end: how long an import takes here sets where the kills fall.
    const api = await start(true);
    const auth = await login(api, DEMO.recruiter);
    const began = Date.now();
    const res = await upload(api, auth, 0);
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    for (;;) {
      const view = await importOf(api, auth, id);
      if (view.status === 'done') break;
      if (view.status === 'failed') throw new Error(`the calibration import failed: ${JSON.stringify(view.errors)}`);
      await sleep(20);
    }
    importMs = Date.now() - began;
    expect((await inspect(0)).rows).toBe(ROWS);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('restarts cleanly every time, with each import whole or absent', async () => {
    const rounds: Round[] = [];
    // Kill moments: one in each twentieth of the import's duration (and a little past it), at a seeded place within it.
    const span = importMs * 1.1;
    const moments = Array.from({ length: ROUNDS }, (_, k) => Math.round(((k + random.next()) / ROUNDS) * span));
    for (const [k, killAfterMs] of random.shuffle(moments).entries()) {
      const round = k + 1;
      const api = server!;
      const auth = await login(api, DEMO.recruiter);
      const began = Date.now();
      let importId: string | undefined;
      const sent = upload(api, auth, round)
        .then(async (res) => {
          if (res.status === 202) importId = ((await res.json()) as { id: string }).id;
        })
        .catch(() => undefined); // killed before it answered
      await sleep(Math.max(0, killAfterMs - (Date.now() - began)));
      await api.kill();
      await sent;

      const restarted = await start(false);
      const admin = await login(restarted, DEMO.admin);
      const served = await fetch(`${restarted.url}/api/candidates?limit=1`, { headers: admin });
      expect(served.status).toBe(200);
      const state = await inspect(round);
      const verification = (await (
        await fetch(`${restarted.url}/api/audit/verify`, { headers: admin })
      ).json()) as AuditVerification;
      const view = importId ? await importOf(restarted, admin, importId) : undefined;
      const status = view?.status ?? 'never answered';
      const where = `round ${round}: killed ${killAfterMs} ms after the upload began; ${status} with ${state.rows} rows`;
      expect({
        where,
        integrity: state.integrity,
        foreignKeys: state.foreignKeys,
        chain: verification.ok,
        unfinished: state.unfinished,
        wholeOrNone: state.rows === 0 || state.rows === ROWS,
        // The status agrees with the rows: done with all of them, failed with none; no answer, no rows.
        statusAgrees: status === (state.rows === ROWS ? 'done' : view ? 'failed' : 'never answered'),
      }).toEqual({
        where,
        integrity: [{ integrity_check: 'ok' }],
        foreignKeys: [],
        chain: true,
        unfinished: [],
        wholeOrNone: true,
        statusAgrees: true,
      });
      rounds.push({ round, killAfterMs, importId, rows: state.rows, status });
    }
    const whole = rounds.filter((r) => r.rows === ROWS).length;
    process.stdout.write(
      `crash (seed ${seed}): import ${importMs} ms; ${ROUNDS} kills, ${ROUNDS} restarts served; ` +
        `import whole after ${whole}, absent after ${ROUNDS - whole} ` +
        `(${rounds.filter((r) => !r.importId).length} killed before the 202)\n`,
    );
    expect(rounds).toHaveLength(ROUNDS);
  }, 240_000);
});
