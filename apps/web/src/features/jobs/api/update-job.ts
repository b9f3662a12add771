import type { JobView, UpdateJobRequest } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import { jobQueryOptions } from './get-job';
import { jobsQueryOptions } from './get-jobs';
import { rubricVersionsQueryOptions } from './get-rubric-versions';

export interface UpdateJobInput {
  jobId: string;
  changes: UpdateJobRequest;
}

export function updateJob({ jobId, changes }: UpdateJobInput): Promise<JobView> {
  return api.patch<JobView>(`/jobs/${encodeURIComponent(jobId)}`, changes);
}

/** The job changed since `version` was read: the API refused to overwrite it (409). */
export function isVersionConflict(error: unknown): boolean {
  // Compared as a string: the code is the API's, and may be newer than this build's list.
  const code: string | undefined = error instanceof ApiError ? error.code : undefined;
  return code === 'VERSION_CONFLICT';
}

export function useUpdateJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateJob,
    // Fetch the newer job so the page can show it; an open editor keeps its edits until reloaded.
    onError: (error, { jobId }) => {
      if (isVersionConflict(error)) void queryClient.invalidateQueries({ queryKey: jobQueryOptions(jobId).queryKey });
    },
    onSuccess: async (job) => {
      queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: jobsQueryOptions().queryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: rubricVersionsQueryOptions(job.id).queryKey }),
      ]);
    },
  });
}
