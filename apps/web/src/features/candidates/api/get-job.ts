import type { JobView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The job's checklist items and red-flag types a note can be about. */
export function getJob(jobId: string): Promise<JobView> {
  return api.get<JobView>(`/jobs/${encodeURIComponent(jobId)}`);
}

export const jobQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: ['jobs', jobId],
    queryFn: () => getJob(jobId),
  });

export function useJob(jobId: string | undefined) {
  return useQuery({ ...jobQueryOptions(jobId ?? ''), enabled: jobId !== undefined });
}
