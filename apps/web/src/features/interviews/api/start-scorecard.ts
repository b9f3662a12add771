import type { ScorecardVersion } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Get-or-create: the API answers the interviewer's existing scorecard for the stage, or a new draft. */
export function startScorecard(applicationId: string, stageId: string): Promise<ScorecardVersion> {
  return api.post<ScorecardVersion>(`/applications/${encodeURIComponent(applicationId)}/scorecards`, { stageId });
}

export const startScorecardQueryOptions = (applicationId: string, stageId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'scorecards', 'start', stageId],
    queryFn: () => startScorecard(applicationId, stageId),
    staleTime: 0,
  });

export function useStartScorecard(applicationId: string, stageId: string) {
  return useQuery(startScorecardQueryOptions(applicationId, stageId));
}
