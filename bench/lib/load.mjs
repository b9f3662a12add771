// Load with autocannon, and the side-by-side discipline: the API and its
// baseline are measured alternately in the same run (B A B A after a warm-up
// of each), and each figure is the median of its takes.
import autocannon from 'autocannon';

export const CONNECTIONS = 10;

export const median = (values) => {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * One autocannon run. `requests` (autocannon's request sequence) or a
 * `path`; `count(status, context)` may be given to count completed units of
 * work (e.g. whole submission flows) instead of 2xx responses.
 */
export async function load({ url, path = '/', headers = {}, method = 'GET', body, requests, duration, onStart }) {
  const instance = autocannon({
    url: `${url}${path}`,
    connections: CONNECTIONS,
    duration,
    method,
    headers,
    body,
    requests,
    // Slow answers are measured, not dropped: a board at 50,000 may take seconds under 10 connections.
    timeout: 120,
  });
  onStart?.(instance);
  const result = await instance;
  return {
    duration: result.duration,
    requests: result.requests.total,
    ok: result['2xx'],
    rps: result['2xx'] / result.duration,
    // No answer inside the run: no latency to report (autocannon would say 0).
    p50: result['2xx'] > 0 ? result.latency.p50 : null,
    p99: result['2xx'] > 0 ? result.latency.p99 : null,
    mean: result['2xx'] > 0 ? result.latency.average : null,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Warm-up of each side, then `takes` rounds of baseline-then-API. `run(side,
 * seconds)` performs one measurement and resolves to a load() result;
 * `settle()` waits until both servers are idle again.
 */
export async function sideBySide({ run, warmup, duration, takes, sides = ['baseline', 'api'], settle, log }) {
  const results = Object.fromEntries(sides.map((side) => [side, []]));
  for (const side of sides) {
    if (warmup > 0) await run(side, warmup, { warmup: true });
    await settle?.();
  }
  for (let take = 0; take < takes; take += 1) {
    for (const side of sides) {
      const result = await run(side, duration, { warmup: false });
      // Requests still in flight when a run ends must not overlap the other side's run.
      await settle?.();
      results[side].push(result);
      log?.(
        `    ${side.padEnd(8)} take ${take + 1}: ${result.rps.toFixed(1)}/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`,
      );
    }
  }
  const summary = (list) => ({
    takes: list,
    rps: median(list.map((r) => r.rps)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    errors: list.reduce((sum, r) => sum + r.errors, 0),
  });
  return Object.fromEntries(Object.entries(results).map(([side, list]) => [side, summary(list)]));
}

/** Resolves once every server is idle again (no CPU use, readiness answered). */
export const settleAll =
  (...servers) =>
  async () => {
    await Promise.all(servers.map((server) => server.idle()));
  };
