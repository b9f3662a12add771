import { DEMO, engine, startTestApp, TestApp } from '../harness';
import { jobDescriptionText, scratchJob } from '../jobs-fixtures';
import { Job } from '../../src/jobs/job.entity';
import { stageIdOf } from '../candidates-fixtures';
import {
  AuthorizationFixture,
  CALLER_EMAIL,
  CALLERS,
  type Caller,
  type SignedInCaller,
  type Which,
} from './authorization-fixture';
import { routeCatalog, servedApiRoutes } from './route-catalog';

/**
 * Every API route × every caller × the caller's own (assigned) object and a
 * foreign one → the status DESIGN.md's permissions promise (where it is
 * silent: what the code and the feature suites established, noted below).
 *
 * A cell is `own/foreign` for a route with an object, one status for a route
 * without; `-` where the caller can have no such object of their own.
 * 401 no session, 403 the role may not, 404 it exists but is not yours to see.
 *
 * Objects (see authorization-fixture.ts): job = job A (own) / job B (another
 * manager's, no assignment); application = application A (assigned to the
 * interviewer, on the manager's job) / application B; scorecard = the
 * caller's own draft on application A / the other interviewer's draft there;
 * candidate = application A's / B's candidate; user = the caller / another
 * user; import = one the caller started / someone else's; posting = an open
 * job's public page / a draft job's. `fresh-…` objects are made anew for each
 * case, so a mutation never disturbs the fixture for the rows after it.
 * Anonymous callers own nothing: they try the interviewer's objects.
 *
 * Where DESIGN is silent: retention is admin + recruiter (data-rights suite),
 * users/panel admin + hiring manager + recruiter (users-panel suite),
 * /me/interviews any signed-in user (hiring managers and admins sit on panels
 * too), imports are readable by every role that may import (not only the
 * starter), and a hiring manager may read, move and assign on any job but
 * edit and decide only on their own (403 there: they may see it).
 */
// prettier-ignore
const MATRIX = `
  route                                       object             anonymous  interviewer  hiring_manager  recruiter  admin
  POST   /api/auth/login                      -                  200        200          200             200        200
  POST   /api/auth/logout                     -                  401        204          204             204        204
  POST   /api/me/password                     -                  401        204          204             204        204
  GET    /api/me                              -                  401        200          200             200        200
  GET    /api/me/interviews                   -                  401        200          200             200        200
  GET    /api/events                          -                  401        200          200             200        200
  GET    /api/health                          -                  200        200          200             200        200
  GET    /api/health/ready                    -                  200        200          200             200        200
  GET    /api/users                           -                  401        403          403             403        200
  POST   /api/users                           -                  401        403          403             403        201
  GET    /api/users/panel                     -                  401        403          200             200        200
  PATCH  /api/users/:id                       user               401/401    403/403      403/403         403/403    200/200
  POST   /api/job-templates/parse             -                  401        403          200             200        200
  GET    /api/jobs                            -                  401        200          200             200        200
  POST   /api/jobs                            -                  401        403          201             403        201
  GET    /api/jobs/:id                        job                401/401    200/404      200/200         200/200    200/200
  PATCH  /api/jobs/:id                        job                401/401    403/403      200/403         403/403    200/200
  GET    /api/jobs/:id/rubric-versions        job                401/401    200/404      200/200         200/200    200/200
  GET    /api/jobs/:id/pipeline               job                401/401    403/403      200/200         200/200    200/200
  GET    /api/jobs/:id/pipeline.csv           job                401/401    403/403      200/200         200/200    200/200
  GET    /api/pipeline/overview               -                  401        403          200             200        200
  POST   /api/jobs/:id/applications           job                401/401    403/403      201/201         201/201    201/201
  GET    /api/applications/:id                application        401/401    200/404      200/200         200/200    200/200
  POST   /api/applications/:id/moves          fresh-application  401/401    403/403      200/200         200/200    200/200
  POST   /api/applications/bulk               application        401/401    403/403      200/200         200/200    200/200
  POST   /api/applications/:id/interviewers   application        401/401    403/403      201/201         201/201    201/201
  GET    /api/applications/:id/scorecards     application        401/401    200/404      200/200         200/200    200/200
  POST   /api/applications/:id/scorecards     application        401/401    201/404      201/403         403/403    201/403
  PUT    /api/scorecards/:id                  scorecard          401/401    200/404      200/404         -/404      200/404
  POST   /api/scorecards/:id/submit           fresh-scorecard    401/401    200/404      200/404         -/404      200/404
  GET    /api/applications/:id/assessment     application        401/401    403/404      200/200         200/200    200/200
  POST   /api/applications/:id/decision       fresh-application  401/401    403/403      201/403         403/403    201/201
  GET    /api/applications/:id/notes          application        401/401    200/404      200/200         200/200    200/200
  POST   /api/applications/:id/notes          application        401/401    201/404      201/201         201/201    201/201
  GET    /api/candidates                      -                  401        403          200             200        200
  POST   /api/candidates                      -                  401        403          201             201        201
  POST   /api/candidates/imports              -                  401        403          202             202        202
  GET    /api/candidates/imports/:id          import             -/401      -/403        200/200         200/200    200/200
  GET    /api/candidates/retention            -                  401        403          403             200        200
  POST   /api/candidates/erasures             fresh-candidate    401/401    403/403      403/403         403/403    200/200
  GET    /api/candidates/:id                  candidate          401/401    403/403      200/200         200/200    200/200
  PATCH  /api/candidates/:id                  candidate          401/401    403/403      200/200         200/200    200/200
  DELETE /api/candidates/:id                  fresh-candidate    401/401    403/403      403/403         403/403    204/204
  POST   /api/candidates/:id/resume           candidate          401/401    403/403      200/200         200/200    200/200
  GET    /api/candidates/:id/export           candidate          401/401    403/403      403/403         200/200    200/200
  GET    /api/public/jobs/:slug               posting            200/404    200/404      200/404         200/404    200/404
  POST   /api/public/jobs/:slug/applications  posting            201/404    201/404      201/404         201/404    201/404
  GET    /api/reports/funnel                  job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/funnel.csv              job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/time-in-stage           job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/time-in-stage.csv       job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/red-flags               job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/red-flags.csv           job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/calibration             job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/calibration.csv         job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/item-reliability        job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/item-reliability.csv    job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/sources                 job                401/401    403/403      200/200         200/200    200/200
  GET    /api/reports/sources.csv             job                401/401    403/403      200/200         200/200    200/200
  GET    /api/audit                           -                  401        403          403             403        200
  GET    /api/audit/verify                    -                  401        403          403             403        200
`;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type ObjectKind =
  | 'user'
  | 'job'
  | 'application'
  | 'fresh-application'
  | 'scorecard'
  | 'fresh-scorecard'
  | 'candidate'
  | 'fresh-candidate'
  | 'import'
  | 'posting';
