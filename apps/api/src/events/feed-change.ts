import { AUDIT_ACTIONS, type AuditAction, type LiveChange, type LiveChangeEvent } from '@shortlist/contracts';

/** A change as the feed carries it between processes and to each stream: a LiveChangeEvent with an id. */
export interface FeedChange extends LiveChangeEvent {
  /** The same on every process, so a client can tell one change from another. */
  id: string;
}

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; this leaves room for the envelope. */
export const NOTIFY_PAYLOAD_LIMIT = 7500;

/** What travels in a NOTIFY: the change and the process that announced it (which delivers it itself). */
interface Envelope {
  v: 1;
  origin: string;
  change: FeedChange;
}

/** An origin is a UUID: measured with one, a payload is measured at its real size. */
const ORIGIN_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * One announced change as the feed's changes, each small enough for a NOTIFY.
 * A change of one job touching too many applications to list becomes that job
 * with applicationIds null ("the whole job"); one without a job is split into
 * several changes of fewer applications, as there is no job to stand for them.
 */
export function feedChangesOf(change: LiveChange, newId: () => string): FeedChange[] {
  const whole: FeedChange = {
    id: newId(),
    action: change.action,
    jobId: change.jobId,
    applicationIds: [...new Set(change.applicationIds)],
    at: change.at,
  };
  if (fits(whole)) return [whole];
  if (whole.jobId !== null) return [{ ...whole, applicationIds: null }];
  // Each id adds its JSON string and a comma to the payload.
  const changes: FeedChange[] = [];
  let chunk: string[] = [];
  const empty = bytes(envelope(ORIGIN_PLACEHOLDER, { ...whole, applicationIds: [] }));
  let size = empty;
  for (const id of whole.applicationIds ?? []) {
    const added = bytes(id) + 1;
    if (chunk.length && size + added > NOTIFY_PAYLOAD_LIMIT) {
      changes.push({ ...whole, id: changes.length ? newId() : whole.id, applicationIds: chunk });
      chunk = [];
      size = empty;
    }
    chunk.push(id);
    size += added;
  }
  changes.push({ ...whole, id: changes.length ? newId() : whole.id, applicationIds: chunk });
  return changes;
}

function fits(change: FeedChange): boolean {
  return bytes(envelope(ORIGIN_PLACEHOLDER, change)) <= NOTIFY_PAYLOAD_LIMIT;
}

const envelope = (origin: string, change: FeedChange): Envelope => ({ v: 1, origin, change });

export function encodeNotification(origin: string, change: FeedChange): string {
  return JSON.stringify(envelope(origin, change));
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isAction = (value: unknown): value is AuditAction => (AUDIT_ACTIONS as readonly unknown[]).includes(value);

/** A NOTIFY payload back as a change, or undefined when it is not one this version understands. */
export function decodeNotification(payload: string | undefined): { origin: string; change: FeedChange } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload ?? '');
  } catch {
    return undefined;
  }
  const candidate = parsed as Partial<Envelope> | null;
  const change = candidate?.change as Partial<FeedChange> | undefined;
  if (candidate?.v !== 1 || !isString(candidate.origin) || !change) return undefined;
  const idsOk =
    change.applicationIds === null || (Array.isArray(change.applicationIds) && change.applicationIds.every(isString));
  if (!isString(change.id) || !isAction(change.action) || !isString(change.at) || !idsOk) return undefined;
  if (change.jobId !== null && !isString(change.jobId)) return undefined;
  if (change.applicationIds === null && change.jobId === null) return undefined;
  return {
    origin: candidate.origin,
    change: {
      id: change.id,
      action: change.action,
      jobId: change.jobId,
      applicationIds: change.applicationIds ?? null,
      at: change.at,
    },
  };
}
