import type { CandidateImportView } from '@shortlist/contracts';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { Application } from '../src/applications/application.entity';
import { Candidate } from '../src/candidates/candidate.entity';
import { parseDatabaseUrl } from '../src/config/config';
import { dataSourceOptions } from '../src/database/data-source';
import { createCandidate, openJob } from './candidates-fixtures';
import { createTestDatabase, DEMO, engine, signIn, startTestApp, TestApp, TestDatabase } from './harness';
import type { Auth } from './jobs-fixtures';

const HEADER = 'name,email,phone,source,tags,resume_text';

/** `rows` candidates; data row `badRow` (1-based) gets an invalid email. */
function csv(prefix: string, rows: number, badRow?: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i += 1) {
    const email = i === badRow ? 'not-an-email' : `${prefix}${i}@example.com`;
    lines.push(`"${prefix} Person ${i}",${email},+1 555 ${i},referral,backend;remote,"Knows Postgres, Node.js"`);
  }
  return `${lines.join('\n')}\n`;
}

describe(`CSV import of candidates on ${engine()}`, () => {
  let t: TestApp;
  let recruiter: Auth;
  beforeAll(async () => {
    t = await startTestApp();
    recruiter = await signIn(t, DEMO.recruiter);
  });
  afterAll(() => t.close());

  const count = () => t.dataSource.getRepository(Candidate).count();
  const start = (content: string, query = '') =>
    t.http.post(`/api/candidates/imports${query}`).set(recruiter).set('content-type', 'text/csv').send(content);
  async function finished(id: string): Promise<CandidateImportView> {
    for (let i = 0; i < 600; i += 1) {
      const res = await t.http.get(`/api/candidates/imports/${id}`).set(recruiter).expect(200);
      if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
      await sleep(100);
    }
    throw new Error('the import did not finish');
  }

  it('imports 10,000 rows in one go, reporting its progress', async () => {
    const before = await count();
    const res = await start(csv('bulk', 10_000));
    expect(res.status).toBe(202);
    const done = await finished(res.body.id);
    expect(done).toMatchObject({
      status: 'done',
      total: 10_000,
      processed: 20_000,
      errors: [],
      result: { imported: 10_000, applied: 0, errors: [] },
    });
    expect((await count()) - before).toBe(10_000);
    const row = await t.dataSource.getRepository(Candidate).findOneByOrFail({ email: 'bulk9999@example.com' });
    expect(row).toMatchObject({ name: 'bulk Person 9999', source: 'referral', tags: ['backend', 'remote'] });
  }, 120_000);

  it('imports nothing when row 9,999 of the same file is bad, and names that row', async () => {
    const before = await count();
    const res = await start(csv('again', 10_000, 9_999));
    const done = await finished(res.body.id);
    expect(done.status).toBe('failed');
    expect(done.result).toMatchObject({ imported: 0, applied: 0 });
    // Line 10,000 of the file: the header is line 1.
    expect(done.errors).toEqual([
      {
        row: 10_000,
        field: 'email',
        message: 'Line 10000 (data row 9999): email "not-an-email" is not an email address',
      },
    ]);
    expect(done.processed).toBe(10_000);
    expect(await count()).toBe(before);
  }, 120_000);

  it('reports duplicates within the file and emails that exist, unless upserting', async () => {
    await createCandidate(t, recruiter, { name: 'Already Here', email: 'here@example.com', tags: ['old'] });
    const content = `${HEADER}\nA,a@example.com,,,,\nB,A@example.com,,,,\nHere Again,here@example.com,,,new,\n`;
    const failed = await finished((await start(content)).body.id);
    expect(failed.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [3, 'email', 'Line 3 (data row 2): email repeats the email of line 2'],
      [
        4,
        'email',
        'Line 4 (data row 3): email belongs to an existing candidate: Already Here (import with upsert to update them)',
      ],
    ]);
    const upsert = `${HEADER}\nA2,a2@example.com,,,,\nHere Again,here@example.com,,,new,\n`;
    const done = await finished((await start(upsert, '?upsert=true')).body.id);
    expect(done.result).toMatchObject({ imported: 2 });
    expect(await t.dataSource.getRepository(Candidate).findOneByOrFail({ email: 'here@example.com' })).toMatchObject({
      name: 'Here Again',
      tags: ['old', 'new'],
    });
  });

  it('applies the imported candidates to a job, and takes a multipart file too', async () => {
    const job = await openJob(t, await signIn(t, DEMO.manager), 'Imported job');
    const res = await t.http
      .post(`/api/candidates/imports?jobId=${job.id}`)
      .set(recruiter)
      .attach('file', Buffer.from(csv('applied', 3)), 'people.csv');
    expect(res.status).toBe(202);
    const done = await finished(res.body.id);
    expect(done.result).toEqual({ imported: 3, applied: 3, errors: [] });
    const applications = await t.dataSource.getRepository(Application).findBy({ jobId: job.id });
    expect(applications).toHaveLength(3);
    expect(applications.every((a) => (a.screenScore ?? 0) > 0)).toBe(true);
  });

  it('refuses a header without the email column', async () => {
    const done = await finished((await start('name,mail\nA,a@b.co\n')).body.id);
    expect(done.errors[0]).toMatchObject({ row: 1, field: 'email' });
  });
});

describe('npm run -s cli -- import-candidates FILE', () => {
  let database: TestDatabase;
  let dir: string;
  const root = path.resolve(__dirname, '../../..');
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-import-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  const cli = (args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: database.url },
      timeout: 120_000,
    });
  async function candidates(): Promise<number> {
    const dataSource = new DataSource(dataSourceOptions(parseDatabaseUrl(database.url)));
    await dataSource.initialize();
    try {
      return await dataSource.getRepository(Candidate).count();
    } finally {
      await dataSource.destroy();
    }
  }

  it('imports a file, printing progress on stderr and the counts on stdout', async () => {
    const file = path.join(dir, 'good.csv');
    fs.writeFileSync(file, csv('cli', 3));
    const result = cli(['import-candidates', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Imported 3 candidates (0 applications)\n');
    expect(result.stderr).toMatch(/validated 3\/3\nimported 3\/3\n/);
    expect(await candidates()).toBe(3);
  });

  it('prints row-numbered errors and exits 2 with nothing imported', async () => {
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, csv('clibad', 5, 4));
    const result = cli(['import-candidates', file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/Line 5 \(data row 4\): email "not-an-email" is not an email address/);
    expect(result.stderr).toMatch(/Nothing was imported: 1 error/);
    expect(await candidates()).toBe(3);
  });
});
