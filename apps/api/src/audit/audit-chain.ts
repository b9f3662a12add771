import { createHash } from 'node:crypto';
import type { AuditVerification } from '@shortlist/contracts';

/** The hash the first event links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event that its hash covers: everything but the hash itself. */
export interface ChainedFields {
  id: string;
  seq: number;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  jobId: string | null;
  applicationId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
}

/** JSON with object keys sorted at every depth, so equal values hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function eventHash(fields: ChainedFields): string {
  const payload = canonicalJson({
    id: fields.id,
    seq: fields.seq,
    // Milliseconds: both engines store timestamps at least this precisely.
    at: new Date(fields.at).toISOString(),
    actorId: fields.actorId,
    action: fields.action,
    entityType: fields.entityType,
    entityId: fields.entityId,
    jobId: fields.jobId,
    applicationId: fields.applicationId,
    before: fields.before,
    after: fields.after,
    prevHash: fields.prevHash,
  });
  return createHash('sha256').update(payload).digest('hex');
}

export interface ChainPosition {
  expectedSeq: number;
  prevHash: string;
  checked: number;
}

export const chainStart = (): ChainPosition => ({ expectedSeq: 1, prevHash: GENESIS_HASH, checked: 0 });

/**
 * Checks the next event against the chain so far: a gap in seq (an event
 * removed), a prevHash that is not the previous hash (removed or reordered)
 * or a hash that does not match the content (edited) breaks it.
 */
export function followChain(
  position: ChainPosition,
  event: ChainedFields & { hash: string },
): { position: ChainPosition } | { broken: string } {
  if (event.seq !== position.expectedSeq)
    return { broken: `expected event ${position.expectedSeq}, found ${event.seq}` };
  if (event.prevHash !== position.prevHash) return { broken: 'does not link to the event before it' };
  if (eventHash(event) !== event.hash) return { broken: 'content does not match its hash' };
  return { position: { expectedSeq: position.expectedSeq + 1, prevHash: event.hash, checked: position.checked + 1 } };
}

export function verifyChain(events: Iterable<ChainedFields & { hash: string }>): AuditVerification {
  let position = chainStart();
  for (const event of events) {
    const next = followChain(position, event);
    if ('broken' in next) return { ok: false, checked: position.checked, brokenAtSeq: event.seq, reason: next.broken };
    position = next.position;
  }
  return { ok: true, checked: position.checked, brokenAtSeq: null, reason: null };
}
