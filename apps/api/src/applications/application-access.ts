import type { EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import { selectRows } from '../database/sql';
import { Scorecard } from '../scorecards/scorecard.entity';
import type { Application } from './application.entity';
import type { AuthUser } from '../auth/auth-user';

/** Who is asking: enough of the signed-in user to decide access. */
export type Actor = Pick<AuthUser, 'id' | 'role'>;

/** Assigned to interview application `a`: on a stage of its job (stage interviewer_ids, JSON) or to it itself. */
const ASSIGNED_TO_A = `(EXISTS (SELECT 1 FROM job_stages s WHERE s.job_id = a.job_id AND s.interviewer_ids LIKE $2)
  OR EXISTS (SELECT 1 FROM application_interviewers ai WHERE ai.application_id = a.id AND ai.user_id = $3))`;

const assignmentValues = (applicationId: string, userId: string) => [applicationId, `%"${userId}"%`, userId];

/** Assigned to interview it: on a stage of its job (stage interviewerIds) or to this application itself. */
export async function isAssigned(
  m: EntityManager,
  application: Pick<Application, 'id' | 'jobId'>,
  userId: string,
): Promise<boolean> {
  const [row] = await selectRows<{ assigned: boolean | number }>(
    m,
    `SELECT ${ASSIGNED_TO_A} AS assigned FROM applications a WHERE a.id = $1`,
    assignmentValues(application.id, userId),
  );
  return Boolean(row?.assigned);
}

/**
 * `ApplicationsService.reachable` for write paths that need only the job: the
 * same rule (404 unless it exists and, for an interviewer, they are assigned
 * to it) in one query, without reading the row's wide columns (`screening`
 * is ~7 KB of JSON).
 */
export async function reachableJobId(m: EntityManager, applicationId: string, actor: Actor): Promise<string> {
  const [row] = await selectRows<{ job_id: string; assigned: boolean | number }>(
    m,
    `SELECT a.job_id, ${ASSIGNED_TO_A} AS assigned FROM applications a WHERE a.id = $1`,
    assignmentValues(applicationId, actor.id),
  );
  if (!row || (actor.role === 'interviewer' && !row.assigned)) throw notFound('Application');
  return row.job_id;
}

/** The blind rule: others' feedback and the score open only after one's own scorecard is submitted. */
export function hasSubmitted(m: EntityManager, applicationId: string, userId: string): Promise<boolean> {
  return m.existsBy(Scorecard, { applicationId, interviewerId: userId, status: 'submitted' });
}
