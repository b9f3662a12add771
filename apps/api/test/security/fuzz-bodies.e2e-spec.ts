import fc from 'fast-check';
import { startTestApp, type TestApp } from '../harness';
import { mutationsOf, type Json } from './fuzz-mutators';
import { FUZZ_BODY_RUNS, FUZZ_SEED, FuzzRunner, seedFor } from './fuzz-runner';
import { sampleOf } from './fuzz-sampler';
import { bodyTargets, buildWorld, type BodyTarget } from './fuzz-world';
import { type CatalogRoute, routeCatalog } from './route-catalog';

// Replay: FUZZ_SEED=<seed> [FUZZ_ROUTE='PUT /api/scorecards/{id}'] [FUZZ_CASE=<n>] npx jest <this file> …
const ONLY_ROUTE = process.env.FUZZ_ROUTE;
const ONLY_CASE = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);

/**
 * Refusals that write by design: a failed sign-in is counted for the throttle
 * and kept in the audit trail; a wrong current password counts as a failed sign-in.
 */
const WRITABLE_ON_4XX: Record<string, readonly string[]> = {
  'POST /api/auth/login': ['login_failures', 'audit_events'],
  'POST /api/me/password': ['login_failures'],
};

describe(`fuzzing JSON bodies from the OpenAPI document (seed ${FUZZ_SEED}, ${FUZZ_BODY_RUNS} per route)`, () => {
  let t: TestApp;
  let runner: FuzzRunner;
  let routes: CatalogRoute[];
  let targets: Record<string, BodyTarget>;

  beforeAll(async () => {
    t = await startTestApp();
    const catalog = routeCatalog(t.app);
    routes = catalog.routes;
    runner = new FuzzRunner(t, catalog.document, routes);
    targets = bodyTargets(await buildWorld(t));
  });
  afterAll(async () => {
    runner?.writeStats();
    await t?.close();
  });

  const jsonRoutes = () => routes.filter((r) => jsonSchemaOf(r) !== undefined);

  it('sees the rows a request writes, and none that a refusal does not', async () => {
    const route = routes.find((r) => keyOf(r) === 'POST /api/candidates')!;
    await runner.watch.before();
    const created = await runner.send(route, {
      url: '/api/candidates',
      headers: targets['POST /api/candidates'].auth,
      body: {
        kind: 'valid',
        payload: JSON.stringify({ name: 'Watch Check', email: 'watch.check@fuzz.example' }),
        contentType: 'application/json',
      },
    });
    expect(created.status).toBe(201);
    expect(await runner.watch.changedTables()).toEqual(expect.arrayContaining(['audit_events', 'candidates']));
    await runner.watch.before();
    const refused = await runner.send(route, {
      url: '/api/candidates',
      headers: targets['POST /api/candidates'].auth,
      body: {
        kind: 'valid',
        payload: JSON.stringify({ name: 'Watch Check', email: 'watch.check@fuzz.example' }),
        contentType: 'application/json',
      },
    });
    expect(refused.status).toBe(409);
    expect(await runner.watch.changedTables()).toEqual([]);
  });

  it('has a valid body and a caller for every route that takes JSON', () => {
    const keys = jsonRoutes().map(keyOf);
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.filter((key) => !targets[key])).toEqual([]);
  });

  // The catalog is read inside beforeAll and jest needs the names up front: the next test keeps the two in step.
  const ROUTE_KEYS = [
    'POST /api/auth/login',
    'POST /api/me/password',
    'POST /api/users',
    'PATCH /api/users/{id}',
    'POST /api/job-templates/parse',
    'POST /api/jobs',
    'PATCH /api/jobs/{id}',
    'POST /api/candidates',
    'PATCH /api/candidates/{id}',
    'POST /api/candidates/erasures',
    'POST /api/jobs/{id}/applications',
    'POST /api/applications/{id}/moves',
    'POST /api/applications/bulk',
    'POST /api/applications/{id}/interviewers',
    'POST /api/applications/{id}/scorecards',
    'PUT /api/scorecards/{id}',
    'POST /api/scorecards/{id}/submit',
    'POST /api/applications/{id}/decision',
    'POST /api/applications/{id}/notes',
  ].filter((key) => !ONLY_ROUTE || key === ONLY_ROUTE);

  it('fuzzes every route that takes JSON (list kept in step with the catalog)', () => {
    if (ONLY_ROUTE) return;
    expect([...ROUTE_KEYS].sort()).toEqual(jsonRoutes().map(keyOf).sort());
  });

  it.each(ROUTE_KEYS)(
    '%s: mutated bodies are refused cleanly or accepted safely',
    async (key) => {
      const route = routes.find((r) => keyOf(r) === key)!;
      const target = targets[key];
      const schema = jsonSchemaOf(route);
      const seed = seedFor(route);
      const cases = fc.sample(
        fc.record({
          fromKnownGood: fc.boolean(),
          sampled: sampleOf(runner.document, schema),
          mutationSeed: fc.integer(),
        }),
        { seed, numRuns: FUZZ_BODY_RUNS },
      );
      const before = runner.failures.length;
      for (const [run, c] of cases.entries()) {
        if (ONLY_CASE !== undefined && run !== ONLY_CASE) continue;
        const base = c.fromKnownGood ? await target.validBody() : (c.sampled as Json);
        const [body] = fc.sample(mutationsOf(base), { seed: c.mutationSeed, numRuns: 1 });
        const answer = await runner.exercise(
          route,
          { url: target.url, headers: target.auth, body, remoteAddress: runner.nextAddress() },
          { seed, run, fromKnownGood: c.fromKnownGood, requestSchema: schema, writableOn4xx: WRITABLE_ON_4XX[key] },
        );
        if (answer.status < 300 && typeof body.payload === 'string')
          target.accepted?.(JSON.parse(body.payload) as Json);
      }
      const failures = runner.failures.slice(before);
      if (failures.length) {
        throw new Error(`${failures.length} failing cases on ${key}:\n\n${FuzzRunner.report(failures)}`);
      }
    },
    240_000,
  );
});

const keyOf = (r: CatalogRoute) => `${r.method.toUpperCase()} ${r.path}`;

function jsonSchemaOf(route: CatalogRoute): unknown {
  const body = route.operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
  return body?.content?.['application/json']?.schema;
}
