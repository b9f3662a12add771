import type { CandidateImportView, CandidatePage } from '@shortlist/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import { runSeed, seededRandom } from '../../../../test/support/random';
import { AuditEventRow } from '../../src/audit/audit-event.entity';
import { CandidateImport } from '../../src/candidates/candidate-import.entity';
import { Candidate } from '../../src/candidates/candidate.entity';
import { CandidatesService } from '../../src/candidates/candidates.service';
import { DEMO, engine, signIn, startTestApp, type TestApp } from '../harness';
import type { Auth } from '../jobs-fixtures';

/**
 * Issue 8, point 4, aimed at SQLite, whose one connection is shared by every
 * request (see sqlite-serializer.ts), and run on PostgreSQL as well: 200
 * concurrent requests mix bulk imports that
 * fail (a bad row found while validating, or a unique email taken by a single
 * create while the file was being validated, so the write transaction fails
 * after inserting a thousand rows) with single creates and reads. Every
 * acknowledged write must exist afterwards, and no read may ever return a row
 * of an import that failed.
 */
const HEADER = 'name,email,phone,source,tags,resume_text';
const ROWS: Record<ImportKind, number> = { good: 3_000, 'bad-row': 3_000, trap: 8_000 };
/** The trap's row sits in the third batch of 500: two batches are inserted before the write fails. */
const TRAP_ROW = 1_201;
/** The trap is sprung once this many rows are validated (its batch included), leaving 13 batches of margin. */
const TRAP_SPRUNG_AT = 1_500;

type ImportKind = 'good' | 'bad-row' | 'trap';
interface PlannedImport {
  kind: ImportKind;
  prefix: string;
  trapEmail?: string;
  id?: string;
}

/** Names start with "Aaron" so that the default first page of the candidate list would show any leaked row. */
function csv(plan: PlannedImport): string {
  const lines = [HEADER];
  for (let i = 1; i <= ROWS[plan.kind]; i += 1) {
    let email = `${plan.prefix}${i}@isolation.test`;
    if (plan.kind === 'bad-row' && i === ROWS[plan.kind] - 10) email = 'not-an-email';
    if (plan.kind === 'trap' && i === TRAP_ROW) email = plan.trapEmail!;
    lines.push(`"Aaron ${plan.prefix}${i}",${email},+1 555 ${i},referral,backend,"Knows SQL"`);
  }
  return `${lines.join('\n')}\n`;
}

const seed = runSeed();

