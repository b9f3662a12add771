import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestApp, type TestApp } from '../harness';
import { SseClient } from '../sse-client';
import { leaksIn } from './fuzz-runner';
import { DocumentChecker } from './openapi-checker';
import { buildWorld, validPathValues, type FuzzWorld } from './fuzz-world';
import { type CatalogRoute, routeCatalog } from './route-catalog';

type Headers = Record<string, string | string[] | number | undefined>;

/** The headers every answer carries, API or dashboard, success or error. */
function missingSecurityHeaders(headers: Headers): string[] {
  const h = (name: string) => String(headers[name] ?? '');
  const csp = h('content-security-policy');
  const expectations: Array<[string, boolean]> = [
    ["content-security-policy default-src 'self'", /default-src 'self'/.test(csp)],
    ["content-security-policy frame-ancestors 'none'", /frame-ancestors 'none'/.test(csp)],
    ["content-security-policy object-src 'none'", /object-src 'none'/.test(csp)],
    ['content-security-policy without unsafe-eval', !/unsafe-eval/.test(csp)],
    ['x-content-type-options: nosniff', h('x-content-type-options') === 'nosniff'],
    ['x-frame-options: DENY', h('x-frame-options') === 'DENY'],
    ['referrer-policy: no-referrer', h('referrer-policy') === 'no-referrer'],
    [
      'strict-transport-security max-age ≥ 1 year',
      Number(/max-age=(\d+)/.exec(h('strict-transport-security'))?.[1]) >= 31_536_000,
    ],
    ['cross-origin-opener-policy: same-origin', h('cross-origin-opener-policy') === 'same-origin'],
    ['cross-origin-resource-policy: same-origin', h('cross-origin-resource-policy') === 'same-origin'],
    ['x-permitted-cross-domain-policies: none', h('x-permitted-cross-domain-policies') === 'none'],
    ['no x-powered-by', headers['x-powered-by'] === undefined],
    ['no server version', !/\d/.test(h('server'))],
  ];
  return expectations.filter(([, ok]) => !ok).map(([what]) => what);
}