/** A status, or undefined where the caller can have no such object of their own. */
type Expected = number | undefined;

interface Row {
  /** `METHOD /api/path/:param`, as servedApiRoutes() writes it. */
  route: string;
  method: Method;
  path: string;
  object: ObjectKind | null;
  expected: Record<Caller, { own: Expected; foreign: Expected } | Expected>;
}

function parseMatrix(text: string): Row[] {
  const [header, ...lines] = text.trim().split('\n');
  const callers = header.trim().split(/\s+/).slice(2);
  if (callers.join() !== CALLERS.join()) throw new Error(`matrix header names ${callers.join()}`);
  const status = (cell: string): Expected => (cell === '-' ? undefined : Number(cell));
  return lines.map((line) => {
    const [method, path, object, ...cells] = line.trim().split(/\s+/);
    if (cells.length !== CALLERS.length) throw new Error(`matrix row ${method} ${path} has ${cells.length} cells`);
    const expected = Object.fromEntries(
      CALLERS.map((caller, i) => {
        const [own, foreign] = cells[i].split('/');
        if ((object === '-') !== (foreign === undefined)) throw new Error(`${method} ${path}: ${cells[i]}`);
        return [caller, foreign === undefined ? status(own) : { own: status(own), foreign: status(foreign) }];
      }),
    ) as Row['expected'];
    return {
      route: `${method} ${path}`,
      method: method.toLowerCase() as Method,
      path,
      object: object === '-' ? null : (object as ObjectKind),
      expected,
    };
  });
}

const ROWS = parseMatrix(MATRIX);
const CASES = ROWS.reduce(
  (sum, row) =>
    sum +
    CALLERS.reduce((n, caller) => {
      const cell = row.expected[caller];
      if (typeof cell === 'object') return n + (cell.own === undefined ? 0 : 1) + (cell.foreign === undefined ? 0 : 1);
      return n + 1;
    }, 0),
  0,
);
const WITH_OBJECT = ROWS.filter((row) => row.object).length;

