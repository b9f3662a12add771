import type { CandidateView, CreateCandidateRequest } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { candidateQueryOptions } from './get-candidate';
import { candidatesQueryOptions } from './get-candidates';

export function createCandidate(request: CreateCandidateRequest): Promise<CandidateView> {
  return api.post<CandidateView>('/candidates', request);
}

export function useCreateCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCandidate,
    onSuccess: async (candidate) => {
      queryClient.setQueryData(candidateQueryOptions(candidate.id).queryKey, candidate);
      // Every page and filter of the list may now include the new candidate.
      await queryClient.invalidateQueries({ queryKey: candidatesQueryOptions().queryKey.slice(0, 2) });
    },
  });
}
