import type { ApplicationStatus, JobStage, RejectionKind } from '@shortlist/contracts';

/** What the rules need of a stage of the interview plan. */
export type PlanStage = Pick<JobStage, 'id' | 'kind' | 'order'>;

/** Where an application is; `rejection.fromStageId` is the stage a rejection or withdrawal left. */
export interface ApplicationPosition {
  stageId: string;
  status: ApplicationStatus;
  rejection?: { fromStageId: string } | null;
}

export interface AllowedMoves {
  /** Stages a drag or "Move to" may name, in plan order. */
  toStageIds: string[];
  canReject: boolean;
  canWithdraw: boolean;
  canHire: boolean;
  canUndoRejection: boolean;
}

export interface Rejection {
  kind: RejectionKind;
  reason: string;
  fromStageId: string;
}

export interface NextPosition {
  stageId: string;
  status: ApplicationStatus;
  rejection: Rejection | null;
}

export type MoveErrorCode = 'STAGE_TRANSITION_NOT_ALLOWED' | 'REASON_REQUIRED' | 'UNKNOWN_STAGE';

export type MoveDecision = { ok: true; next: NextPosition } | { ok: false; code: MoveErrorCode; message: string };
