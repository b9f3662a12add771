import type { ApplicationView, MoveRequest } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { jobPipelinesQueryKey } from './get-pipeline';

export interface MoveApplicationInput {
  jobId: string;
  applicationId: string;
  move: MoveRequest;
}

export function moveApplication({ applicationId, move }: MoveApplicationInput): Promise<ApplicationView> {
  return api.post<ApplicationView>(`/applications/${encodeURIComponent(applicationId)}/moves`, move);
}

export function useMoveApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveApplication,
    onSettled: (_data, _error, { jobId }) => queryClient.invalidateQueries({ queryKey: jobPipelinesQueryKey(jobId) }),
  });
}
