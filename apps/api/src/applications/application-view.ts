import type { ApplicationView, StageMove } from '@shortlist/contracts';
import type { Application } from './application.entity';
import type { StageMoveRow } from './stage-move.entity';

export interface ApplicationNames {
  jobTitle: string;
  candidateName: string;
  stageName: string;
}

export const toStageMove = (row: StageMoveRow & { actorName?: string | null }): StageMove => ({
  id: row.id,
  fromStageId: row.fromStageId,
  toStageId: row.toStageId,
  fromStatus: row.fromStatus,
  toStatus: row.toStatus,
  actorId: row.actorId,
  actorName: row.actorName ?? null,
  note: row.note,
  reason: row.reason,
  at: row.at.toISOString(),
});

export function toApplicationView(a: Application, names: ApplicationNames, history: StageMove[]): ApplicationView {
  return {
    id: a.id,
    jobId: a.jobId,
    jobTitle: names.jobTitle,
    candidateId: a.candidateId,
    candidateName: names.candidateName,
    stageId: a.stageId,
    stageName: names.stageName,
    status: a.status,
    rejection: a.rejection,
    knockoutAnswers: a.knockoutAnswers,
    knockoutFlag: a.knockoutFlag,
    screening: a.screening,
    tags: a.tags,
    history,
    score: a.score,
    coverage: a.coverage,
    gates: a.gates,
    proposal: a.proposal,
    redFlagCount: a.redFlagCount,
    appliedAt: a.appliedAt.toISOString(),
    stageEnteredAt: a.stageEnteredAt.toISOString(),
    version: a.version,
  };
}
