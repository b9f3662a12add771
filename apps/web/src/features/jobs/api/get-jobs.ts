import type { JobSummary, Page } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getJobs(): Promise<Page<JobSummary>> {
  return api.get<Page<JobSummary>>('/jobs');
}

export const jobsQueryOptions = () =>
  queryOptions({
    queryKey: ['jobs'],
    queryFn: getJobs,
  });

export function useJobs() {
  return useQuery(jobsQueryOptions());
}
