import type { RatingValue } from '@shortlist/contracts';
import type { ScoringItem } from '@shortlist/scoring';

export type { ScoringItem };

/** A submitted scorecard as the reports read it: its stage's focus items beside its ratings. */
export interface ReportScorecard {
  id: string;
  applicationId: string;
  interviewerId: string;
  stageId: string;
  /** The focus items of the scorecard's stage (job_stages.focus_item_ids). */
  focusItemIds: readonly string[];
  ratings: readonly { itemId: string; value: RatingValue }[];
}
