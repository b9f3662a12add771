import type { JobView, PipelineView } from '@shortlist/contracts';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { DEMO } from '../../apps/api/test/harness';
import { LOGIN_THROTTLE } from '../../apps/api/src/auth/throttle';
import { runSeed, seededRandom, type Random } from '../support/random';
import { type ApiProcess, startApi } from '../support/server';

/**
 * Issue 8, point 6: 60 s of the traffic the dashboard's users make — boards,
 * searches, candidate and application pages, My interviews, scorecard
 * autosaves, new candidates and notes — from 10 keep-alive connections against
 * the built server on a SQLite file. Floors: 300 requests/s, 0 errors, p99 ≤
 * 250 ms; then the file's integrity_check is ok. The rate is a floor for CI;
 * capacity is measured by the benchmark (npm run bench).
 */
const DURATION_MS = 60_000;
const CONNECTIONS = 10;
const FLOOR_RPS = 300;
const P99_CEILING_MS = 250;
const seed = runSeed();

type Headers = Record<string, string>;
interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on a keep-alive agent; resolves with the status and body, rejects on a network error. */
function send(agent: http.Agent, base: URL, method: string, url: string, headers: Headers, body?: unknown) {
  return new Promise<Answer>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method,
        path: url,
        headers: payload ? { ...headers, 'content-type': 'application/json' } : headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The value at or below which `share` of the sorted values fall (nearest rank). */
const percentile = (sorted: number[], share: number) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];