/** Keys an interviewer may not receive before submitting their own scorecard (the stored score and the assessment). */
const BLIND_KEYS = new Set(['score', 'coverage', 'gates', 'proposal', 'redFlagCount', 'overall', 'categories']);

interface Answer {
  status: number;
  body: unknown;
  contentType: string;
}

interface Case {
  caller: Caller;
  which: Which | null;
  /** The path with its parameter filled in. */
  path: string;
  /** The object's id (a slug for a posting). */
  target: string | undefined;
}

describe(`authorization matrix on ${engine()}: ${ROWS.length} routes (${WITH_OBJECT} with an own/foreign object) × ${CALLERS.length} callers = ${CASES} cases`, () => {
  let t: TestApp;
  let f: AuthorizationFixture;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    f = await new AuthorizationFixture(t).build();
  }, 60_000);
  afterAll(() => t?.close());

  const authOf = (caller: Caller) => (caller === 'anonymous' ? {} : f.auth[caller]);
  /** Whose objects a caller tries: anonymous callers own nothing and try the interviewer's. */
  const ownerOf = (caller: Caller): SignedInCaller => (caller === 'anonymous' ? 'interviewer' : caller);

  async function targetOf(kind: ObjectKind, caller: Caller, which: Which): Promise<string | undefined> {
    const owner = ownerOf(caller);
    switch (kind) {
      case 'user':
        return which === 'own' ? f.userId[owner] : f.userId.spare;
      case 'job':
        return f.job(which).id;
      case 'application':
        return which === 'own' ? f.appA : f.appB;
      case 'fresh-application':
        return f.application(which);
      case 'scorecard':
        return which === 'foreign' ? f.draftOnA.iris : owner === 'recruiter' ? undefined : f.draftOnA[owner];
      case 'fresh-scorecard':
        return which === 'foreign' ? f.draftOnA.iris : (await f.freshDraft(owner))?.id;
      case 'candidate':
        return which === 'own' ? f.candidateA : f.candidateB;
      case 'fresh-candidate':
        return f.candidate(which);
      case 'import':
        if (which === 'foreign') return owner === 'admin' ? f.importBy.recruiter : f.importBy.admin;
        return owner === 'interviewer' ? undefined : f.importBy[owner];
      case 'posting':
        return which === 'own' ? f.jobA.slug : f.jobC.slug;
    }
  }

  const send = (c: Case, method: Method, path = c.path) => t.http[method](path).set(authOf(c.caller));
  const answer = (res: { status: number; body: unknown; headers: Record<string, string> }): Answer => ({
    status: res.status,
    body: res.body,
    contentType: String(res.headers['content-type'] ?? ''),
  });
  const jobOf = (c: Case) => f.job(c.which ?? 'own');

  /** How to call a route with a body that passes validation, so the status says who may, not what is valid. */
  const CALLS: Record<string, (c: Case) => Promise<Answer>> = {
    'POST /api/auth/login': async (c) =>
      answer(
        await send(c, 'post').send({ email: CALLER_EMAIL[ownerOf(c.caller)], password: f.password[ownerOf(c.caller)] }),
      ),
    // A session of its own, so the caller's session lives on for the rows after.
    'POST /api/auth/logout': async (c) => {
      const auth = c.caller === 'anonymous' ? {} : await f.signIn(c.caller);
      return answer(await t.http.post(c.path).set(auth));
    },
    // From a session of its own, which goes on while the caller's other sessions end: the fixture signs in again.
    'POST /api/me/password': async (c) => {
      const next = `matrix-${c.caller}-passphrase-${Date.now()}`;
      if (c.caller === 'anonymous') {
        return answer(await send(c, 'post').send({ currentPassword: DEMO.password, newPassword: next }));
      }
      const session = await f.signIn(c.caller);
      const res = await t.http
        .post(c.path)
        .set(session)
        .send({ currentPassword: f.password[c.caller], newPassword: next });
      if (res.status === 204) {
        f.password[c.caller] = next;
        f.auth[c.caller] = await f.signIn(c.caller);
      }
      return answer(res);
    },
    // A stream: the status and headers only, then the connection is dropped.
    'GET /api/events': async (c) => {
      const abort = new AbortController();
      const res = await fetch(`${base}${c.path}`, {
        headers: { accept: 'text/event-stream', ...authOf(c.caller) },
        signal: abort.signal,
      });
      const contentType = res.headers.get('content-type') ?? '';
      const body = contentType.includes('json') ? await res.json() : undefined;
      abort.abort();
      return { status: res.status, body, contentType };
    },
    'POST /api/users': async (c) =>
      answer(await send(c, 'post').send({ email: f.nextEmail('user'), name: 'Matrix User', role: 'interviewer' })),
    'PATCH /api/users/:id': async (c) => answer(await send(c, 'patch').send({ active: true })),
    'POST /api/job-templates/parse': async (c) => answer(await send(c, 'post').send({ text: jobDescriptionText() })),
    'POST /api/jobs': async (c) => answer(await send(c, 'post').send(scratchJob('Matrix New Job'))),
    'PATCH /api/jobs/:id': async (c) => {
      const job = await t.dataSource.getRepository(Job).findOneByOrFail({ id: c.target });
      return answer(await send(c, 'patch').send({ version: job.version, title: job.title }));
    },
    'POST /api/jobs/:id/applications': async (c) => {
      const candidate = await t.http
        .post('/api/candidates')
        .set(f.auth.recruiter)
        .send({ name: 'Matrix Applicant', email: f.nextEmail('applicant') })
        .expect(201);
      return answer(await send(c, 'post').send({ candidateId: candidate.body.id }));
    },
    'POST /api/applications/:id/moves': async (c) =>
      answer(await send(c, 'post').send({ toStageId: stageIdOf(jobOf(c), 'Résumé') })),
    'POST /api/applications/bulk': async (c) =>
      answer(await send(c, 'post').send({ applicationIds: [c.target], action: 'tag', tags: ['matrix'] })),
    'POST /api/applications/:id/interviewers': async (c) =>
      answer(await send(c, 'post').send({ userId: f.userId.spare, stageId: f.coding(jobOf(c)) })),
    'POST /api/applications/:id/scorecards': async (c) =>
      answer(await send(c, 'post').send({ stageId: f.coding(jobOf(c)) })),
    // Every scorecard of the fixture is on job A; the version is the card's current one, so only access can refuse.
    'PUT /api/scorecards/:id': async (c) =>
      answer(await send(c, 'put').send(f.scorecardBody(f.jobA.id, await f.scorecardVersion(c.target!)))),
    'POST /api/scorecards/:id/submit': async (c) =>
      answer(await send(c, 'post').send({ version: await f.scorecardVersion(c.target!) })),
    'POST /api/applications/:id/decision': async (c) =>
      answer(await send(c, 'post').send({ decision: 'reject', reason: 'Matrix: not a fit' })),
    'POST /api/applications/:id/notes': async (c) => answer(await send(c, 'post').send({ body: 'Matrix note' })),
    'POST /api/candidates': async (c) =>
      answer(await send(c, 'post').send({ name: 'Matrix Candidate', email: f.nextEmail('candidate') })),
    'POST /api/candidates/imports': async (c) => {
      const res = answer(await send(c, 'post').set('content-type', 'text/csv').send(f.csv()));
      if (res.status === 202) await f.importFinished((res.body as { id: string }).id);
      return res;
    },
    'POST /api/candidates/erasures': async (c) => answer(await send(c, 'post').send({ candidateIds: [c.target] })),
    'PATCH /api/candidates/:id': async (c) =>
      answer(await send(c, 'patch').send({ version: await f.candidateVersion(c.target!) })),
    'POST /api/candidates/:id/resume': async (c) =>
      answer(await send(c, 'post').attach('file', Buffer.from('Knows SQL and Kubernetes.'), 'resume.txt')),
    'POST /api/public/jobs/:slug/applications': async (c) =>
      answer(
        await send(c, 'post')
          .field('name', 'Public Applicant')
          .field('email', f.nextEmail('public'))
          .attach('resume', Buffer.from('Knows SQL.'), 'resume.txt'),
      ),
  };

  async function call(row: Row, c: Case): Promise<Answer> {
    const custom = CALLS[row.route];
    if (custom) return custom(c);
    // Reports take the job as a filter; everything else reads its object from the path.
    const path = row.route.startsWith('GET /api/reports/') && c.target ? `${c.path}?jobId=${c.target}` : c.path;
    return answer(await send(c, row.method, path));
  }

  /** Where an interviewer's answer shows what the blind rule hides: the score, or another interviewer's feedback. */
  function blindLeaks(body: unknown, at = ''): string[] {
    if (Array.isArray(body)) return body.flatMap((item, i) => blindLeaks(item, `${at}[${i}]`));
    if (body === null || typeof body !== 'object') return [];
    const others = new Set([f.userId.iris, f.userId.spare]);
    return Object.entries(body).flatMap(([key, value]) => {
      const path = at ? `${at}.${key}` : key;
      if (BLIND_KEYS.has(key)) return [path];
      if ((key === 'interviewerId' || key === 'authorId') && others.has(value as string)) return [`${path}=${value}`];
      return blindLeaks(value, path);
    });
  }

  describe('covers the router', () => {
    it('has a row for every route Fastify serves under /api (the docs aside), and no row for a route it does not', () => {
      const served = servedApiRoutes(t.app).filter((route) => !/^GET \/api\/docs(?:$|[-/])/.test(route));
      expect(ROWS.map((row) => row.route).sort()).toEqual(served);
      const documented = routeCatalog(t.app).routes.map((r) => `${r.method.toUpperCase()} ${r.routerPath}`);
      expect(ROWS.map((row) => row.route).sort()).toEqual(documented.sort());
    });
  });

  describe('answers each caller as the table says', () => {
    for (const row of ROWS) {
      it(row.route, async () => {
        const mismatches: string[] = [];
        for (const caller of CALLERS) {
          const cell = row.expected[caller];
          const cases: [Which | null, Expected][] =
            typeof cell === 'object'
              ? [
                  ['own', cell.own],
                  ['foreign', cell.foreign],
                ]
              : [[null, cell]];
          for (const [which, expected] of cases) {
            const target = row.object && which ? await targetOf(row.object, caller, which) : undefined;
            const label = `${caller}${which ? ` ${which}` : ''}`;
            if (row.object && which && (target === undefined) !== (expected === undefined)) {
              mismatches.push(`${label}: the table and the fixture disagree on whether such an object exists`);
              continue;
            }
            if (expected === undefined) continue;
            const path = target ? row.path.replace(/:(id|slug)/, target) : row.path;
            const got = await call(row, { caller, which, path, target });
            if (got.status !== expected) {
              mismatches.push(`${label}: expected ${expected}, got ${got.status} ${JSON.stringify(got.body)}`);
            }
            if (got.status >= 400 && !/^application\/problem\+json/.test(got.contentType)) {
              mismatches.push(`${label}: ${got.status} answered as ${got.contentType}, not problem details`);
            }
            if (caller === 'interviewer' && got.status < 300) {
              const leaks = blindLeaks(got.body);
              if (leaks.length) mismatches.push(`${label}: shown before submitting: ${leaks.join(', ')}`);
            }
          }
        }
        expect(mismatches).toEqual([]);
      });
    }
  });

  describe('checks the session and the role before it reads the request', () => {
    const malformed = (row: Row) => {
      const path = row.path.replace(/:(id|slug)/, 'not-an-id');
      return row.method === 'get' ? `${path}?jobId=not-an-id&limit=many&from=yesterday` : path;
    };
    /** Whether every case of this caller on the row expects `status`. */
    const always = (row: Row, caller: Caller, status: number) => {
      const cell = row.expected[caller];
      return typeof cell === 'object'
        ? [cell.own, cell.foreign].every((s) => s === undefined || s === status)
        : cell === status;
    };
    // The stream is left out: were it to answer 200, the request would never end.
    const guarded = ROWS.filter((row) => always(row, 'anonymous', 401) && row.route !== 'GET /api/events');

    it('answers 401 to an anonymous request with a malformed id, query and body on every guarded route', async () => {
      const answers: string[] = [];
      for (const row of guarded) {
        const res = await t.http[row.method](malformed(row)).send({ unexpected: ['x'] });
        if (res.status !== 401) answers.push(`${row.route}: ${res.status} ${res.body?.code}`);
      }
      expect(answers).toEqual([]);
    });

    it('answers 403 to an interviewer with a malformed request on every route their role may not use', async () => {
      const refused = ROWS.filter((row) => always(row, 'interviewer', 403));
      const answers: string[] = [];
      for (const row of refused) {
        const res = await t.http[row.method](malformed(row))
          .set(f.auth.interviewer)
          .send({ unexpected: ['x'] });
        if (res.status !== 403) answers.push(`${row.route}: ${res.status} ${res.body?.code}`);
      }
      expect(refused.length).toBeGreaterThan(30);
      expect(answers).toEqual([]);
    });
  });
});
