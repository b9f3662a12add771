import { AccessAudit } from '../src/auth/access-audit';
import { User } from '../src/users/user.entity';
import { DEMO, signIn, startTestApp, TestApp } from './harness';

describe('the API manners', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '65536' });
  });
  afterAll(() => t.close());

  const login = () => t.http.post('/api/auth/login').set('content-type', 'application/json');

  it('answers health and readiness without a session', async () => {
    await t.http.get('/api/health').expect(200, { status: 'ok' });
    const ready = await t.http.get('/api/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', database: process.env.TEST_DB_ENGINE ?? 'sqlite' });
  });

  it('sends security headers and a request id on every answer', async () => {
    const res = await t.http.get('/api/health').set('X-Request-Id', 'trace-123');
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    const hostile = await t.http.get('/api/health').set('X-Request-Id', 'bad id; drop');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['malformed JSON', '{"email": "a@b.c",', 400, 'MALFORMED_REQUEST'],
    ['an empty JSON body', '', 400, 'MALFORMED_REQUEST'],
    ['a JSON array', '[1,2,3]', 400, 'VALIDATION_FAILED'],
    ['a __proto__ key', '{"email":"a@b.co","password":"x","__proto__":{"role":"admin"}}', 400, 'MALFORMED_REQUEST'],
    [
      'a constructor.prototype key',
      '{"email":"a@b.co","password":"x","constructor":{"prototype":{"x":1}}}',
      400,
      'MALFORMED_REQUEST',
    ],
    ['a lone surrogate in the email', '{"email":"a\\ud800@b.co","password":"x"}', 400, 'VALIDATION_FAILED'],
    ['6,000-deep nesting', `{"email":${'['.repeat(6000)}${']'.repeat(6000)},"password":"x"}`, 400, 'VALIDATION_FAILED'],
    [
      'a body over the size limit',
      JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(70_000) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])('answers %s with problem details, never a 500', async (_, body, status, code) => {
    const res = await login().send(body);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code, instance: '/api/auth/login' });
    expect(res.body.type).toMatch(/^https:\/\//);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts):\d+|node_modules|SELECT/);
  });

  it('answers a wrong content type with 415', async () => {
    const res = await login().set('content-type', 'text/plain').send('email=a');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers unknown API routes with a 404 problem', async () => {
    const res = await t.http.get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', detail: 'No such route' });
  });

  it('maps a unique violation that slips past the service to 409', async () => {
    const admin = await signIn(t, DEMO.admin);
    // Two concurrent creates of one email: the service check races, the unique index decides.
    const attempts = await Promise.all(
      [1, 2, 3].map(() =>
        t.http.post('/api/users').set(admin).send({ email: 'race@example.com', name: 'Race', role: 'recruiter' }),
      ),
    );
    const statuses = attempts.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409]);
    expect(await t.dataSource.getRepository(User).countBy({ email: 'race@example.com' })).toBe(1);
  });

  it('publishes the OpenAPI document with every route', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths).sort()).toEqual(
      [
        '/api/auth/login',
        '/api/auth/logout',
        '/api/health',
        '/api/health/ready',
        '/api/job-templates/parse',
        '/api/jobs',
        '/api/jobs/{id}',
        '/api/jobs/{id}/rubric-versions',
        '/api/jobs/{id}/applications',
        '/api/jobs/{id}/pipeline',
        '/api/jobs/{id}/pipeline.csv',
        '/api/pipeline/overview',
        '/api/reports/funnel',
        '/api/reports/funnel.csv',
        '/api/reports/time-in-stage',
        '/api/reports/time-in-stage.csv',
        '/api/reports/red-flags',
        '/api/reports/red-flags.csv',
        '/api/reports/calibration',
        '/api/reports/calibration.csv',
        '/api/reports/item-reliability',
        '/api/reports/item-reliability.csv',
        '/api/reports/sources',
        '/api/reports/sources.csv',
        '/api/applications/{id}',
        '/api/applications/{id}/moves',
        '/api/applications/bulk',
        '/api/applications/{id}/interviewers',
        '/api/applications/{id}/scorecards',
        '/api/applications/{id}/assessment',
        '/api/applications/{id}/decision',
        '/api/applications/{id}/notes',
        '/api/scorecards/{id}',
        '/api/scorecards/{id}/submit',
        '/api/me/interviews',
        '/api/me/password',
        '/api/candidates',
        '/api/candidates/{id}',
        '/api/candidates/{id}/resume',
        '/api/candidates/{id}/export',
        '/api/candidates/retention',
        '/api/candidates/erasures',
        '/api/candidates/imports',
        '/api/candidates/imports/{id}',
        '/api/public/jobs/{slug}',
        '/api/public/jobs/{slug}/applications',
        '/api/me',
        '/api/events',
        '/api/users',
        '/api/users/{id}',
        '/api/users/panel',
        '/api/audit',
        '/api/audit/verify',
      ].sort(),
    );
    await t.http.get('/api/docs').expect(200);
  });

  it('declares access on every route (deny by default)', () => {
    expect(t.app.get(AccessAudit).undeclaredRoutes()).toEqual([]);
  });

  it('turns API docs off when configured', async () => {
    const closed = await startTestApp({ API_DOCS: 'false' });
    try {
      await closed.http.get('/api/docs-json').expect(404);
    } finally {
      await closed.close();
    }
  });
});
