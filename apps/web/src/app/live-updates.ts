import type { CandidateSearch, LiveChangeEvent } from '@shortlist/contracts';
import {
  hashKey,
  partialMatchKey,
  useQueryClient,
  type InvalidateQueryFilters,
  type Query,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { applicationQueryOptions } from '@/features/assessment/api/get-application';
import { candidateQueryOptions } from '@/features/candidates/api/get-candidate';
import { candidatesQueryOptions } from '@/features/candidates/api/get-candidates';
import { myInterviewsQueryOptions } from '@/features/interviews/api/get-my-interviews';
import { startScorecardQueryOptions } from '@/features/interviews/api/start-scorecard';
import { jobsQueryOptions } from '@/features/jobs/api/get-jobs';
import { jobPipelinesQueryKey } from '@/features/pipeline/api/get-pipeline';
import { pipelineOverviewQueryOptions } from '@/features/pipeline/api/get-pipeline-overview';
import { reportsQueryKey } from '@/features/reports/api/report-query';
import { usersQueryOptions } from '@/features/users/api/get-users';
import { meQueryOptions } from '@/lib/auth';
import { useLiveChanges, type LiveBatch, type LiveStatus } from '@/lib/live-changes';

/**
 * The queries that `build` makes, whatever their parameter: a query's key is
 * rebuilt from its parameter at `position` and compared, so no key is retyped here.
 */
function madeBy<P>(build: (param: P) => QueryKey, position: number) {
  return (query: Query): boolean => {
    const param = query.queryKey[position];
    return param !== undefined && partialMatchKey(query.queryKey, build(param as P));
  };
}

const isPipeline = madeBy(jobPipelinesQueryKey, 1);
const isApplicationScoped = madeBy((id: string) => applicationQueryOptions(id).queryKey, 1);
const isCandidatePage = madeBy((id: string) => candidateQueryOptions(id).queryKey, 2);
const isCandidateList = madeBy((search: CandidateSearch) => candidatesQueryOptions(search).queryKey, 2);
/** Get-or-create, a POST: a change is never a reason to send it again. */
const isScorecardStart = (query: Query): boolean => {
  const [, applicationId, , , stageId] = query.queryKey;
  return (
    typeof applicationId === 'string' &&
    typeof stageId === 'string' &&
    hashKey(query.queryKey) === hashKey(startScorecardQueryOptions(applicationId, stageId).queryKey)
  );
};

const touchesApplications = (change: LiveChangeEvent) =>
  change.applicationIds === null || change.applicationIds.length > 0;
const CANDIDATE_LIST_ACTIONS = new Set<string>([
  'candidate.created',
  'candidate.updated',
  'candidate.erased',
  'candidates.imported',
  'application.created',
  'public_application.submitted',
]);

/** What a batch makes stale, by family; `all` where the ids are not known. */
interface Stale {
  boards: 'all' | Set<string>;
  applications: 'all' | Set<string>;
  /** My interviews, the recruiter overview, candidate pages, reports. */
  pipelineWide: boolean;
  candidatePages: boolean;
  candidateLists: boolean;
  jobs: boolean;
  users: boolean;
}

function staleOf({ changes, resync }: LiveBatch): Stale {
  if (resync) {
    // Changes may have been missed: everything the live changes ever refresh.
    return {
      boards: 'all',
      applications: 'all',
      pipelineWide: true,
      candidatePages: true,
      candidateLists: true,
      jobs: true,
      users: true,
    };
  }
  const stale: Stale = {
    boards: new Set(),
    applications: new Set(),
    pipelineWide: false,
    candidatePages: false,
    candidateLists: false,
    jobs: false,
    users: false,
  };
  for (const change of changes) {
    if (touchesApplications(change)) {
      stale.pipelineWide = true;
      if (change.jobId === null) stale.boards = 'all';
      else if (stale.boards !== 'all') stale.boards.add(change.jobId);
      if (change.applicationIds === null) stale.applications = 'all';
      else if (stale.applications !== 'all') for (const id of change.applicationIds) stale.applications.add(id);
    }
    if (change.action.startsWith('candidate')) stale.candidatePages = true;
    if (CANDIDATE_LIST_ACTIONS.has(change.action)) stale.candidateLists = true;
    if (change.action.startsWith('job.')) stale.jobs = true;
    if (change.action.startsWith('user.')) stale.users = true;
  }
  return stale;
}

/**
 * What a batch of changes makes stale: the boards of their jobs, the pages of
 * their applications (candidate, assessment, scorecards, notes), my interviews,
 * the recruiter overview; jobs, candidate lists and users when those changed.
 * Only queries on screen refetch (TanStack's default); the rest when next shown.
 * Reports are heavy and not a live view: they are marked stale, never refetched here.
 */
export function staleQueriesOf(batch: LiveBatch): InvalidateQueryFilters[] {
  const stale = staleOf(batch);
  const notStart = (query: Query) => !isScorecardStart(query);
  const filters: InvalidateQueryFilters[] = [];
  if (stale.boards === 'all') filters.push({ predicate: isPipeline });
  else for (const jobId of stale.boards) filters.push({ queryKey: jobPipelinesQueryKey(jobId) });
  if (stale.applications === 'all') {
    filters.push({ predicate: (query) => isApplicationScoped(query) && notStart(query) });
  } else {
    for (const id of stale.applications) {
      filters.push({ queryKey: applicationQueryOptions(id).queryKey, predicate: notStart });
    }
  }
  if (stale.pipelineWide) {
    filters.push({ queryKey: myInterviewsQueryOptions().queryKey });
    filters.push({ queryKey: pipelineOverviewQueryOptions().queryKey });
    filters.push({ queryKey: reportsQueryKey, refetchType: 'none' });
  }
  if (stale.pipelineWide || stale.candidatePages) filters.push({ predicate: isCandidatePage });
  if (stale.candidateLists) filters.push({ predicate: isCandidateList });
  if (stale.jobs) filters.push({ queryKey: jobsQueryOptions().queryKey });
  if (stale.users) filters.push({ queryKey: usersQueryOptions().queryKey });
  return filters;
}

export async function refreshForChanges(queryClient: QueryClient, batch: LiveBatch): Promise<void> {
  await Promise.all(staleQueriesOf(batch).map((filter) => queryClient.invalidateQueries(filter)));
}

/**
 * Keeps every open page current: mounted once in the signed-in shell. A
 * refused stream re-checks the session, which signs the user out if it ended.
 */
export function useLiveUpdates(): LiveStatus {
  const queryClient = useQueryClient();
  const onBatch = useCallback((batch: LiveBatch) => void refreshForChanges(queryClient, batch), [queryClient]);
  const onRefused = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
    [queryClient],
  );
  return useLiveChanges({ onBatch, onRefused });
}
