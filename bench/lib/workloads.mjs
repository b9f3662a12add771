// What each figure sends, to the API and to the baseline alike.
import Database from 'better-sqlite3';
import { CANDIDATE_TAGS, paragraphFor, personFor } from './corpus.mjs';
import { load } from './load.mjs';
import { rng } from './random.mjs';

const json = { 'content-type': 'application/json' };
const bearer = (token) => ({ authorization: `Bearer ${token}` });

// ── board ────────────────────────────────────────────────────────────────────

/** The pipeline board's first page of every stage (the dashboard's default request). */
export const boardRun =
  ({ api, baseline, token, jobId }) =>
  (side, duration) =>
    side === 'api'
      ? load({ url: api.url, path: `/api/jobs/${jobId}/pipeline`, headers: bearer(token), duration })
      : load({ url: baseline.url, path: `/jobs/${jobId}/pipeline`, duration });

// ── search ───────────────────────────────────────────────────────────────────

// Text a recruiter types (names, skills) with a tag filter, rotated so no answer is one cached page.
const SEARCH_TEXT = ['kim', 'patel', 'docker', 'graphql', 'rust', 'sofia', 'redis', 'django', 'chen', 'terraform'];
export const SEARCHES = SEARCH_TEXT.flatMap((q, i) =>
  [0, 1, 2].map((j) => ({ q, tag: CANDIDATE_TAGS[(i * 3 + j) % CANDIDATE_TAGS.length] })),
);
const searchQuery = ({ q, tag }) => `q=${encodeURIComponent(q)}&tag=${encodeURIComponent(tag)}`;

export const searchRun =
  ({ api, baseline, token }) =>
  (side, duration) => {
    let next = 0;
    const prefix = side === 'api' ? '/api/candidates' : '/candidates';
    return load({
      url: side === 'api' ? api.url : baseline.url,
      headers: side === 'api' ? bearer(token) : {},
      duration,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => {
            const search = SEARCHES[next % SEARCHES.length];
            next += 1;
            return { ...request, path: `${prefix}?${searchQuery(search)}` };
          },
        },
      ],
    });
  };

// ── scorecard submission ─────────────────────────────────────────────────────

/** The 26 ratings every submission sends: prerequisites met, the others 1–4, a note on every fifth. */
export const submissionRatings = (items) =>
  items.map((item, i) => ({
    itemId: item.id,
    value: item.category === 'prerequisite' ? 'met' : (i % 4) + 1,
    note: i % 5 === 0 ? 'Clear, specific answer with a worked example.' : null,
  }));

/** (application, stage, bench interviewer) triples with no scorecard yet: what the API's flows consume. */
export async function submissionPool(query) {
  return query(`SELECT ai.application_id, ai.stage_id, ai.user_id
    FROM application_interviewers ai INNER JOIN users u ON u.id = ai.user_id
    WHERE u.email LIKE 'bench-%@bench.test'
      AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = ai.application_id
                      AND s.stage_id = ai.stage_id AND s.interviewer_id = ai.user_id)
    ORDER BY u.email, ai.application_id`);
}

/** Pairs for the baseline: every application at every interview stage, for each baseline interviewer. */
export function* baselinePairs(applicationIds, stageIds, interviewerIds) {
  for (const interviewerId of interviewerIds) {
    for (const applicationId of applicationIds) {
      for (const stageId of stageIds) yield { applicationId, stageId, interviewerId };
    }
  }
}

/**
 * The API flow per unit of work, as an interviewer does it: start a scorecard
 * (POST), save 26 ratings (PUT), submit (POST); the server recomputes the
 * score, appends audit events and announces the change. Counts completed
 * flows and any failed step.
 */