describe(`load: ${DURATION_MS / 1000} s of mixed traffic on the built server (seed ${seed})`, () => {
  let dir: string;
  let server: ApiProcess;
  let base: URL;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

  const login = async (email: string, password = DEMO.password) => {
    const res = await send(agent, base, 'POST', '/api/auth/login', {}, { email, password });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.body}`);
    return { authorization: `Bearer ${(JSON.parse(res.body) as { accessToken: string }).accessToken}` };
  };
  const get = async <T>(url: string, headers: Headers): Promise<T> => {
    const res = await send(agent, base, 'GET', url, headers);
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${res.body}`);
    return JSON.parse(res.body) as T;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shortlist-load-'));
    server = await startApi({ DATABASE_URL: `sqlite:${path.join(dir, 'load.sqlite')}`, SEED_DEMO: 'true' });
    base = new URL(server.url);
  }, 120_000);

  afterAll(async () => {
    agent.destroy();
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it(
    `holds ≥ ${FLOOR_RPS} req/s with 0 errors and p99 ≤ ${P99_CEILING_MS} ms, and the file stays sound`,
    async () => {
      const recruiter = await login(DEMO.recruiter);
      const interviewer = await login(DEMO.interviewer);
      const ivanId = (await get<{ id: string }>('/api/me', interviewer)).id;
      const jobs = await get<{ items: { id: string; title: string }[] }>('/api/jobs', recruiter);
      const jobId = jobs.items[0].id;
      const job = await get<JobView>(`/api/jobs/${jobId}`, recruiter);
      const board = await get<PipelineView>(`/api/jobs/${jobId}/pipeline`, recruiter);
      const cards = board.stages.flatMap((stage) => stage.applications);
      const interviewStages = board.stages.filter((stage) => stage.kind === 'interview');
      expect(cards.length).toBeGreaterThan(0);
      expect(interviewStages.length).toBeGreaterThan(0);

      // One draft per connection: the interviewer autosaves their own scorecard, as the scorecard page does.
      const drafts: { id: string; version: number }[] = [];
      for (let i = 0; drafts.length < CONNECTIONS; i += 1) {
        const applicationId = cards[i % cards.length].applicationId;
        const stageId = interviewStages[Math.floor(i / cards.length) % interviewStages.length].id;
        const assigned = await send(agent, base, 'POST', `/api/applications/${applicationId}/interviewers`, recruiter, {
          userId: ivanId,
          stageId,
        });
        expect(assigned.status).toBe(201);
        const started = await send(agent, base, 'POST', `/api/applications/${applicationId}/scorecards`, interviewer, {
          stageId,
        });
        expect(started.status).toBe(201);
        drafts.push(JSON.parse(started.body) as { id: string; version: number });
      }

      const latencies: number[] = [];
      const errors: string[] = [];
      let created = 0;
      const until = performance.now() + DURATION_MS;
      const SEARCHES = ['a', 'son', 'node', 'python', 'sql', 'react', 'lee', 'java'];

      /** What a user does next, in the proportions the dashboard's screens produce them. */
      const nextRequest = (random: Random, worker: number): [string, string, Headers, unknown?] => {
        const roll = random.next();
        const card = random.pick(cards);
        if (roll < 0.3) return ['GET', `/api/jobs/${jobId}/pipeline`, recruiter];
        if (roll < 0.45) return ['GET', `/api/candidates?q=${random.pick(SEARCHES)}`, recruiter];
        if (roll < 0.55) return ['GET', `/api/candidates/${card.candidateId}`, recruiter];
        if (roll < 0.65) return ['GET', `/api/applications/${card.applicationId}`, recruiter];
        if (roll < 0.7) return ['GET', '/api/me/interviews', interviewer];
        if (roll < 0.9) {
          const draft = drafts[worker];
          return [
            'PUT',
            `/api/scorecards/${draft.id}`,
            interviewer,
            {
              version: draft.version,
              ratings: job.items.slice(0, 8).map((item) => ({
                itemId: item.id,
                value: item.category === 'prerequisite' ? 'met' : random.pick([1, 2, 3, 4]),
                note: null,
              })),
              redFlags: [],
              recommendation: random.pick(['yes', 'no']),
              takeaways: `Autosave ${random.int(1, 1e9)}`,
            },
          ];
        }
        if (roll < 0.97) {
          created += 1;
          return [
            'POST',
            '/api/candidates',
            recruiter,
            { name: `Load ${seed} ${created}`, email: `load${created}@load.test` },
          ];
        }
        return [
          'POST',
          `/api/applications/${card.applicationId}/notes`,
          recruiter,
          { body: 'Spoke with the candidate.' },
        ];
      };

      const worker = async (index: number) => {
        const random = seededRandom(seed, `load:${index}`);
        while (performance.now() < until) {
          const [method, url, headers, body] = nextRequest(random, index);
          const began = performance.now();
          try {
            const res = await send(agent, base, method, url, headers, body);
            latencies.push(performance.now() - began);
            if (res.status >= 400) errors.push(`${method} ${url}: ${res.status} ${res.body.slice(0, 200)}`);
            else if (method === 'PUT') drafts[index].version = (JSON.parse(res.body) as { version: number }).version;
          } catch (error) {
            errors.push(`${method} ${url}: ${(error as Error).message}`);
          }
        }
      };
      const began = performance.now();
      await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => worker(i)));
      const seconds = (performance.now() - began) / 1000;

      const sorted = [...latencies].sort((a, b) => a - b);
      const rps = latencies.length / seconds;
      const p99 = percentile(sorted, 0.99);
      process.stdout.write(
        `load (seed ${seed}): ${latencies.length} requests in ${seconds.toFixed(1)} s = ${rps.toFixed(0)} req/s, ` +
          `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(0)} ms, ` +
          `${errors.length} errors; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`,
      );
      expect(errors.slice(0, 5)).toEqual([]);
      expect(errors).toHaveLength(0);
      const db = new DataSource({ type: 'better-sqlite3', database: path.join(dir, 'load.sqlite') });
      await db.initialize();
      try {
        expect(await db.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        expect(await db.query('PRAGMA foreign_key_check')).toEqual([]);
      } finally {
        await db.destroy();
      }
      expect(rps).toBeGreaterThanOrEqual(FLOOR_RPS);
      expect(p99).toBeLessThanOrEqual(P99_CEILING_MS);
    },
    DURATION_MS + 90_000,
  );

  it(`answers 429 with Retry-After and a problem past ${LOGIN_THROTTLE.maxFailuresPerEmail} failed logins`, async () => {
    const email = DEMO.manager;
    for (let i = 0; i < LOGIN_THROTTLE.maxFailuresPerEmail; i += 1) {
      const failed = await send(agent, base, 'POST', '/api/auth/login', {}, { email, password: `wrong guess ${i}` });
      expect(failed.status).toBe(401);
    }
    // Past the limit even the right password is refused, so guessing cannot go on.
    const blocked = await send(agent, base, 'POST', '/api/auth/login', {}, { email, password: DEMO.password });
    expect(blocked.status).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(LOGIN_THROTTLE.windowMs / 1000);
    expect(JSON.parse(blocked.body)).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
  });
});
