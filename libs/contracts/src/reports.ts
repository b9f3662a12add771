/**
 * GET /reports/… (recruiter, hiring_manager, admin): what each report answers.
 * Every report reads the applications of its scope — one job (`jobId`) or all
 * of them, applied in [from, to) — and every count is over those applications.
 * Rates are percentages with one decimal, null when there is nothing to divide
 * by. The exact definitions are in the OpenAPI descriptions and
 * docs/ARCHITECTURE.md ("Reports").
 */
import type { CandidateSource } from './candidates';
import type { Role } from './roles';
import type { ChecklistCategory } from './job-template';
import type { Rating } from './scoring';

export const REPORT_KINDS = [
  'funnel',
  'time-in-stage',
  'red-flags',
  'calibration',
  'item-reliability',
  'sources',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Query of every report (and of its `.csv`): all optional; dates are ISO 8601 (a date alone is midnight UTC). */
export interface ReportQuery {
  jobId?: string;
  /** Applied at or after. */
  from?: string;
  /** Applied before (exclusive). */
  to?: string;
}

/** The scope the numbers are about, as the server read it. */
export interface ReportScope {
  jobId: string | null;
  jobTitle: string | null;
  from: string | null;
  to: string | null;
}

// ── funnel ─────────────────────────────────────────────────────────────────

export interface FunnelStageRow {
  /** Across jobs, the stages of the same name are added up. */
  stageName: string;
  /** Its position in the plan (0 = first); across jobs the smallest. */
  order: number;
  /** Applications that were ever in this stage (skipped stages are not entered). */
  entered: number;
  /** Applications whose furthest stage in plan order is this one or a later one. */
  reached: number;
  /** Applications rejected while in this stage (status rejected now). */
  rejected: number;
  /** Applications withdrawn while in this stage. */
  withdrawn: number;
  /** Active applications in this stage now. */
  inStage: number;
  /** reached(next stage) / reached(this stage) × 100; null for the last stage or when none reached it. */
  conversion: number | null;
}

export interface FunnelTotals {
  applications: number;
  active: number;
  rejected: number;
  withdrawn: number;
  hired: number;
}

export interface FunnelReport {
  scope: ReportScope;
  totals: FunnelTotals;
  stages: FunnelStageRow[];
}

// ── time in stage ──────────────────────────────────────────────────────────

export interface TimeInStageRow {
  stageName: string;
  order: number;
  /** Completed visits: entered as active, then left by any move (on, back, rejected, withdrawn, hired). */
  visits: number;
  /** Median of the completed visits' durations in days, one decimal. */
  medianDays: number | null;
  /** 90th percentile (linear interpolation between closest ranks), in days, one decimal. */
  p90Days: number | null;
  /** Active applications in the stage now. */
  waiting: number;
}

export interface WaitingApplication {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  jobId: string;
  jobTitle: string;
  stageName: string;
  /** Whole days since it entered its stage (as on the board). */
  daysInStage: number;
  stageEnteredAt: string;
}

export interface TimeInStageReport {
  scope: ReportScope;
  stages: TimeInStageRow[];
  /** Active applications, longest in their current stage first (at most WAITING_LONGEST_LIMIT). */
  waitingLongest: WaitingApplication[];
}

export const WAITING_LONGEST_LIMIT = 10;

// ── red flags ──────────────────────────────────────────────────────────────

export interface RedFlagSeverityCounts {
  note: number;
  concern: number;
  dealbreaker: number;
}

export interface RedFlagTypeRow {
  /** Across jobs, the types of the same label are added up. */
  label: string;
  /** Red flags of this type raised on submitted scorecards. */
  raised: number;
  /** Applications with at least one. */
  applications: number;
  /** Applications where two or more different interviewers raised it. */
  corroborated: number;
  corroborationRate: number | null;
  /** Of `applications`, those rejected (status now). */
  rejected: number;
  rejectionRate: number | null;
  severities: RedFlagSeverityCounts;
}

export interface RedFlagStageRow {
  label: string;
  /** The stage of the scorecard that raised it. */
  stageName: string;
  order: number;
  raised: number;
}

export interface RedFlagsReport {
  scope: ReportScope;
  applications: number;
  /** Applications with a red flag on a submitted scorecard (the stored red-flag count > 0). */
  flaggedApplications: number;
  /** Flagged applications with a type raised by two or more different interviewers. */
  corroboratedApplications: number;
  flaggedRejected: number;
  flaggedRejectionRate: number | null;
  /** For comparison: how often an application without a red flag was rejected. */
  unflaggedRejectionRate: number | null;
  types: RedFlagTypeRow[];
  byStage: RedFlagStageRow[];
}

// ── interviewer calibration ────────────────────────────────────────────────

export interface RatingCount {
  rating: Rating;
  count: number;
}

export interface InterviewerCalibrationRow {
  interviewerId: string;
  name: string;
  role: Role;
  /** (application, interview stage) pairs: assigned to the application, or on the stage's panel once it entered the stage. */
  assigned: number;
  /** Submitted scorecards. */
  submitted: number;
  /** Assigned pairs without a submitted scorecard whose application entered the stage and now stands on a later one. */
  overdue: number;
  /** Their submitted 1–4 ratings, one entry per rating. */
  ratings: RatingCount[];
  /** Mean of (their rating − mean of the co-panelists' ratings) on the same application and item; + is more generous. */
  offset: number | null;
  /** How many (application, item) pairs the offset compares. */
  comparisons: number;
  /** Focus items of the stages they submitted scorecards for, counted per scorecard. */
  focusItems: number;
  /** Of those, the ones they rated (not left "not assessed"). */
  focusAssessed: number;
  focusAssessedRate: number | null;
  /** Edits of a submitted scorecard made after another interviewer had submitted on the application. */
  revisionsAfterSeeingOthers: number;
}

export interface CalibrationReport {
  scope: ReportScope;
  interviewers: InterviewerCalibrationRow[];
}

// ── item reliability ───────────────────────────────────────────────────────

export const RUBRIC_PROBLEMS = ['often_not_assessed', 'often_disputed'] as const;
export type RubricProblem = (typeof RUBRIC_PROBLEMS)[number];

/** When an item is named as a rubric problem (libs/reports). */
export interface RubricProblemThresholds {
  /** Not assessed on at least this % of the scorecards it was a focus item of… */
  notAssessedRate: number;
  /** …or disputed on at least this % of the applications it was compared on… */
  disagreementRate: number;
  /** …each over at least this many scorecards / applications. */
  minSample: number;
}

export interface ItemReliabilityRow {
  itemId: string;
  jobId: string;
  jobTitle: string;
  label: string;
  category: ChecklistCategory;
  retired: boolean;
  /** Submitted scorecards of a stage that lists this item as a focus item. */
  focusScorecards: number;
  /** Of those, the ones that left it not assessed. */
  notAssessed: number;
  notAssessedRate: number | null;
  /** Applications with two or more submitted ratings of it. */
  compared: number;
  /** Of those, the ones whose ratings span 2 or more (prerequisites: both met and not met). */
  disagreements: number;
  disagreementRate: number | null;
  problems: RubricProblem[];
}

export interface ItemReliabilityReport {
  scope: ReportScope;
  thresholds: RubricProblemThresholds;
  items: ItemReliabilityRow[];
}

// ── sources ────────────────────────────────────────────────────────────────

export interface SourceRow {
  source: CandidateSource;
  applications: number;
  active: number;
  rejected: number;
  withdrawn: number;
  hired: number;
  /** hired / applications × 100. */
  hireRate: number | null;
}

export interface SourcesReport {
  scope: ReportScope;
  sources: SourceRow[];
}
