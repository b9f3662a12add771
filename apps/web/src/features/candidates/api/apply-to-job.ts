import type { ApplicationView, ApplyRequest } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { candidateQueryOptions } from './get-candidate';

export interface ApplyToJobInput {
  jobId: string;
  request: ApplyRequest;
}

export function applyToJob({ jobId, request }: ApplyToJobInput): Promise<ApplicationView> {
  return api.post<ApplicationView>(`/jobs/${encodeURIComponent(jobId)}/applications`, request);
}

export function useApplyToJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyToJob,
    onSuccess: (_application, { request }) =>
      queryClient.invalidateQueries({ queryKey: candidateQueryOptions(request.candidateId).queryKey }),
  });
}
