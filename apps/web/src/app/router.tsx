import { useState, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router-dom';
import { PageLoader } from '@/components/ui/page-loader';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import { landingPath, RequireArea, type Area } from '@/lib/authorization';
import { AppRoot } from './routes/app-root';
import { NotFoundRoute } from './routes/not-found';
import { RouteErrorBoundary } from './routes/route-error';

/** A route whose module loads on first visit, so the initial bundle holds only the shell. */
function lazyRoute(load: () => Promise<ComponentType>, area?: Area): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const Page = await load();
      return {
        element: area ? (
          <RequireArea area={area}>
            <Page />
          </RequireArea>
        ) : (
          <Page />
        ),
      };
    },
  };
}

/** Recruiters and hiring managers start on their pipelines; everyone else on the jobs list. */
function LandingRedirect() {
  const user = useCurrentUser();
  return <Navigate to={landingPath(user.role)} replace />;
}

export function createAppRoutes(): RouteObject[] {
  return [
    {
      hydrateFallbackElement: <PageLoader />,
      errorElement: <RouteErrorBoundary />,
      children: [
        {
          path: paths.login,
          ...lazyRoute(() => import('@/features/auth/routes/login-route').then((m) => m.LoginRoute)),
        },
        {
          // Public: candidates apply without an account, outside the signed-in shell.
          path: paths.publicApply,
          ...lazyRoute(() =>
            import('@/features/public-apply/routes/public-apply-route').then((m) => m.PublicApplyRoute),
          ),
        },
        {
          path: paths.home,
          element: <AppRoot />,
          children: [
            {
              // Pathless, so a failing page renders its error inside the shell.
              errorElement: <RouteErrorBoundary />,
              children: [
                { index: true, element: <LandingRedirect /> },
                {
                  path: paths.recruiterHome,
                  ...lazyRoute(
                    () => import('@/features/pipeline/routes/recruiter-home-route').then((m) => m.RecruiterHomeRoute),
                    'recruiterHome',
                  ),
                },
                {
                  path: paths.pipeline,
                  ...lazyRoute(
                    () => import('@/features/pipeline/routes/pipeline-route').then((m) => m.PipelineRoute),
                    'pipeline',
                  ),
                },
                {
                  path: paths.candidates,
                  ...lazyRoute(
                    () => import('@/features/candidates/routes/candidates-route').then((m) => m.CandidatesRoute),
                    'candidates',
                  ),
                },
                {
                  path: paths.candidate,
                  ...lazyRoute(
                    () => import('@/features/candidates/routes/candidate-route').then((m) => m.CandidateRoute),
                    'candidates',
                  ),
                },
                {
                  path: paths.jobs,
                  ...lazyRoute(() => import('@/features/jobs/routes/jobs-route').then((m) => m.JobsRoute), 'jobs'),
                },
                {
                  path: paths.newJob,
                  ...lazyRoute(() => import('@/features/jobs/routes/new-job-route').then((m) => m.NewJobRoute), 'jobs'),
                },
                {
                  path: paths.job,
                  ...lazyRoute(() => import('@/features/jobs/routes/job-route').then((m) => m.JobRoute), 'jobs'),
                },
                {
                  path: paths.jobSettings,
                  ...lazyRoute(
                    () => import('@/features/jobs/routes/job-settings-route').then((m) => m.JobSettingsRoute),
                    'jobs',
                  ),
                },
                {
                  path: paths.interviews,
                  ...lazyRoute(
                    () => import('@/features/interviews/routes/interviews-route').then((m) => m.InterviewsRoute),
                    'interviews',
                  ),
                },
                {
                  // Any assigned interviewer (whatever their role) scores; the API enforces who may.
                  path: paths.scorecard,
                  ...lazyRoute(() =>
                    import('@/features/interviews/routes/scorecard-route').then((m) => m.ScorecardRoute),
                  ),
                },
                {
                  // Interviewers reach it after submitting their own scorecard; the API answers 403 before.
                  path: paths.assessment,
                  ...lazyRoute(() =>
                    import('@/features/assessment/routes/assessment-route').then((m) => m.AssessmentRoute),
                  ),
                },
                {
                  path: paths.reports,
                  ...lazyRoute(
                    () => import('@/features/reports/routes/reports-route').then((m) => m.ReportsRoute),
                    'reports',
                  ),
                },
                {
                  path: paths.adminUsers,
                  ...lazyRoute(
                    () => import('@/features/users/routes/users-route').then((m) => m.UsersRoute),
                    'adminUsers',
                  ),
                },
                {
                  path: paths.adminAudit,
                  ...lazyRoute(
                    () => import('@/features/audit/routes/audit-route').then((m) => m.AuditRoute),
                    'adminAudit',
                  ),
                },
                {
                  path: paths.adminRetention,
                  ...lazyRoute(
                    () => import('@/features/candidates/routes/retention-route').then((m) => m.RetentionRoute),
                    'adminRetention',
                  ),
                },
                {
                  path: paths.account,
                  ...lazyRoute(() => import('@/features/auth/routes/account-route').then((m) => m.AccountRoute)),
                },
                { path: '*', element: <NotFoundRoute /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(createAppRoutes()));
  return <RouterProvider router={router} />;
}
