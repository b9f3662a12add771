import type { JobSummary, Page } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Every job, for the report's job selector. */
export function getReportJobs(): Promise<Page<JobSummary>> {
  return api.get<Page<JobSummary>>('/jobs');
}

export const reportJobsQueryOptions = () =>
  queryOptions({
    // The same resource as the jobs list reads, so they share one cache entry.
    queryKey: ['jobs'],
    queryFn: getReportJobs,
  });

export function useReportJobs() {
  return useQuery(reportJobsQueryOptions());
}