describe('security headers, caching and error bodies', () => {
  let t: TestApp;
  let world: FuzzWorld;
  let routes: CatalogRoute[];

  beforeAll(async () => {
    t = await startTestApp();
    routes = routeCatalog(t.app).routes;
    world = await buildWorld(t);
  });
  afterAll(() => t?.close());

  const inject = (method: string, url: string, extra: { headers?: Record<string, string>; payload?: string } = {}) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: { ...world.auth.admin, ...extra.headers },
      payload: extra.payload,
    });

  it('every GET route answers as documented, with the security headers and cache-control: no-store', async () => {
    const checker = new DocumentChecker(routeCatalog(t.app).document);
    const problems: string[] = [];
    const gets = routes.filter((r) => r.method === 'get' && r.path !== '/api/events');
    expect(gets.length).toBeGreaterThan(30);
    for (const route of gets) {
      const values = validPathValues(world, route.path);
      const url = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name]);
      const res = await inject('GET', url);
      if (res.statusCode >= 400) problems.push(`GET ${url} answered ${res.statusCode}: ${res.payload.slice(0, 200)}`);
      const mismatch = checker.check(route, {
        status: res.statusCode,
        contentType: String(res.headers['content-type'] ?? ''),
        body: res.payload,
      });
      if (mismatch) problems.push(`GET ${route.path}: ${mismatch}`);
      const missing = missingSecurityHeaders(res.headers);
      if (missing.length) problems.push(`GET ${route.path}: missing ${missing.join(', ')}`);
      if (!/\bno-store\b/.test(String(res.headers['cache-control']))) {
        problems.push(`GET ${route.path}: cache-control is ${String(res.headers['cache-control'])}, not no-store`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('error answers of every kind carry the headers, no-store, and no internals', async () => {
    const cases: Array<[string, string, { headers?: Record<string, string>; payload?: string }?]> = [
      ['GET', '/api/no-such-route'],
      ['GET', '/api/jobs/not-a-uuid'],
      ['GET', '/api/jobs/6a1e6f0e-3c9b-4c47-9a55-0c5d1f0e9b21'],
      ['GET', `/api/jobs/${'x'.repeat(300)}`],
      ['GET', '/api/jobs/%E0%A4%A'],
      ['GET', '/api/candidates?limit=abc'],
      ['DELETE', '/api/jobs'],
      ['POST', '/api/candidates', { headers: { 'content-type': 'application/json' }, payload: '{"name":' }],
      ['POST', '/api/candidates', { headers: { 'content-type': 'text/plain' }, payload: 'hello' }],
      [
        'POST',
        '/api/candidates',
        { headers: { 'content-type': 'application/json' }, payload: `{"name":"${'x'.repeat(1_100_000)}"}` },
      ],
      [
        'POST',
        '/api/candidates',
        { headers: { 'content-type': 'application/json' }, payload: '['.repeat(6000) + ']'.repeat(6000) },
      ],
      [
        'POST',
        '/api/candidates',
        { headers: { 'content-type': 'application/json' }, payload: '{"__proto__":{"x":1}}' },
      ],
      ['GET', '/api/me', { headers: { authorization: 'Bearer not-a-session' } }],
      ['GET', '/api/audit', { headers: { authorization: `Bearer ${'x'.repeat(5000)}` } }],
    ];
    const problems: string[] = [];
    for (const [method, url, extra] of cases) {
      const res = await inject(method, url, extra);
      const label = `${method} ${url.slice(0, 60)} → ${res.statusCode}`;
      if (res.statusCode < 400 || res.statusCode >= 500) problems.push(`${label}: expected a 4xx`);
      if (!String(res.headers['content-type']).startsWith('application/problem+json'))
        problems.push(`${label}: not problem details`);
      const missing = missingSecurityHeaders(res.headers);
      if (missing.length) problems.push(`${label}: missing ${missing.join(', ')}`);
      if (!/\bno-store\b/.test(String(res.headers['cache-control']))) problems.push(`${label}: not no-store`);
      const leaks = leaksIn(res.payload, url + (extra?.payload ?? ''));
      if (leaks.length) problems.push(`${label}: leaks ${leaks.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('the live-changes stream carries the headers and no-store', async () => {
    await t.app.listen(0, '127.0.0.1');
    const base = await t.app.getUrl();
    const stream = await SseClient.open(`${base.replace('[::1]', '127.0.0.1')}/api/events`, world.auth.admin);
    try {
      expect(stream.response.status).toBe(200);
      const headers = Object.fromEntries(stream.response.headers.entries());
      expect(headers['content-type']).toMatch(/^text\/event-stream/);
      expect(missingSecurityHeaders(headers)).toEqual([]);
      expect(headers['cache-control']).toMatch(/\bno-store\b/);
    } finally {
      stream.close();
    }
  });
});

describe('the built dashboard', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><title>Shortlist</title><script type="module" src="/assets/app-1a2b.js"></script>',
    );
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log("shortlist")');
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it.each(['/', '/jobs/123', '/assets/app-1a2b.js', '/assets/missing.js'])(
    '%s carries the security headers',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url });
      // A missing file falls back to index.html like any client-side route; either way the headers are there.
      expect(res.statusCode).toBe(200);
      expect(missingSecurityHeaders(res.headers)).toEqual([]);
    },
  );
});

describe('API documentation', () => {
  const docs = ['/api/docs', '/api/docs-json', '/api/docs-yaml'];

  it('is off in production mode', async () => {
    const t = await startTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
    try {
      for (const url of docs) {
        const res = await t.app.inject({ method: 'GET', url });
        expect([url, res.statusCode]).toEqual([url, 404]);
      }
    } finally {
      await t.close();
    }
  });

  it('is served outside production, and in production only when API_DOCS=true', async () => {
    const variants: Array<Record<string, string>> = [
      {},
      { NODE_ENV: 'production', API_DOCS: 'true', LOG_LEVEL: 'silent' },
    ];
    for (const overrides of variants) {
      const t = await startTestApp(overrides);
      try {
        const res = await t.app.inject({ method: 'GET', url: '/api/docs-json' });
        expect([overrides, res.statusCode]).toEqual([overrides, 200]);
        expect(res.json().components.schemas.ProblemDetails).toBeDefined();
      } finally {
        await t.close();
      }
    }
  });
});
