import type { EraseCandidatesRequest, EraseCandidatesResult } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { candidateQueryOptions } from './get-candidate';
import { candidatesQueryOptions } from './get-candidates';
import { retentionQueryOptions } from './get-retention';

export function eraseCandidates(request: EraseCandidatesRequest): Promise<EraseCandidatesResult> {
  return api.post<EraseCandidatesResult>('/candidates/erasures', request);
}

export function useEraseCandidates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseCandidates,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: retentionQueryOptions().queryKey.slice(0, 2) }),
        queryClient.invalidateQueries({ queryKey: candidatesQueryOptions().queryKey.slice(0, 2) }),
        // Every erased candidate's page: ['candidates', 'detail'] covers them all.
        queryClient.invalidateQueries({ queryKey: candidateQueryOptions('').queryKey.slice(0, 2) }),
      ]);
    },
  });
}
