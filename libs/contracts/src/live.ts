import type { AuditAction } from './audit';

/**
 * GET /api/events (server-sent events). Event `change` carries a LiveChangeEvent
 * as JSON, with the change's id as the SSE `id`; event `resync` (no data) means
 * changes may have been missed, so everything shown should be refetched.
 */
export const LIVE_CHANGE_EVENT = 'change';
export const LIVE_RESYNC_EVENT = 'resync';

/**
 * A committed change as a dashboard hears of it: ids only, never personal data.
 * The dashboard refetches what it shows, through the API's usual permission checks.
 */
export interface LiveChangeEvent {
  action: AuditAction;
  jobId: string | null;
  /**
   * The applications it touched (for an interviewer, only those they are
   * assigned to); null means every application of `jobId` (too many to list).
   */
  applicationIds: string[] | null;
  at: string;
}
