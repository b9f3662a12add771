/**
 * What libs/scoring answers (DESIGN.md "Scoring"): the assessment of one
 * application with the breakdown that explains every number. Shared so the
 * dashboard reads the same shape the API returns (GET /applications/:id/assessment).
 */
import type { GateStatus, Proposal } from './applications';
import type { ChecklistCategory, RatedCategory } from './job-template';

/** 1 strong no, 2 no, 3 yes, 4 strong yes. */
export type Rating = 1 | 2 | 3 | 4;
/** Rated categories take 1–4, prerequisites `met` / `not_met`; null is "not assessed", never 0. */
export type RatingValue = Rating | 'met' | 'not_met' | null;

export const RED_FLAG_SEVERITIES = ['note', 'concern', 'dealbreaker'] as const;
export type RedFlagSeverity = (typeof RED_FLAG_SEVERITIES)[number];

/** One submitted rating of an item: who gave it, on which scorecard. */
export interface RatingBreakdown {
  interviewerId: string;
  scorecardId: string;
  stageId: string;
  value: Exclude<RatingValue, null>;
  note: string | null;
}

export interface ItemBreakdown {
  itemId: string;
  label: string;
  category: ChecklistCategory;
  weight: number;
  mustHave: boolean;
  /** Mean of (r − 1) / 3 × 100 over the submitted ratings, one decimal; null when not assessed and for prerequisites. */
  score: number | null;
  ratings: RatingBreakdown[];
  assessed: boolean;
  /** Rated items only: max − min of the ratings ≥ 2. */
  disagreement: boolean;
  /** Rated items only: max − min of the ratings in rating points (0 with fewer than two). */
  spread: number;
}

export interface CategoryBreakdown {
  category: RatedCategory;
  /** Σ(weight × item score) / Σ weight over the assessed items, one decimal; null when none is assessed. */
  score: number | null;
  /** W_c, the job's weight for the category in the overall score. */
  weight: number;
  /** Σ weight of the category's assessed items. */
  assessedWeight: number;
  /** Σ weight of all the category's items. */
  totalWeight: number;
  items: ItemBreakdown[];
}

export type GateItemStatus = 'met' | 'not_met' | 'unverified';

export type GateSource =
  | { kind: 'scorecard'; scorecardId: string; interviewerId: string; value: 'met' | 'not_met' }
  | { kind: 'knockout'; value: 'met' | 'not_met' };

export interface GateItem {
  itemId: string;
  label: string;
  /** Only must-have prerequisites gate; the others are reported for information. */
  mustHave: boolean;
  status: GateItemStatus;
  sources: GateSource[];
}

export interface GateBreakdown {
  /** fail if any must-have is not_met, else pending if any is unverified, else pass. */
  status: GateStatus;
  items: GateItem[];
}

export interface RedFlagRaise {
  interviewerId: string;
  scorecardId: string;
  severity: RedFlagSeverity;
  evidence: string | null;
}

export interface RedFlagSummary {
  typeId: string;
  label: string;
  /** Distinct interviewers, sorted. */
  raisedBy: string[];
  /** Times raised on submitted scorecards. */
  count: number;
  /** Raised by two or more different interviewers. */
  corroborated: boolean;
  maxSeverity: RedFlagSeverity;
  raises: RedFlagRaise[];
}

export interface InterviewerOffset {
  interviewerId: string;
  /** Mean of (their rating − mean of the other interviewers' ratings) in rating points, one decimal; null without comparisons. */
  offset: number | null;
  comparisons: number;
}

export interface Assessment {
  /** 0–100, one decimal; null when no weighted category has an assessed item. */
  overall: number | null;
  /** Percentage of the rated items' weight that is assessed, one decimal. */
  coverage: number;
  categories: CategoryBreakdown[];
  /** Every rubric item, prerequisites included, in rubric order. */
  items: ItemBreakdown[];
  gates: GateBreakdown;
  proposal: Proposal;
  /** Why, in order: e.g. "Coverage 80.0% ≥ 50%", "Overall 72.5 ≥ advance 70". */
  proposalReasons: string[];
  redFlags: RedFlagSummary[];
  /** Every red flag raised on a submitted scorecard (Σ count). */
  redFlagCount: number;
  /** Item ids with a disagreement, in rubric order. */
  disagreements: string[];
  interviewerOffsets: InterviewerOffset[];
}

/** What a debrief should talk about, most pressing first. */
export interface DebriefAgenda {
  unresolvedRedFlags: RedFlagSummary[];
  /** Up to three rated items with the widest spread (> 0). */
  mostDisputedItems: ItemBreakdown[];
  /** Rated items nobody assessed. */
  unassessedItems: ItemBreakdown[];
  /** Must-have prerequisites nobody confirmed. */
  unverifiedGates: GateItem[];
}
