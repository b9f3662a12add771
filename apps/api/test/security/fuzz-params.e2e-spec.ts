import fc from 'fast-check';
import { startTestApp, type TestApp } from '../harness';
import { type Parameter, paramCases } from './fuzz-params';
import { FUZZ_PARAM_RUNS, FUZZ_SEED, FuzzRunner, seedFor } from './fuzz-runner';
import { bodyTargets, buildWorld, type BodyTarget, type FuzzWorld, validPathValues } from './fuzz-world';
import { type CatalogRoute, routeCatalog } from './route-catalog';

// Replay: FUZZ_SEED=<seed> [FUZZ_ROUTE='GET /api/jobs/{id}/pipeline'] [FUZZ_CASE=<n>] npx jest <this file> …
const ONLY_ROUTE = process.env.FUZZ_ROUTE;
const ONLY_CASE = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);

describe(`fuzzing path and query parameters (seed ${FUZZ_SEED}, ${FUZZ_PARAM_RUNS} per route)`, () => {
  let t: TestApp;
  let runner: FuzzRunner;
  let routes: CatalogRoute[];
  let world: FuzzWorld;
  let targets: Record<string, BodyTarget>;

  beforeAll(async () => {
    t = await startTestApp();
    const catalog = routeCatalog(t.app);
    routes = catalog.routes;
    runner = new FuzzRunner(t, catalog.document, routes);
    world = await buildWorld(t);
    targets = bodyTargets(world);
  });
  afterAll(async () => {
    runner?.writeStats();
    await t?.close();
  });

  it('fuzzes every route that has a path or query parameter', async () => {
    const withParams = routes.filter((r) => parametersOf(r).length && r.path !== '/api/events');
    expect(withParams.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const route of withParams) {
      const key = `${route.method.toUpperCase()} ${route.path}`;
      if (ONLY_ROUTE && key !== ONLY_ROUTE) continue;
      const target = targets[key];
      const seed = seedFor(route, 'params');
      const cases = fc.sample(
        paramCases(runner.document, route.path, parametersOf(route), validPathValues(world, route.path)),
        {
          seed,
          numRuns: FUZZ_PARAM_RUNS,
        },
      );
      const before = runner.failures.length;
      for (const [run, c] of cases.entries()) {
        if (ONLY_CASE !== undefined && run !== ONLY_CASE) continue;
        const body = target
          ? { kind: 'valid', payload: JSON.stringify(await target.validBody()), contentType: 'application/json' }
          : undefined;
        await runner.exercise(
          route,
          { url: c.url, headers: target?.auth ?? world.auth.admin, body, remoteAddress: runner.nextAddress() },
          {
            seed,
            run,
            writableOn4xx: route.path === '/api/public/jobs/{slug}/applications' ? ['public_application_attempts'] : [],
          },
        );
      }
      if (runner.failures.length > before) failures.push(FuzzRunner.report(runner.failures.slice(before)));
    }
    if (failures.length) throw new Error(`${runner.failures.length} failing cases:\n\n${failures.join('\n\n')}`);
  }, 600_000);
});

function parametersOf(route: CatalogRoute): Parameter[] {
  return ((route.operation.parameters ?? []) as Parameter[]).filter((p) => p.in === 'path' || p.in === 'query');
}
