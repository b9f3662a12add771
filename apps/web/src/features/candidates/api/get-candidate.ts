import type { CandidateView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getCandidate(candidateId: string): Promise<CandidateView> {
  return api.get<CandidateView>(`/candidates/${encodeURIComponent(candidateId)}`);
}

export const candidateQueryOptions = (candidateId: string) =>
  queryOptions({
    queryKey: ['candidates', 'detail', candidateId],
    queryFn: () => getCandidate(candidateId),
  });

export function useCandidate(candidateId: string) {
  return useQuery(candidateQueryOptions(candidateId));
}