describe(`isolation on ${engine()}: failing bulk imports among creates and reads (seed ${seed})`, () => {
  const random = seededRandom(seed, 'isolation');
  let t: TestApp;
  let recruiter: Auth;

  beforeAll(async () => {
    t = await startTestApp();
    recruiter = await signIn(t, DEMO.recruiter);
  });
  afterAll(() => t?.close());

  it('keeps every acknowledged write and shows no row of a failed import, across 200 concurrent requests', async () => {
    const imports: PlannedImport[] = (['good', 'good', 'bad-row', 'bad-row', 'trap', 'trap'] as const).map(
      (kind, i) => ({ kind, prefix: `imp${i}-`, ...(kind === 'trap' ? { trapEmail: `trap${i}@isolation.test` } : {}) }),
    );
    const files = new Map(imports.map((plan) => [plan, csv(plan)]));
    const seen: { email: string; total?: number; prefix?: string }[] = [];
    const acknowledged: { id: string; email: string }[] = [];
    const trapsInTime: boolean[] = [];
    const unexpected: string[] = [];
    const expectStatus = (what: string, status: number, wanted: number) => {
      if (status !== wanted) unexpected.push(`${what}: ${status}, expected ${wanted}`);
    };

    const startImport = async (plan: PlannedImport) => {
      const res = await t.http
        .post('/api/candidates/imports')
        .set(recruiter)
        .set('content-type', 'text/csv')
        .send(files.get(plan)!);
      expectStatus(`import ${plan.prefix}`, res.status, 202);
      plan.id = res.body.id;
      if (plan.kind === 'trap') await springTrap(plan);
    };
    /**
     * Takes the trap row's email with a single create once the import has validated past it.
     * Both go to the service and the table directly, not through HTTP: under this mix a
     * request waits seconds for its turn on the connection, long past the validation window.
     */
    const springTrap = async (plan: PlannedImport) => {
      const progress = t.dataSource.getRepository(CandidateImport);
      for (;;) {
        const view = await progress.findOneByOrFail({ id: plan.id });
        if (view.status === 'validating' && view.processed >= TRAP_SPRUNG_AT) break;
        if (view.status !== 'pending' && view.status !== 'validating') {
          throw new Error(`the trap of ${plan.prefix} came too late: the import was already ${view.status}`);
        }
        await sleep(1);
      }
      const created = await t.app.get(CandidatesService).create({ name: 'Trap', email: plan.trapEmail! });
      acknowledged.push({ id: created.id, email: plan.trapEmail! });
      const after = await progress.findOneByOrFail({ id: plan.id });
      trapsInTime.push(after.status === 'validating');
    };
    const createAndReadBack = async (i: number) => {
      const email = `single${i}@isolation.test`;
      const res = await t.http
        .post('/api/candidates')
        .set(recruiter)
        .send({ name: `Single ${i}`, email });
      expectStatus(`create ${email}`, res.status, 201);
      if (res.status !== 201) return;
      acknowledged.push({ id: res.body.id, email });
      const back = await t.http.get(`/api/candidates/${res.body.id}`).set(recruiter);
      expectStatus(`read back ${email}`, back.status, 200);
      if (back.body.email !== email) unexpected.push(`read back ${email}: got ${back.body.email}`);
    };
    const search = async (plan: PlannedImport) => {
      const res = await t.http.get('/api/candidates').query({ q: plan.prefix, limit: 100 }).set(recruiter);
      expectStatus(`search ${plan.prefix}`, res.status, 200);
      const page = res.body as CandidatePage;
      for (const item of page.items) seen.push({ email: item.email, total: page.total, prefix: plan.prefix });
      if (page.items.length === 0) seen.push({ email: '', total: page.total, prefix: plan.prefix });
    };
    const list = async () => {
      const res = await t.http.get('/api/candidates').query({ limit: 100 }).set(recruiter);
      expectStatus('list', res.status, 200);
      for (const item of (res.body as CandidatePage).items) seen.push({ email: item.email });
    };

    // 6 imports + 56 × (create, read back) + 41 searches + 41 list pages = 200 requests,
    // each sent after a seeded delay so that the singles land before, between and during the imports.
    const work: Array<() => Promise<void>> = [
      ...imports.map((plan) => () => startImport(plan)),
      ...Array.from({ length: 56 }, (_, i) => () => createAndReadBack(i)),
      ...Array.from({ length: 41 }, () => {
        const plan = random.pick(imports);
        return () => search(plan);
      }),
      ...Array.from({ length: 41 }, () => () => list()),
    ];
    const delays = work.map((_, i) => (i < imports.length ? random.int(0, 500) : random.int(0, 4_000)));
    await Promise.all(work.map((run, i) => sleep(delays[i]).then(run)));
    const finals = new Map<PlannedImport, CandidateImportView>();
    for (const plan of imports) finals.set(plan, await finished(plan.id!));

    expect(unexpected).toEqual([]);
    // Each trap's create committed while its file was still validating, so its write fails.
    expect(trapsInTime).toEqual([true, true]);

    const repo = t.dataSource.getRepository(Candidate);
    for (const { id, email } of acknowledged) {
      expect(await repo.findOneBy({ id })).toMatchObject({ email });
    }
    const outcomes = await Promise.all(
      imports.map(async (plan) => {
        const view = finals.get(plan)!;
        // All or nothing for readers too: a search saw none of the file, or all of it once it was stored.
        const whole = plan.kind === 'good' ? ROWS.good : 0;
        return {
          prefix: plan.prefix,
          status: view.status,
          stored: await repo
            .createQueryBuilder('c')
            .where('c.email LIKE :p', { p: `${plan.prefix}%` })
            .getCount(),
          rowsRead: seen.filter((s) => s.email.startsWith(plan.prefix)).length,
          partialTotals: seen.filter((s) => s.prefix === plan.prefix && s.total !== 0 && s.total !== whole),
          firstError: view.errors[0] ?? null,
        };
      }),
    );
    const failed = { status: 'failed', stored: 0, rowsRead: 0, partialTotals: [] };
    const expected = {
      good: { status: 'done', stored: ROWS.good, rowsRead: expect.any(Number), partialTotals: [], firstError: null },
      // The header is line 1: data row N is line N + 1.
      'bad-row': { ...failed, firstError: expect.objectContaining({ row: ROWS['bad-row'] - 9 }) },
      trap: {
        ...failed,
        firstError: expect.objectContaining({ message: expect.stringMatching(/nothing was imported/) }),
      },
    };
    expect(outcomes).toEqual(imports.map((plan) => ({ prefix: plan.prefix, ...expected[plan.kind] })));
    // Only the files that were stored left an import event.
    const importEvents = await t.dataSource.getRepository(AuditEventRow).findBy({ action: 'candidates.imported' });
    expect(importEvents.map((e) => e.entityId).sort()).toEqual(
      imports
        .filter((p) => p.kind === 'good')
        .map((p) => p.id)
        .sort(),
    );
    const sqliteChecks =
      engine() === 'sqlite'
        ? [await t.dataSource.query('PRAGMA integrity_check'), await t.dataSource.query('PRAGMA foreign_key_check')]
        : null;
    expect(sqliteChecks).toEqual(engine() === 'sqlite' ? [[{ integrity_check: 'ok' }], []] : null);
  }, 180_000);

  async function finished(id: string): Promise<CandidateImportView> {
    for (let i = 0; i < 1_200; i += 1) {
      const res = await t.http.get(`/api/candidates/imports/${id}`).set(recruiter).expect(200);
      if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
      await sleep(100);
    }
    throw new Error(`import ${id} did not finish`);
  }
});
