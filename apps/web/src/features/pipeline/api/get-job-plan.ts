import type { JobView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The job whose board this is: its plan (columns) and rejection reasons. */
export function getJobPlan(jobId: string): Promise<JobView> {
  return api.get<JobView>(`/jobs/${encodeURIComponent(jobId)}`);
}

export const jobPlanQueryOptions = (jobId: string) =>
  queryOptions({
    // The same resource as the job page reads, so the two share one cache entry.
    queryKey: ['jobs', jobId],
    queryFn: () => getJobPlan(jobId),
  });

export function useJobPlan(jobId: string) {
  return useQuery(jobPlanQueryOptions(jobId));
}
