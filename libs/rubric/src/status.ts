import type { JobStatus } from '@shortlist/contracts';

/**
 * A job moves freely between open and closed, and may be opened or closed
 * from draft; once it has left draft it never goes back, because candidates
 * may already have applied to it.
 */
export function canChangeStatus(from: JobStatus, to: JobStatus): boolean {
  return to !== 'draft' || from === 'draft';
}
