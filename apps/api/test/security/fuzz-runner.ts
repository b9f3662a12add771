import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { engine, type TestApp } from '../harness';
import { DatabaseWatch } from './db-watch';
import { describeBody, type FuzzBody } from './fuzz-mutators';
import { DocumentChecker, type OpenApiLike, resolveSchema, type Schema } from './openapi-checker';
import type { CatalogRoute } from './route-catalog';

/** FUZZ_SEED replays a run; the default keeps CI deterministic. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_122);
/** Bodies per route and bad parameter values per route: full on SQLite, fewer on PostgreSQL to keep CI time. */
export const FUZZ_BODY_RUNS = Number(process.env.FUZZ_BODY_RUNS ?? (engine() === 'sqlite' ? 1000 : 150));
export const FUZZ_PARAM_RUNS = Number(process.env.FUZZ_PARAM_RUNS ?? (engine() === 'sqlite' ? 200 : 50));

/** One seed per route, so a route's cases do not depend on which routes ran before it. */
export const seedFor = (route: Pick<CatalogRoute, 'method' | 'path'>, salt = ''): number =>
  (FUZZ_SEED ^ createHash('sha1').update(`${route.method} ${route.path} ${salt}`).digest().readInt32BE(0)) | 0;

export interface FuzzRequest {
  url: string;
  headers: Record<string, string>;
  body?: FuzzBody;
  /** Varied per request so the sign-in and public-form throttles do not turn validation into 429s. */
  remoteAddress?: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

export interface CaseContext {
  seed: number;
  run: number;
  /** Tables a refused request may still write by design (sign-in failures, public-form attempts). */
  writableOn4xx?: readonly string[];
  /** The mutation started from the hand-made valid body, so a validation error must name the touched field. */
  fromKnownGood?: boolean;
  /** The JSON request body schema, to tell declared fields from injected ones. */
  requestSchema?: unknown;
}

/** Internals an error body must never show: stack frames, SQL, driver errors, file paths. */
// Quantifiers are bounded: an answer can echo 100 kB of the request, and unbounded ones backtrack quadratically.
const LEAKS: ReadonlyArray<[string, RegExp]> = [
  ['stack trace', /\bat [\w$.<>]{1,200} \(?[^)\s]{0,300}:\d{1,6}:\d{1,6}\)?/],
  ['stack trace', /\n\s{1,20}at /],
  ['SQL', /\b(SELECT\s{1,5}[\w"*]|INSERT\s{1,5}INTO|UPDATE\s{1,5}"?\w{1,64}"?\s{1,5}SET|DELETE\s{1,5}FROM)\b/i],
  [
    'driver error',
    /SQLITE_\w{1,40}|QueryFailedError|EntityNotFound|TypeORMError|duplicate key value|violates \w{1,40} constraint|syntax error at or near|relation "\w{1,64}"/,
  ],
  ['file path', /\/work\/|\/home\/|\/usr\/|\/tmp\/|node_modules|apps\/api\/src|[\w-]{1,100}\.(ts|js):\d{1,6}/],
];

/** What in a body looks like leaked internals (text the request itself sent is not a leak). */
export function leaksIn(body: string, sent: string): string[] {
  return LEAKS.flatMap(([what, pattern]) => {
    const match = pattern.exec(body);
    return match && !sent.includes(match[0]) ? [`${what}: ${JSON.stringify(match[0])}`] : [];
  });
}

/** Kinds of body that no route may accept. */
const ALWAYS_REFUSED = new Set(['malformed-json', 'invalid-utf8', 'prototype-key', 'nasty-key', 'wrong-root']);

export interface Failure {
  route: string;
  why: string;
  replay: string;
  request: string;
  answer: string;
}

/**
 * Sends fuzz requests in-process and checks each answer: below 500, no row
 * changed by a refusal, matches the document, names the offending field,
 * leaks nothing, and keeps privileged fields out of reach.
 */
export class FuzzRunner {
  readonly failures: Failure[] = [];
  readonly statusCounts = new Map<string, number>();
  readonly watch: DatabaseWatch;
  readonly checker: DocumentChecker;
  private address = 0;

  constructor(
    readonly t: TestApp,
    readonly document: OpenApiLike,
    private readonly routes: CatalogRoute[],
  ) {
    this.watch = new DatabaseWatch(t.dataSource);
    this.checker = new DocumentChecker(document);
  }

  nextAddress(): string {
    this.address += 1;
    return `127.${(this.address >> 16) & 255}.${(this.address >> 8) & 255}.${this.address & 255}`;
  }

  async send(route: CatalogRoute, request: FuzzRequest): Promise<Answer> {
    const headers: Record<string, string> = { ...request.headers };
    if (request.body?.contentType) headers['content-type'] = request.body.contentType;
    const res = await this.t.app.inject({
      method: route.method.toUpperCase() as 'GET',
      url: request.url,
      headers,
      payload: request.body?.payload,
      remoteAddress: request.remoteAddress,
    });
    return { status: res.statusCode, headers: res.headers, body: res.payload };
  }

  /** Sends one case and records every check it fails; returns the answer. */
  async exercise(route: CatalogRoute, request: FuzzRequest, context: CaseContext): Promise<Answer> {
    await this.watch.before();
    const answer = await this.send(route, request);
    const changed = await this.watch.changedTables();
    const key = `${route.method.toUpperCase()} ${route.path}`;
    this.statusCounts.set(`${key} ${answer.status}`, (this.statusCounts.get(`${key} ${answer.status}`) ?? 0) + 1);
    const fail = (why: string) =>
      this.failures.push({
        route: key,
        why,
        replay: `FUZZ_SEED=${FUZZ_SEED} FUZZ_ROUTE='${key}' FUZZ_CASE=${context.run} (route seed ${context.seed})`,
        request: `${route.method.toUpperCase()} ${request.url.slice(0, 300)} ${request.body ? describeBody(request.body) : ''}`,
        answer: `${answer.status} ${answer.body.slice(0, 500)}`,
      });

    if (answer.status >= 500) fail(`answered ${answer.status}`);
    if (answer.status >= 400 && answer.status < 500) {
      const unexpected = changed.filter((table) => !context.writableOn4xx?.includes(table));
      if (unexpected.length) fail(`a ${answer.status} changed rows in ${unexpected.join(', ')}`);
    }
    const mismatch = this.checker.check(route, {
      status: answer.status,
      contentType: String(answer.headers['content-type'] ?? ''),
      body: answer.body,
    });
    if (mismatch) fail(mismatch);
    if (answer.status >= 400) {
      const sent = request.url + (request.body?.payload?.toString() ?? '');
      const leaks = leaksIn(answer.body, sent);
      if (leaks.length) fail(`error body leaks ${leaks.join(', ')}`);
      this.checkFieldNamed(answer, request.body, context, fail);
    }
    if (answer.status < 300 && request.body) await this.checkAccepted(route, request, answer, context, fail);
    return answer;
  }

  private checkFieldNamed(
    answer: Answer,
    body: FuzzBody | undefined,
    context: CaseContext,
    fail: (why: string) => void,
  ) {
    let problem: { code?: string; errors?: Array<{ field: string }> };
    try {
      problem = JSON.parse(answer.body);
    } catch {
      return; // the document check has reported it
    }
    if (problem.code !== 'VALIDATION_FAILED') return;
    if (!problem.errors?.length) return fail('VALIDATION_FAILED without the offending field');
    if (!context.fromKnownGood || !body?.path?.length) return;
    const top = body.path[0];
    const named = problem.errors.some((e) => e.field === top || e.field.startsWith(`${top}.`) || e.field === '(body)');
    if (!named)
      fail(`validation error names ${problem.errors.map((e) => e.field).join(', ')}, not ${body.path.join('.')}`);
  }

  private async checkAccepted(
    route: CatalogRoute,
    request: FuzzRequest,
    answer: Answer,
    context: CaseContext,
    fail: (why: string) => void,
  ) {
    const body = request.body!;
    if (
      body.mustRefuse ||
      ALWAYS_REFUSED.has(body.kind) ||
      (body.kind === 'deep-nesting' && body.payload!.length > 10_000)
    ) {
      fail(`accepted a ${body.kind} body`);
    }
    if (body.kind === 'content-type' && !/^application\/json\s*(;|$)/.test(body.contentType ?? '')) {
      fail(`accepted content type ${body.contentType ?? '(none)'}`);
    }
    const injected = body.injected;
    if (!injected) return;
    if (!declares(this.document, context.requestSchema, injected.path, injected.key)) {
      return fail(`accepted the undeclared field ${[...injected.path, injected.key].join('.')}`);
    }
    // Declared (e.g. an optimistic-lock version): whatever it did, the stored value must not be the sentinel.
    if (injected.key !== 'version') return;
    const views = [safeJson(answer.body), ...(await this.reread(route, request, answer))];
    for (const view of views) {
      if (holds(view, injected.key, injected.value)) {
        fail(`the privileged field ${injected.key} took the sent value ${JSON.stringify(injected.value)}`);
      }
    }
  }

  /** The object as a later GET shows it, when the route has one. */
  private async reread(route: CatalogRoute, request: FuzzRequest, answer: Answer): Promise<unknown[]> {
    const id = (safeJson(answer.body) as { id?: unknown })?.id;
    const pathOnly = request.url.split('?')[0];
    const candidates: Array<[string, string]> = [[route.path, pathOnly]];
    if (typeof id === 'string') candidates.push([`${route.path}/{id}`, `${pathOnly}/${id}`]);
    const views: unknown[] = [];
    for (const [template, url] of candidates) {
      const get = this.routes.find((r) => r.method === 'get' && r.path === template);
      if (!get || (template === route.path && route.method === 'get')) continue;
      const res = await this.send(get, { url, headers: request.headers });
      if (res.status === 200) views.push(safeJson(res.body));
    }
    return views;
  }

  /** With FUZZ_STATS=<file>: appends how often each route answered each status, to see what the fuzz reached. */
  writeStats(): void {
    const file = process.env.FUZZ_STATS;
    if (file) appendFileSync(file, `${JSON.stringify(Object.fromEntries(this.statusCounts), null, 1)}\n`);
  }

  /** Failures grouped by route and reason, each with one example and how to replay it. */
  static report(failures: readonly Failure[]): string {
    const distinct = new Map<string, Failure & { times: number }>();
    for (const failure of failures) {
      const key = `${failure.route} ${failure.why.replace(/"[^"]*"/g, '…').slice(0, 120)}`;
      const seen = distinct.get(key);
      if (seen) seen.times += 1;
      else distinct.set(key, { ...failure, times: 1 });
    }
    return [...distinct.values()]
      .slice(0, 40)
      .map(
        (f) =>
          `✗ ${f.route}: ${f.why} (${f.times}×)\n  replay: ${f.replay}\n  request: ${f.request}\n  answer: ${f.answer}`,
      )
      .join('\n\n');
  }
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Whether a value anywhere in `view` has `key` set to `value`. */
function holds(view: unknown, key: string, value: unknown, depth = 0): boolean {
  if (view === null || typeof view !== 'object' || depth > 12) return false;
  if (!Array.isArray(view) && JSON.stringify((view as Record<string, unknown>)[key]) === JSON.stringify(value))
    return true;
  return Object.values(view).some((child) => holds(child, key, value, depth + 1));
}

/** Whether the request schema declares `key` on the object at `path`. */
export function declares(document: OpenApiLike, schema: unknown, path: string[], key: string): boolean {
  let current: Schema | undefined = schema ? resolveSchema(document, schema) : undefined;
  for (const segment of path) {
    if (!current) return false;
    if (current.type === 'array') current = resolveSchema(document, current.items);
    else current = resolveSchema(document, (current.properties as Record<string, unknown> | undefined)?.[segment]);
  }
  return Boolean(current && (current.properties as Record<string, unknown> | undefined)?.[key]);
}
