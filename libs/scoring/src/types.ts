import type {
  CategoryWeights,
  ChecklistCategory,
  KnockoutAnswer,
  ProposalThresholds,
  RatingValue,
  RedFlagSeverity,
} from '@shortlist/contracts';

export type { KnockoutAnswer };

/** A rubric item as scoring needs it (a JobItem fits). */
export interface ScoringItem {
  id: string;
  category: ChecklistCategory;
  label: string;
  weight: number;
  mustHave: boolean;
}

export interface SubmittedRating {
  itemId: string;
  value: RatingValue;
  note?: string | null;
}

export interface SubmittedRedFlag {
  typeId: string;
  severity: RedFlagSeverity;
  evidence?: string | null;
}

/** A scorecard with status `submitted`; the caller leaves drafts out. */
export interface SubmittedScorecard {
  id: string;
  interviewerId: string;
  stageId: string;
  ratings: readonly SubmittedRating[];
  redFlags: readonly SubmittedRedFlag[];
}

export interface ScoringPolicy {
  /** W_c per rated category (the job's, e.g. LEVEL_DEFAULTS). */
  categoryWeights: CategoryWeights;
  thresholds: ProposalThresholds;
  /** Labels for the reasons and the red-flag summary; the type id stands in when missing. */
  redFlagTypes?: readonly { id: string; label: string }[];
}

/** One application's submitted scorecards, for calibration across applications. */
export interface ApplicationRatings {
  items: readonly ScoringItem[];
  scorecards: readonly SubmittedScorecard[];
}
