import type { ApplicationView, MoveRequest } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applicationQueryOptions } from './get-application';
import { candidateQueryOptions } from './get-candidate';

export interface UndoRejectionInput {
  applicationId: string;
  candidateId: string;
}

/** Returns a rejected or withdrawn application to the stage it left. */
export function undoRejection({ applicationId }: UndoRejectionInput): Promise<ApplicationView> {
  const move: MoveRequest = { undoRejection: true };
  return api.post<ApplicationView>(`/applications/${encodeURIComponent(applicationId)}/moves`, move);
}

export function useUndoRejection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoRejection,
    onSuccess: async (_application, { applicationId, candidateId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: candidateQueryOptions(candidateId).queryKey }),
        queryClient.invalidateQueries({ queryKey: applicationQueryOptions(applicationId).queryKey }),
      ]);
    },
  });
}
