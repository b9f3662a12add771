import type { CreateJobRequest, JobView } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { jobQueryOptions } from './get-job';
import { jobsQueryOptions } from './get-jobs';

export function createJob(input: CreateJobRequest): Promise<JobView> {
  return api.post<JobView>('/jobs', input);
}

export function useCreateJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createJob,
    onSuccess: async (job) => {
      // The job page opens next: give it the answer instead of a second request.
      queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job);
      await queryClient.invalidateQueries({ queryKey: jobsQueryOptions().queryKey, exact: true });
    },
  });
}
