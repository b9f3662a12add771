import type { Proposal } from './applications';
import type { Assessment, DebriefAgenda, RatingValue, RedFlagSeverity } from './scoring';

/** Every value a rating may take (1–4 for rated items, met / not_met for prerequisites, null: not assessed). */
export const RATING_VALUES: readonly RatingValue[] = [1, 2, 3, 4, 'met', 'not_met', null];

export const SCORECARD_STATUSES = ['draft', 'submitted'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export interface RatingInput {
  itemId: string;
  value: RatingValue;
  note?: string | null;
}

export interface RedFlagInput {
  typeId: string;
  severity: RedFlagSeverity;
  /** Required for a dealbreaker. */
  evidence?: string | null;
}

export interface AssignInterviewerRequest {
  userId: string;
  stageId: string;
}

export interface InterviewerAssignment {
  applicationId: string;
  userId: string;
  userName: string;
  stageId: string;
}

/** What an interviewer has to do: an assigned application at a stage, and their scorecard's state there. */
export interface MyInterview {
  applicationId: string;
  candidateName: string;
  jobId: string;
  jobTitle: string;
  stageId: string;
  stageName: string;
  scorecard: 'due' | 'draft' | 'submitted';
  scorecardId: string | null;
}

export interface StartScorecardRequest {
  stageId: string;
}

export interface SaveScorecardRequest {
  version: number;
  ratings: RatingInput[];
  redFlags: RedFlagInput[];
  recommendation?: Recommendation | null;
  takeaways?: string | null;
}

export interface SubmitScorecardRequest {
  version: number;
}

export interface ScorecardVersion {
  id: string;
  version: number;
  status: ScorecardStatus;
}

export interface ScorecardView {
  id: string;
  applicationId: string;
  stageId: string;
  interviewerId: string;
  interviewerName: string;
  status: ScorecardStatus;
  version: number;
  rubricVersion: number;
  recommendation: Recommendation | null;
  takeaways: string | null;
  submittedAt: string | null;
  revisedAfterSeeingOthers: boolean;
  ratings: { itemId: string; value: RatingValue; note: string | null }[];
  redFlags: { typeId: string; severity: RedFlagSeverity; evidence: string | null }[];
  /** Revisions made after submitting (1 is the submitted one). */
  revisions: { revision: number; createdAt: string; afterSeeingOthers: boolean }[];
}

/** GET /applications/:id/assessment: libs/scoring's assessment, the debrief agenda, and the people and scorecards behind the ids. */
export interface AssessmentView extends Assessment {
  applicationId: string;
  agenda: DebriefAgenda;
  interviewers: { id: string; name: string }[];
  scorecards: {
    id: string;
    interviewerId: string;
    stageId: string;
    recommendation: Recommendation | null;
    takeaways: string | null;
    submittedAt: string | null;
  }[];
}

export const DECISIONS = ['advance', 'hire', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface DecisionRequest {
  decision: Decision;
  /** Required when the decision differs from the proposal, and with override. */
  reason?: string;
  /** Advance or hire although a must-have gate is unverified (needs a reason). */
  override?: boolean;
}

export interface DecisionView {
  id: string;
  applicationId: string;
  decidedBy: string;
  decision: Decision;
  proposalAtTime: Proposal | null;
  scoreAtTime: number | null;
  reason: string | null;
  override: boolean;
  createdAt: string;
}

export interface CreateNoteRequest {
  body: string;
  itemId?: string;
  redFlagTypeId?: string;
}

export interface NoteView {
  id: string;
  applicationId: string;
  authorId: string;
  authorName: string;
  body: string;
  itemId: string | null;
  redFlagTypeId: string | null;
  createdAt: string;
}
