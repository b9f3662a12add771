import type { RejectionKind } from '@shortlist/contracts';
import { DEFAULT_REJECTION_REASONS } from '@shortlist/pipeline';

const WITHDRAWAL_REASONS: ReadonlySet<string> = new Set(DEFAULT_REJECTION_REASONS.withdrew);

/**
 * A job's own list holds the reasons we reject for. A job that never set one is answered with
 * both default lists, so the withdrawal reasons are left out here (they stay the defaults).
 */
export function ownRejectionReasons(reasons: readonly string[]): string[] {
  return reasons.filter((reason) => !WITHDRAWAL_REASONS.has(reason));
}

/** The reasons offered for who ended it: the job's own for a rejection, the defaults for a withdrawal. */
export function rejectionReasonsFor(jobReasons: readonly string[], kind: RejectionKind): string[] {
  if (kind === 'withdrew') return [...DEFAULT_REJECTION_REASONS.withdrew];
  const own = ownRejectionReasons(jobReasons);
  return own.length > 0 ? own : [...DEFAULT_REJECTION_REASONS.rejected_by_us];
}
