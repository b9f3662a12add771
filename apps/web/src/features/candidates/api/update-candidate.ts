import type { CandidateView, UpdateCandidateRequest } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { candidateQueryOptions } from './get-candidate';
import { candidatesQueryOptions } from './get-candidates';

export interface UpdateCandidateInput {
  candidateId: string;
  changes: UpdateCandidateRequest;
}

export function updateCandidate({ candidateId, changes }: UpdateCandidateInput): Promise<CandidateView> {
  return api.patch<CandidateView>(`/candidates/${encodeURIComponent(candidateId)}`, changes);
}

export function useUpdateCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCandidate,
    onSuccess: async (candidate) => {
      queryClient.setQueryData(candidateQueryOptions(candidate.id).queryKey, candidate);
      await queryClient.invalidateQueries({ queryKey: candidatesQueryOptions().queryKey.slice(0, 2) });
    },
    // A 409 VERSION_CONFLICT means someone else saved first: show their version.
    onError: (_error, { candidateId }) =>
      queryClient.invalidateQueries({ queryKey: candidateQueryOptions(candidateId).queryKey }),
  });
}
