import type { ApplicationStatus, ScreeningResult } from './candidates';

export type GateStatus = 'pass' | 'pending' | 'fail';
export type Proposal = 'advance' | 'discuss' | 'reject' | 'insufficient_evidence';

export const REJECTION_KINDS = ['rejected_by_us', 'withdrew'] as const;
export type RejectionKind = (typeof REJECTION_KINDS)[number];

export interface KnockoutAnswer {
  itemId: string;
  met: boolean;
}

export interface StageMove {
  id: string;
  fromStageId: string | null;
  toStageId: string | null;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  actorId: string | null;
  actorName: string | null;
  note: string | null;
  reason: string | null;
  at: string;
}

/** Stored on write (scorecards recompute them), never aggregated at read time. */
export interface StoredScore {
  score: number | null;
  coverage: number;
  gates: GateStatus;
  proposal: Proposal | null;
  redFlagCount: number;
}

export interface ApplicationView extends StoredScore {
  id: string;
  jobId: string;
  jobTitle: string;
  candidateId: string;
  candidateName: string;
  stageId: string;
  stageName: string;
  status: ApplicationStatus;
  /** Set while rejected or withdrawn: the stage it left, where undoing returns it. */
  rejection: { kind: RejectionKind; reason: string; fromStageId: string } | null;
  knockoutAnswers: KnockoutAnswer[];
  /** True when a knock-out answered a must-have prerequisite `not met` and the job does not auto-reject. */
  knockoutFlag: boolean;
  screening: ScreeningResult | null;
  tags: string[];
  history: StageMove[];
  appliedAt: string;
  stageEnteredAt: string;
  version: number;
}

/** GET /applications/:id for an interviewer who has not submitted their own scorecard: no stored score (blind rule). */
export type BlindApplicationView = Omit<ApplicationView, keyof StoredScore> & { scoreHidden: true };

export interface ApplyRequest {
  candidateId: string;
  knockoutAnswers?: KnockoutAnswer[];
}

/** Exactly one of toStageId, status or undoRejection. */
export interface MoveRequest {
  toStageId?: string;
  status?: 'rejected' | 'withdrawn' | 'hired';
  /** Back to the stage a rejection or withdrawal left. */
  undoRejection?: boolean;
  /** Required for rejected / withdrawn: one of the job's rejection reasons or free text. */
  reason?: string;
  note?: string;
}

export interface BulkRequest {
  applicationIds: string[];
  action: 'move' | 'reject' | 'tag';
  toStageId?: string;
  reason?: string;
  tags?: string[];
}

export interface BulkResult {
  updated: number;
}

export interface PipelineCard extends StoredScore {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  status: ApplicationStatus;
  screenScore: number | null;
  knockoutFlag: boolean;
  daysInStage: number;
  tags: string[];
}

export interface PipelineStage {
  id: string;
  name: string;
  kind: string;
  count: number;
  applications: PipelineCard[];
}

export interface PipelineView {
  jobId: string;
  stages: PipelineStage[];
  /** Rejected / withdrawn / hired counts (not on the board's stage columns). */
  closed: Record<Exclude<ApplicationStatus, 'active'>, number>;
}

export interface PipelineQuery {
  sort?: 'score' | 'days_in_stage' | 'name';
  minScore?: number;
  hasRedFlags?: boolean;
  gateFailed?: boolean;
  tag?: string;
  q?: string;
  /** Cards per stage (default 50, max 200). */
  limit?: number;
  /** Only this stage, for "load more" in one column. */
  stageId?: string;
  offset?: number;
}

export interface PublicJobPosting {
  slug: string;
  title: string;
  location: string | null;
  employmentType: string | null;
  summary: string | null;
  responsibilities: string[];
  perks: string[];
  knockoutQuestions: { itemId: string; question: string }[];
}

export interface PipelineOverviewStage {
  id: string;
  name: string;
  count: number;
  /** Active applications that have been in this stage more than 7 days. */
  waiting: number;
}

export interface PipelineOverviewJob {
  jobId: string;
  title: string;
  total: number;
  waiting: number;
  stages: PipelineOverviewStage[];
}

/** The recruiter's home: every open job with its counts per stage. */
export interface PipelineOverview {
  jobs: PipelineOverviewJob[];
}

/** What the public form answers: never the application's id. */
export interface PublicApplicationReceipt {
  received: true;
  jobTitle: string;
}
