import type { Role, UserView } from '@shortlist/contracts';
import type { ReactNode } from 'react';
import { NoAccess } from '@/components/ui/no-access';
import { paths } from '@/config/paths';
import { useCurrentUser } from './auth';

/**
 * Which roles reach which area of the dashboard. The API enforces access on every request;
 * this only decides what the navigation offers and which pages render.
 */
export const AREA_ROLES = {
  jobs: ['admin', 'recruiter', 'hiring_manager', 'interviewer'],
  interviews: ['admin', 'interviewer'],
  reports: ['admin', 'recruiter', 'hiring_manager'],
  adminUsers: ['admin'],
  adminAudit: ['admin'],
  adminRetention: ['admin'],
  candidates: ['admin', 'recruiter', 'hiring_manager'],
  pipeline: ['admin', 'recruiter', 'hiring_manager'],
  recruiterHome: ['admin', 'recruiter', 'hiring_manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

export function canAccess(role: Role, area: Area): boolean {
  return (AREA_ROLES[area] as readonly Role[]).includes(role);
}

export function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const user = useCurrentUser();
  return canAccess(user.role, area) ? children : <NoAccess />;
}

/** Hiring managers and admins create jobs (DESIGN.md, "API v1 surface"). */
export function canCreateJobs(role: Role): boolean {
  return role === 'admin' || role === 'hiring_manager';
}

/** A job's rubric, plan and status are changed by its own hiring manager, or an admin. */
export function canEditJob(user: Pick<UserView, 'id' | 'role'>, job: { hiringManagerId: string }): boolean {
  return user.role === 'admin' || (user.role === 'hiring_manager' && job.hiringManagerId === user.id);
}

/** Recruiters and hiring managers land on their pipelines overview; everyone else on the jobs list. */
export function landingPath(role: Role): string {
  return role === 'recruiter' || role === 'hiring_manager' ? paths.recruiterHome : paths.jobs;
}

/** Moving applications (and undoing a rejection) is for the people who run the pipeline. */
export function canMoveApplications(role: Role): boolean {
  return canAccess(role, 'pipeline');
}
