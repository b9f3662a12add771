import type { EntityManager } from 'typeorm';
import { JobStageRow } from '../jobs/job-stage.entity';
import { Scorecard } from '../scorecards/scorecard.entity';
import type { Application } from './application.entity';
import { ApplicationInterviewer } from './application-interviewer.entity';

/** Assigned to interview it: on a stage of its job (stage interviewerIds) or to this application itself. */
export async function isAssigned(
  m: EntityManager,
  application: Pick<Application, 'id' | 'jobId'>,
  userId: string,
): Promise<boolean> {
  const onStage = await m
    .createQueryBuilder(JobStageRow, 'stage')
    .where('stage.job_id = :jobId', { jobId: application.jobId })
    .andWhere('stage.interviewer_ids LIKE :pattern', { pattern: `%"${userId}"%` })
    .getExists();
  return onStage || m.existsBy(ApplicationInterviewer, { applicationId: application.id, userId });
}

/** Assigned to interview it at this stage. */
export async function isAssignedAt(
  m: EntityManager,
  application: Pick<Application, 'id'>,
  stage: Pick<JobStageRow, 'id' | 'interviewerIds'>,
  userId: string,
): Promise<boolean> {
  if (stage.interviewerIds.includes(userId)) return true;
  return m.existsBy(ApplicationInterviewer, { applicationId: application.id, userId, stageId: stage.id });
}

/** The blind rule: others' feedback and the score open only after one's own scorecard is submitted. */
export function hasSubmitted(m: EntityManager, applicationId: string, userId: string): Promise<boolean> {
  return m.existsBy(Scorecard, { applicationId, interviewerId: userId, status: 'submitted' });
}
