import type { BulkRequest, BulkResult } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { jobPipelinesQueryKey } from './get-pipeline';

export interface BulkUpdateInput {
  jobId: string;
  request: BulkRequest;
}

/** All or nothing: the API applies every change or none. */
export function bulkUpdateApplications({ request }: BulkUpdateInput): Promise<BulkResult> {
  return api.post<BulkResult>('/applications/bulk', request);
}

export function useBulkUpdateApplications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkUpdateApplications,
    onSettled: (_data, _error, { jobId }) => queryClient.invalidateQueries({ queryKey: jobPipelinesQueryKey(jobId) }),
  });
}
