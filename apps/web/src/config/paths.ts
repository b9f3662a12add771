export const paths = {
  home: '/',
  login: '/login',
  account: '/account',
  jobs: '/jobs',
  newJob: '/jobs/new',
  job: '/jobs/:jobId',
  jobSettings: '/jobs/:jobId/settings',
  interviews: '/interviews',
  reports: '/reports',
  adminUsers: '/admin/users',
  adminAudit: '/admin/audit',
  adminRetention: '/admin/retention',
  recruiterHome: '/home',
  pipeline: '/jobs/:jobId/pipeline',
  candidates: '/candidates',
  candidate: '/candidates/:candidateId',
  publicApply: '/apply/:slug',
  scorecard: '/applications/:applicationId/scorecards/:stageId',
  assessment: '/applications/:applicationId/assessment',
} as const;

export const jobHref = (jobId: string) => `/jobs/${encodeURIComponent(jobId)}`;
export const jobSettingsHref = (jobId: string) => `${jobHref(jobId)}/settings`;
export const pipelineHref = (jobId: string) => `${jobHref(jobId)}/pipeline`;
export const candidateHref = (candidateId: string) => `/candidates/${encodeURIComponent(candidateId)}`;
export const scorecardHref = (applicationId: string, stageId: string) =>
  `/applications/${encodeURIComponent(applicationId)}/scorecards/${encodeURIComponent(stageId)}`;
export const assessmentHref = (applicationId: string) =>
  `/applications/${encodeURIComponent(applicationId)}/assessment`;
export const publicApplyHref = (slug: string) => `/apply/${encodeURIComponent(slug)}`;

/**
 * Only in-app paths are accepted as a return target, so `next` cannot send users off-site
 * (`//evil.example`) or back to the login page (a redirect loop once signed in).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return paths.home;
  }
  const pathname = next.split(/[?#]/)[0];
  return pathname === paths.login ? paths.home : next;
}

export function loginHref(next?: string): string {
  const target = safeNextPath(next);
  return target === paths.home ? paths.login : `${paths.login}?next=${encodeURIComponent(target)}`;
}
