import { setTimeout as sleep } from 'node:timers/promises';
import { READ_AUDIT_ACTIONS } from '@shortlist/contracts';
import type { Response } from 'supertest';
import { MoreThan } from 'typeorm';
import { AuditEventRow } from '../../src/audit/audit-event.entity';
import { CandidateImport } from '../../src/candidates/candidate-import.entity';
import { ChangeFeed } from '../../src/events/change-feed';
import { stageIdOf } from '../candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from '../harness';
import { type Auth, jobDescriptionText, scratchJob } from '../jobs-fixtures';
import { AuthorizationFixture } from './authorization-fixture';
import { routeCatalog, servedApiRoutes } from './route-catalog';

/**
 * Audit coverage, route by route (docs/ARCHITECTURE.md, "Audit log"): a
 * successful request to a route that changes data writes exactly one event,
 * one that returns candidates' personal data exactly one read event (ids and
 * counts only, announced to no live dashboard), any other read none; a
 * refused or failed request (4xx) writes none, but for a failed sign-in.
 * A route of the API without a row here fails the first test.
 *
 * That the database refuses UPDATE and DELETE of audit rows, and that the
 * chain finds an edited, removed or inserted row, is proved in
 * ../audit.e2e-spec.ts ("the audit log is append-only", "tampering with the
 * audit log"); the last test here only checks that the chain this run built
 * verifies.
 *
 * Columns: the route; `change`, `personal` (a read of personal data) or
 * `read`; the actions one successful request writes (`-` for none).
 */
// prettier-ignore
const TABLE = `
  POST   /api/auth/login                      change     session.signed_in
  POST   /api/auth/logout                     change     session.signed_out
  POST   /api/me/password                     change     user.updated
  GET    /api/me                              read       -
  GET    /api/me/interviews                   personal   interviews.viewed
  GET    /api/events                          read       -
  GET    /api/health                          read       -
  GET    /api/health/ready                    read       -
  GET    /api/users                           read       -
  POST   /api/users                           change     user.created
  GET    /api/users/panel                     read       -
  PATCH  /api/users/:id                       change     user.updated
  POST   /api/job-templates/parse             read       -
  GET    /api/jobs                            read       -
  POST   /api/jobs                            change     job.created
  GET    /api/jobs/:id                        read       -
  PATCH  /api/jobs/:id                        change     job.updated
  GET    /api/jobs/:id/rubric-versions        read       -
  GET    /api/jobs/:id/pipeline               personal   pipeline.viewed
  GET    /api/jobs/:id/pipeline.csv           personal   pipeline.exported
  GET    /api/pipeline/overview               read       -
  POST   /api/jobs/:id/applications           change     application.created
  GET    /api/applications/:id                personal   application.viewed
  POST   /api/applications/:id/moves          change     application.moved
  POST   /api/applications/bulk               change     applications.bulk_updated
  POST   /api/applications/:id/interviewers   change     application.interviewer_assigned
  GET    /api/applications/:id/scorecards     personal   scorecards.viewed
  POST   /api/applications/:id/scorecards     change     scorecard.started
  PUT    /api/scorecards/:id                  change     scorecard.saved
  POST   /api/scorecards/:id/submit           change     scorecard.submitted
  GET    /api/applications/:id/assessment     personal   assessment.viewed
  POST   /api/applications/:id/decision       change     application.decided
  GET    /api/applications/:id/notes          personal   notes.viewed
  POST   /api/applications/:id/notes          change     note.added
  GET    /api/candidates                      personal   candidates.searched
  POST   /api/candidates                      change     candidate.created
  POST   /api/candidates/imports              change     candidates.imported
  GET    /api/candidates/imports/:id          personal   import.viewed
  GET    /api/candidates/retention            personal   candidates.retention_listed
  POST   /api/candidates/erasures             change     candidate.erased
  GET    /api/candidates/:id                  personal   candidate.viewed
  PATCH  /api/candidates/:id                  change     candidate.updated
  DELETE /api/candidates/:id                  change     candidate.erased
  POST   /api/candidates/:id/resume           change     candidate.resume_uploaded
  GET    /api/candidates/:id/export           personal   candidate.exported
  GET    /api/public/jobs/:slug               read       -
  POST   /api/public/jobs/:slug/applications  change     public_application.submitted
  GET    /api/reports/funnel                  read       -
  GET    /api/reports/funnel.csv              read       -
  GET    /api/reports/time-in-stage           personal   report.viewed
  GET    /api/reports/time-in-stage.csv       personal   report.viewed
  GET    /api/reports/red-flags               read       -
  GET    /api/reports/red-flags.csv           read       -
  GET    /api/reports/calibration             read       -
  GET    /api/reports/calibration.csv         read       -
  GET    /api/reports/item-reliability        read       -
  GET    /api/reports/item-reliability.csv    read       -
  GET    /api/reports/sources                 read       -
  GET    /api/reports/sources.csv             read       -
  GET    /api/audit                           read       -
  GET    /api/audit/verify                    read       -
`;

