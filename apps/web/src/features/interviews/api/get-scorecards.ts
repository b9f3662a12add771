import type { ScorecardView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Blind rule: before submitting, an interviewer gets only their own scorecards. */
export function getScorecards(applicationId: string): Promise<ScorecardView[]> {
  return api.get<ScorecardView[]>(`/applications/${encodeURIComponent(applicationId)}/scorecards`);
}

export const scorecardsQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'scorecards'],
    queryFn: () => getScorecards(applicationId),
    staleTime: 0,
  });

export function useScorecards(applicationId: string, enabled = true) {
  return useQuery({ ...scorecardsQueryOptions(applicationId), enabled });
}
