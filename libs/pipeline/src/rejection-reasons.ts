import type { RejectionKind } from '@shortlist/contracts';

/**
 * The reasons offered when closing an application, by who closed it: we
 * rejected them, or they withdrew. A job may replace them
 * (`JobView.rejectionReasons`); free text is always accepted too.
 */
export const DEFAULT_REJECTION_REASONS: Readonly<Record<RejectionKind, readonly string[]>> = {
  rejected_by_us: [
    'Did not meet must-have requirements',
    'Skills below the bar',
    'Not a fit for the level',
    'Another candidate was preferred',
    'Position filled',
    'Position closed',
  ],
  withdrew: [
    'Accepted another offer',
    'Compensation',
    'Location or working arrangement',
    'Not interested any more',
    'No response',
  ],
};
