import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ReadAuditAction } from '@shortlist/contracts';
import type { FastifyRequest } from 'fastify';
import { from, mergeMap, Observable } from 'rxjs';
import type { AuthUser } from '../auth/auth-user';
import { AuditEntry, AuditService } from './audit.service';

export const READ_AUDIT_KEY = 'shortlist:read-audit';

/**
 * Marks a route that returns candidates' personal data: each successful
 * request writes exactly one `action` event (ids and counts, never the data).
 */
export const AuditRead = (action: ReadAuditAction) => SetMetadata(READ_AUDIT_KEY, action);

export interface ReadContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  /** The route as declared, e.g. `/api/reports/time-in-stage.csv`. */
  route: string;
  /** What the handler returned (the response body before serialisation). */
  result: unknown;
}

type ReadEvent = Omit<AuditEntry, 'actorId' | 'action'>;

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
/** How many records of people a list answer carried. */
const returned = (result: unknown, key = 'items') => ({ returned: lengthOf(field(result, key)) });

/** Per action, what its event says: which entity, and how many records the answer carried. */
const READ_EVENTS: Record<ReadAuditAction, (c: ReadContext) => ReadEvent> = {
  'candidates.searched': ({ result }) => ({
    entityType: 'candidate',
    entityId: null,
    after: { ...returned(result), total: field(result, 'total') ?? null },
  }),
  'candidate.viewed': ({ params }) => ({ entityType: 'candidate', entityId: params.id ?? null }),
  'candidates.retention_listed': ({ result }) => ({ entityType: 'candidate', entityId: null, after: returned(result) }),
  'import.viewed': ({ params }) => ({ entityType: 'import', entityId: params.id ?? null }),
  'pipeline.viewed': ({ params, result }) => {
    const stages = field(result, 'stages');
    const cards = Array.isArray(stages)
      ? stages.reduce((n: number, s) => n + lengthOf(field(s, 'applications')), 0)
      : 0;
    return { entityType: 'job', entityId: params.id ?? null, jobId: params.id ?? null, after: { returned: cards } };
  },
  'pipeline.exported': ({ params }) => ({
    entityType: 'job',
    entityId: params.id ?? null,
    jobId: params.id ?? null,
    after: { format: 'csv' },
  }),
  'application.viewed': ({ params, result }) => ({
    entityType: 'application',
    entityId: params.id ?? null,
    applicationId: params.id ?? null,
    jobId: text(field(result, 'jobId')),
  }),
  'scorecards.viewed': ({ params, result }) => ({
    entityType: 'application',
    entityId: params.id ?? null,
    applicationId: params.id ?? null,
    after: { returned: lengthOf(result) },
  }),
  'assessment.viewed': ({ params }) => ({
    entityType: 'application',
    entityId: params.id ?? null,
    applicationId: params.id ?? null,
  }),
  'notes.viewed': ({ params, result }) => ({
    entityType: 'application',
    entityId: params.id ?? null,
    applicationId: params.id ?? null,
    after: { returned: lengthOf(result) },
  }),
  'interviews.viewed': ({ result }) => ({
    entityType: 'application',
    entityId: null,
    after: { returned: lengthOf(result) },
  }),
  'report.viewed': ({ route, query, result }) => ({
    entityType: 'report',
    entityId: route
      .split('/')
      .pop()!
      .replace(/\.csv$/, ''),
    jobId: text(query.jobId),
    // Only the time-in-stage report names people (its longest-waiting list); the CSV answer is a string.
    after: typeof result === 'string' ? { format: 'csv' } : { ...returned(result, 'waitingLongest'), format: 'json' },
  }),
};

/** The event a successful read writes (pure: the interceptor supplies the request and the answer). */
export function readAuditEntry(action: ReadAuditAction, actorId: string, context: ReadContext): AuditEntry {
  return { actorId, action, ...READ_EVENTS[action](context) };
}

/**
 * Writes the read's event once the handler has produced its answer and before
 * it is sent, so an answer never leaves without its record; a refused or failed
 * request (the handler threw) records nothing.
 */
@Injectable()
export class ReadAuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const action = this.reflector.get<ReadAuditAction | undefined>(READ_AUDIT_KEY, context.getHandler());
    if (!action) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    return next.handle().pipe(
      mergeMap((result: unknown) =>
        from(
          this.audit
            .recordRead(
              readAuditEntry(action, request.user!.id, {
                params: (request.params ?? {}) as ReadContext['params'],
                query: (request.query ?? {}) as ReadContext['query'],
                route: request.routeOptions.url ?? request.url,
                result,
              }),
            )
            .then(() => result),
        ),
      ),
    );
  }
}