export const submissionRun = ({ api, baseline, pool, tokens, baselineSource, ratings, log }) => {
  const card = { ratings, redFlags: [], recommendation: 'yes', takeaways: 'Solid fundamentals; would hire.' };
  return async (side, duration) => {
    const counters = { flows: 0, failed: 0, exhausted: false };
    let instance;
    const stopWhenEmpty = () => {
      if (!counters.exhausted) {
        counters.exhausted = true;
        setImmediate(() => instance?.stop());
      }
    };
    const failed = (_ctx, status, body) => {
      counters.failed += 1;
      if (counters.failed <= 3) log?.(`      ${side} step failed: ${status} ${String(body).slice(0, 200)}`);
    };
    let result;
    if (side === 'api') {
      result = await load({
        url: api.url,
        duration,
        onStart: (started) => (instance = started),
        requests: [
          {
            method: 'POST',
            setupRequest: (request, ctx) => {
              const pair = pool.shift();
              if (!pair) {
                stopWhenEmpty();
                ctx.skip = true;
                return { ...request, method: 'GET', path: '/api/health', headers: {}, body: undefined };
              }
              ctx.skip = false;
              ctx.pair = pair;
              ctx.headers = { ...json, ...bearer(tokens.get(pair.user_id)) };
              return {
                ...request,
                path: `/api/applications/${pair.application_id}/scorecards`,
                headers: ctx.headers,
                body: JSON.stringify({ stageId: pair.stage_id }),
              };
            },
            onResponse: (status, body, ctx) => {
              if (ctx.skip) return;
              if (status === 201) ctx.card = JSON.parse(body);
              else {
                ctx.card = null;
                failed(ctx, status, body);
              }
            },
          },
          {
            method: 'PUT',
            setupRequest: (request, ctx) =>
              ctx.skip || !ctx.card
                ? null
                : {
                    ...request,
                    path: `/api/scorecards/${ctx.card.id}`,
                    headers: ctx.headers,
                    body: JSON.stringify({ version: ctx.card.version, ...card }),
                  },
            onResponse: (status, body, ctx) => {
              if (status === 200) ctx.version = JSON.parse(body).version;
              else {
                ctx.version = null;
                failed(ctx, status, body);
              }
            },
          },
          {
            method: 'POST',
            setupRequest: (request, ctx) =>
              ctx.version
                ? {
                    ...request,
                    path: `/api/scorecards/${ctx.card.id}/submit`,
                    headers: ctx.headers,
                    body: JSON.stringify({ version: ctx.version }),
                  }
                : null,
            onResponse: (status, body, ctx) => {
              if (status === 200) counters.flows += 1;
              else failed(ctx, status, body);
            },
          },
        ],
      });
    } else {
      result = await load({
        url: baseline.url,
        duration,
        onStart: (started) => (instance = started),
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const next = baselineSource.next();
              if (next.done) {
                stopWhenEmpty();
                return { ...request, method: 'GET', path: '/ready', body: undefined };
              }
              return { ...request, path: '/submit', headers: json, body: JSON.stringify({ ...next.value, ...card }) };
            },
            onResponse: (status, body, ctx) => {
              if (status === 200) counters.flows += 1;
              else failed(ctx, status, body);
            },
          },
        ],
      });
    }
    return {
      ...result,
      rps: counters.flows / result.duration,
      flows: counters.flows,
      // Failed steps are also non-2xx answers; connection errors and timeouts only autocannon sees.
      errors: Math.max(counters.failed, result.errors),
      exhausted: counters.exhausted,
    };
  };
};

// ── CSV import ───────────────────────────────────────────────────────────────

const csvCell = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** `rows` new candidates (emails under `prefix`) with a paragraph of résumé each. */
export function candidateCsv(seed, rows, prefix) {
  const random = rng(seed, `csv:${prefix}`);
  const lines = ['name,email,phone,source,tags,resume_text'];
  for (let i = 0; i < rows; i += 1) {
    const person = personFor(random, i);
    const tags = random.sample(CANDIDATE_TAGS, random.int(0, 2)).join(';');
    const resume = paragraphFor(random, random.normal());
    lines.push(
      [person.name, `${prefix}.${i}@example.org`, person.phone, 'import', tags, resume].map(csvCell).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One import through the API (202, then polling its progress) until done; seconds from upload to done. */
export async function importThroughApi(api, token, jobId, csv) {
  const started = performance.now();
  const response = await fetch(`${api.url}/api/candidates/imports?jobId=${jobId}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', ...bearer(token) },
    body: csv,
  });
  if (response.status !== 202) throw new Error(`import: ${response.status} ${await response.text()}`);
  const { id } = await response.json();
  for (;;) {
    const poll = await fetch(`${api.url}/api/candidates/imports/${id}`, { headers: bearer(token) });
    const state = await poll.json();
    if (state.status === 'done') return { seconds: (performance.now() - started) / 1000, result: state.result };
    if (state.status === 'failed') throw new Error(`import failed: ${JSON.stringify(state.errors).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function importThroughBaseline(baseline, jobId, csv) {
  const started = performance.now();
  const response = await fetch(`${baseline.url}/imports?jobId=${jobId}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: csv,
  });
  if (response.status !== 200) throw new Error(`baseline import: ${response.status} ${await response.text()}`);
  return { seconds: (performance.now() - started) / 1000, result: await response.json() };
}

// ── reading the data set ─────────────────────────────────────────────────────

export function sqliteQuery(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return { query: async (sql) => db.prepare(sql).all(), close: async () => db.close() };
}

export async function postgresQuery(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { query: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
}
