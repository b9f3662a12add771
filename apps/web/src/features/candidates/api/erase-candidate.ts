import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { candidateQueryOptions } from './get-candidate';
import { candidatesQueryOptions } from './get-candidates';
import { retentionQueryOptions } from './get-retention';

export function eraseCandidate(candidateId: string): Promise<void> {
  return api.delete<void>(`/candidates/${encodeURIComponent(candidateId)}`);
}

export function useEraseCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseCandidate,
    onSuccess: async (_, candidateId) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: candidateQueryOptions(candidateId).queryKey }),
        queryClient.invalidateQueries({ queryKey: candidatesQueryOptions().queryKey.slice(0, 2) }),
        queryClient.invalidateQueries({ queryKey: retentionQueryOptions().queryKey.slice(0, 2) }),
      ]);
    },
  });
}