/** Routes that are not GET yet change nothing, so record nothing (the catalog counts every non-GET as mutating). */
const STORES_NOTHING: Record<string, string> = {
  'POST /api/job-templates/parse': 'turns posted text into a template and answers it; nothing is kept',
};

type Kind = 'change' | 'personal' | 'read';
interface Row {
  route: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  kind: Kind;
  actions: string[];
}

const ROWS: Row[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [method, path, kind, actions] = line.trim().split(/\s+/);
    return {
      route: `${method} ${path}`,
      method: method.toLowerCase() as Row['method'],
      path,
      kind: kind as Kind,
      actions: actions === '-' ? [] : actions.split(','),
    };
  });

/** What a request answered, whatever way it was made. */
interface Answer {
  status: number;
  body: unknown;
}
const answer = (res: Response): Answer => ({ status: res.status, body: res.body });
/** The one request whose events are counted. */
type Measured = () => Promise<Answer>;

describe(`audit coverage on ${engine()}: ${ROWS.length} routes`, () => {
  let t: TestApp;
  let f: AuthorizationFixture;
  let base: string;
  let announce: jest.SpyInstance;
  /** Someone of our own whose password this suite changes, so the fixture's callers keep theirs. */
  const changer = { email: 'audit-changer@example.com', password: 'audit-changer-passphrase' };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    f = await new AuthorizationFixture(t).build();
    await t.http
      .post('/api/users')
      .set(f.auth.admin)
      .send({ ...changer, name: 'Audit Changer', role: 'recruiter' })
      .expect(201);
    announce = jest.spyOn(t.app.get(ChangeFeed), 'announce');
  }, 120_000);
  afterAll(() => t?.close());

  const admin = () => f.auth.admin;
  const get = (path: string, auth: Auth = admin()) => t.http.get(path).set(auth);

  /** Waits for a candidate import in the database (polling the API would itself be audited). */
  async function importSettled(id: string): Promise<void> {
    for (let i = 0; i < 400; i += 1) {
      const row = await t.dataSource.getRepository(CandidateImport).findOneByOrFail({ id });
      if (row.status === 'done' || row.status === 'failed') return;
      await sleep(25);
    }
    throw new Error(`import ${id} did not settle`);
  }

  /** A stream: the status only, then the connection is dropped. */
  async function openStream(auth: object): Promise<Answer> {
    const abort = new AbortController();
    const res = await fetch(`${base}/api/events`, {
      headers: { accept: 'text/event-stream', ...auth },
      signal: abort.signal,
    });
    abort.abort();
    return { status: res.status, body: undefined };
  }

  /** One successful request per route, by a caller who may (admin unless said otherwise). */
  /**
   * One successful request per route, by a caller who may (admin unless said
   * otherwise): each entry prepares what it needs (sessions, fresh objects —
   * their events are not the route's) and returns the request to measure.
   */
  const SUCCEED: Record<string, () => Promise<Measured>> = {
    'POST /api/auth/login': async () => async () =>
      answer(await t.http.post('/api/auth/login').send({ email: DEMO.recruiter, password: DEMO.password })),
    'POST /api/auth/logout': async () => {
      const session = await signIn(t, DEMO.recruiter);
      return async () => answer(await t.http.post('/api/auth/logout').set(session));
    },
    'POST /api/me/password': async () => {
      const session = await signIn(t, changer.email, changer.password);
      const next = `${changer.password}-${Date.now()}`;
      return async () => {
        const res = await t.http
          .post('/api/me/password')
          .set(session)
          .send({ currentPassword: changer.password, newPassword: next });
        if (res.status === 204) changer.password = next;
        return answer(res);
      };
    },
    'GET /api/me/interviews': async () => async () => answer(await get('/api/me/interviews', f.auth.interviewer)),
    'GET /api/events': async () => () => openStream(admin()),
    'POST /api/users': async () => async () =>
      answer(
        await t.http
          .post('/api/users')
          .set(admin())
          .send({ email: f.nextEmail('audit-user'), name: 'Audit User', role: 'interviewer' }),
      ),
    'PATCH /api/users/:id': async () => async () =>
      answer(
        await t.http
          .patch(`/api/users/${f.userId.spare}`)
          .set(admin())
          .send({ name: `Ina ${Date.now()}` }),
      ),
    'POST /api/job-templates/parse': async () => async () =>
      answer(await t.http.post('/api/job-templates/parse').set(admin()).send({ text: jobDescriptionText() })),
    'POST /api/jobs': async () => async () =>
      answer(await t.http.post('/api/jobs').set(admin()).send(scratchJob('Audit Job'))),
    'PATCH /api/jobs/:id': async () => {
      const version = await f.jobVersion(f.jobA.id);
      return async () =>
        answer(
          await t.http
            .patch(`/api/jobs/${f.jobA.id}`)
            .set(admin())
            .send({ version, title: `Matrix Job A ${Date.now()}` }),
        );
    },
    'POST /api/jobs/:id/applications': async () => {
      const candidate = await t.http
        .post('/api/candidates')
        .set(admin())
        .send({ name: 'Audit Applicant', email: f.nextEmail('applicant') })
        .expect(201);
      return async () =>
        answer(
          await t.http
            .post(`/api/jobs/${f.jobA.id}/applications`)
            .set(admin())
            .send({ candidateId: candidate.body.id }),
        );
    },
    'POST /api/applications/:id/moves': async () => {
      const id = await f.application('own');
      return async () =>
        answer(
          await t.http
            .post(`/api/applications/${id}/moves`)
            .set(admin())
            .send({ toStageId: stageIdOf(f.jobA, 'Résumé') }),
        );
    },
    'POST /api/applications/bulk': async () => async () =>
      answer(
        await t.http
          .post('/api/applications/bulk')
          .set(admin())
          .send({ applicationIds: [f.appA], action: 'tag', tags: [`audit-${Date.now()}`] }),
      ),
    'POST /api/applications/:id/interviewers': async () => {
      const id = await f.application('own');
      return async () =>
        answer(
          await t.http
            .post(`/api/applications/${id}/interviewers`)
            .set(admin())
            .send({ userId: f.userId.spare, stageId: f.coding(f.jobA) }),
        );
    },
    // Ivan is assigned to every fresh application of job A.
    'POST /api/applications/:id/scorecards': async () => {
      const id = await f.application('own');
      return async () =>
        answer(
          await t.http
            .post(`/api/applications/${id}/scorecards`)
            .set(f.auth.interviewer)
            .send({ stageId: f.coding(f.jobA) }),
        );
    },
    'PUT /api/scorecards/:id': async () => {
      const id = f.draftOnA.admin;
      const body = f.scorecardBody(f.jobA.id, await f.scorecardVersion(id));
      return async () => answer(await t.http.put(`/api/scorecards/${id}`).set(admin()).send(body));
    },
    'POST /api/scorecards/:id/submit': async () => {
      const draft = (await f.freshDraft('admin'))!;
      const version = await f.scorecardVersion(draft.id);
      return async () => answer(await t.http.post(`/api/scorecards/${draft.id}/submit`).set(admin()).send({ version }));
    },
    'POST /api/applications/:id/decision': async () => {
      const id = await f.application('own');
      return async () =>
        answer(
          await t.http
            .post(`/api/applications/${id}/decision`)
            .set(admin())
            .send({ decision: 'reject', reason: 'Audit: not a fit' }),
        );
    },
    'POST /api/applications/:id/notes': async () => async () =>
      answer(await t.http.post(`/api/applications/${f.appA}/notes`).set(admin()).send({ body: 'Audit note' })),
    'POST /api/candidates': async () => async () =>
      answer(
        await t.http
          .post('/api/candidates')
          .set(admin())
          .send({ name: 'Audit Candidate', email: f.nextEmail('candidate') }),
      ),
    // The import's event is written when it finishes, in the background: the measure waits for it.
    'POST /api/candidates/imports': async () => async () => {
      const res = await t.http
        .post('/api/candidates/imports')
        .set(admin())
        .set('content-type', 'text/csv')
        .send(f.csv());
      if (res.status === 202) await importSettled(res.body.id);
      return answer(res);
    },
    'POST /api/candidates/erasures': async () => {
      const id = await f.candidate('own');
      return async () =>
        answer(
          await t.http
            .post('/api/candidates/erasures')
            .set(admin())
            .send({ candidateIds: [id] }),
        );
    },
    'PATCH /api/candidates/:id': async () => {
      const version = await f.candidateVersion(f.candidateA);
      return async () =>
        answer(
          await t.http
            .patch(`/api/candidates/${f.candidateA}`)
            .set(admin())
            .send({ version, tags: [`audit-${Date.now()}`] }),
        );
    },
    'DELETE /api/candidates/:id': async () => {
      const id = await f.candidate('own');
      return async () => answer(await t.http.delete(`/api/candidates/${id}`).set(admin()));
    },
    'POST /api/candidates/:id/resume': async () => async () =>
      answer(
        await t.http
          .post(`/api/candidates/${f.candidateA}/resume`)
          .set(admin())
          .attach('file', Buffer.from(`Knows SQL and Kubernetes. ${Date.now()}`), 'resume.txt'),
      ),
    'POST /api/public/jobs/:slug/applications': async () => async () =>
      answer(
        await t.http
          .post(`/api/public/jobs/${f.jobA.slug}/applications`)
          .field('name', 'Public Applicant')
          .field('email', f.nextEmail('public'))
          .attach('resume', Buffer.from('Knows SQL.'), 'resume.txt'),
      ),
  };

  /** The path with its parameter filled with the fixture's object (job A's side). */
  function filled(row: Row): string {
    if (!row.path.includes(':')) return row.path;
    const target = (() => {
      if (row.path.startsWith('/api/jobs/')) return f.jobA.id;
      if (row.path.startsWith('/api/applications/')) return f.appA;
      if (row.path.startsWith('/api/candidates/imports/')) return f.importBy.admin;
      if (row.path.startsWith('/api/candidates/')) return f.candidateA;
      if (row.path.startsWith('/api/public/jobs/')) return f.jobA.slug;
      throw new Error(`no fixture object for ${row.route}`);
    })();
    return row.path.replace(/:(id|slug)/, target);
  }

  async function succeed(row: Row): Promise<Measured> {
    const custom = SUCCEED[row.route];
    if (custom) return custom();
    if (row.method !== 'get') throw new Error(`${row.route}: a change needs its own request in SUCCEED`);
    const path = row.path.startsWith('/api/reports/') ? `${row.path}?jobId=${f.jobA.id}` : filled(row);
    return async () => answer(await get(path));
  }

  /**
   * A request that fails with a 4xx: an unknown object where the path names
   * one (so the handler runs and finds nothing), a body that fails validation
   * where the route takes one, else no session.
   */
  const FAIL: Record<string, (() => Promise<Measured>) | null> = {
    'POST /api/auth/login': async () => async () =>
      answer(await t.http.post('/api/auth/login').send({ email: DEMO.recruiter, password: 'not-the-password' })),
    'POST /api/me/password': async () => {
      const session = await signIn(t, changer.email, changer.password);
      return async () =>
        answer(
          await t.http
            .post('/api/me/password')
            .set(session)
            .send({ currentPassword: 'not-the-password-here', newPassword: 'an-acceptable-passphrase' }),
        );
    },
    // The blind rule: Ivan has a draft on application A, not submitted, so the service refuses.
    'GET /api/applications/:id/assessment': async () => async () =>
      answer(await get(`/api/applications/${f.appA}/assessment`, f.auth.interviewer)),
    'GET /api/candidates': async () => async () => answer(await get('/api/candidates?limit=0')),
    'GET /api/candidates/retention': async () => async () => answer(await get('/api/candidates/retention?limit=many')),
    'GET /api/reports/time-in-stage': async () => async () =>
      answer(await get('/api/reports/time-in-stage?from=yesterday')),
    'GET /api/reports/time-in-stage.csv': async () => async () =>
      answer(await get('/api/reports/time-in-stage.csv?jobId=not-a-job')),
    'GET /api/health': null,
    'GET /api/health/ready': null,
    'GET /api/public/jobs/:slug': async () => async () => answer(await t.http.get('/api/public/jobs/no-such-posting')),
    'POST /api/public/jobs/:slug/applications': async () => async () =>
      answer(await t.http.post('/api/public/jobs/no-such-posting/applications').field('name', 'Nobody')),
  };

  async function fail(row: Row): Promise<Measured> {
    const custom = FAIL[row.route];
    if (custom) return custom();
    return async () => failGenerically(row);
  }

  async function failGenerically(row: Row): Promise<Answer> {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const documented = routeCatalog(t.app).routes.find(
      (r) => `${r.method.toUpperCase()} ${r.routerPath}` === row.route,
    );
    if (row.path.includes(':id')) {
      const req = t.http[row.method](row.path.replace(':id', unknown)).set(admin());
      return answer(await (row.method === 'get' ? req : req.send({})));
    }
    if (documented?.acceptsBody)
      return answer(
        await t.http[row.method](row.path)
          .set(admin())
          .send({ unexpected: ['x'] }),
      );
    return answer(await t.http[row.method](row.path));
  }

  /** The events a piece of work left, oldest first (and the table holds exactly those more). */
  async function eventsDuring(work: Measured): Promise<{ answer: Answer; events: AuditEventRow[] }> {
    const repo = t.dataSource.getRepository(AuditEventRow);
    const count = await repo.count();
    const head = (await repo.find({ order: { seq: 'DESC' }, take: 1 }))[0]?.seq ?? 0;
    const result = await work();
    const events = await repo.find({ where: { seq: MoreThan(head) }, order: { seq: 'ASC' } });
    expect(await repo.count()).toBe(count + events.length);
    return { answer: result, events };
  }

  it('has a row for every route of the API and no row for a route it does not serve', () => {
    const documented = routeCatalog(t.app).routes.map((r) => `${r.method.toUpperCase()} ${r.routerPath}`);
    expect(ROWS.map((row) => row.route).sort()).toEqual(documented.sort());
    // And the router agrees with the document (a route hidden from it would escape the table otherwise).
    const served = servedApiRoutes(t.app).filter((route) => !/^GET \/api\/docs(?:$|[-/])/.test(route));
    expect(ROWS.map((row) => row.route).sort()).toEqual(served);
  });

  it('classes every route that can change data as a change, unless it stores nothing (and says why)', () => {
    const { routes } = routeCatalog(t.app);
    const misclassed = routes
      .map((r) => ({ route: `${r.method.toUpperCase()} ${r.routerPath}`, mutating: r.mutating }))
      .filter(({ route, mutating }) => {
        const row = ROWS.find((candidate) => candidate.route === route)!;
        if (mutating) return row.kind !== 'change' && !(route in STORES_NOTHING);
        return row.kind === 'change';
      });
    expect(misclassed).toEqual([]);
    const shapes = ROWS.map((row) => ({
      route: row.route,
      actions: row.kind === 'read' ? row.actions.length === 0 : row.actions.length === 1,
      // The export records itself in its own transaction (and always has); every other read through @AuditRead.
      readAction:
        row.kind !== 'personal' || row.route === 'GET /api/candidates/:id/export'
          ? true
          : (READ_AUDIT_ACTIONS as readonly string[]).includes(row.actions[0]),
    }));
    expect(shapes.filter((shape) => !shape.actions || !shape.readAction)).toEqual([]);
  });

  describe('a successful request writes exactly its event', () => {
    for (const row of ROWS) {
      it(`${row.route} → ${row.actions.join(', ') || 'nothing'}`, async () => {
        announce.mockClear();
        const { answer: got, events } = await eventsDuring(await succeed(row));
        expect([row.route, got.status]).toEqual([row.route, expect.any(Number)]);
        expect([row.route, got.status < 300, got.body]).toEqual([row.route, true, got.body]);
        expect(events.map((e) => e.action)).toEqual(row.actions);
        const reads = row.kind === 'personal' ? events : [];
        // Ids and counts only: none of the fixture's candidates' names or addresses; and whose read it was.
        expect(JSON.stringify(reads)).not.toMatch(/Matrix Candidate|Audit Applicant|Public Applicant|@example\.com/);
        expect(reads.filter((event) => event.actorId === null)).toEqual([]);
        // A read is no live change (the export, recorded by its service, is announced as it always was).
        const announcedReads = reads.length && row.actions[0] !== 'candidate.exported' ? announce.mock.calls : [];
        expect(announcedReads).toEqual([]);
      });
    }
  });

  describe('a refused or failed request writes nothing, but for a failed sign-in', () => {
    // The health checks have nothing to refuse.
    for (const row of ROWS.filter((r) => FAIL[r.route] !== null)) {
      const expected = row.route === 'POST /api/auth/login' ? ['session.sign_in_failed'] : [];
      it(`${row.route} → ${expected.join(', ') || 'nothing'}`, async () => {
        const { answer: got, events } = await eventsDuring(await fail(row));
        expect([row.route, got.status >= 400 && got.status < 500, got.status]).toEqual([row.route, true, got.status]);
        expect(events.map((e) => e.action)).toEqual(expected);
      });
    }
  });

  it('writes one event per read when reads come at once, and the chain they make verifies', async () => {
    const repo = t.dataSource.getRepository(AuditEventRow);
    const before = await repo.count();
    const reads = [
      ...Array.from({ length: 8 }, () => get(`/api/candidates/${f.candidateA}`)),
      ...Array.from({ length: 8 }, () => get(`/api/jobs/${f.jobA.id}/pipeline`, f.auth.recruiter)),
      ...Array.from({ length: 4 }, () => get(`/api/applications/${f.appA}/notes`, f.auth.hiring_manager)),
    ];
    const statuses = (await Promise.all(reads)).map((res) => res.status);
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));
    expect((await repo.count()) - before).toBe(20);
    const verified = await get('/api/audit/verify');
    expect(verified.body).toMatchObject({ ok: true, brokenAtSeq: null });
  });
});
