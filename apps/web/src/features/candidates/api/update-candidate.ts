import type { CandidateView, UpdateCandidateRequest } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import { candidateQueryOptions } from './get-candidate';
import { candidatesQueryOptions } from './get-candidates';

export interface UpdateCandidateInput {
  candidateId: string;
  changes: UpdateCandidateRequest;
}

export function updateCandidate({ candidateId, changes }: UpdateCandidateInput): Promise<CandidateView> {
  return api.patch<CandidateView>(`/candidates/${encodeURIComponent(candidateId)}`, changes);
}

/** The candidate changed since `version` was read: the API refused to overwrite it (409). */
export function isVersionConflict(error: unknown): boolean {
  const code: string | undefined = error instanceof ApiError ? error.code : undefined;
  return code === 'VERSION_CONFLICT';
}

export function useUpdateCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCandidate,
    onSuccess: async (candidate) => {
      queryClient.setQueryData(candidateQueryOptions(candidate.id).queryKey, candidate);
      await queryClient.invalidateQueries({ queryKey: candidatesQueryOptions().queryKey.slice(0, 2) });
    },
    // A 409 VERSION_CONFLICT is not refetched here: the page keeps the user's edits until they reload.
  });
}
