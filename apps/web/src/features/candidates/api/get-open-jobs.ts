import type { JobSummary, JobView, Page } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Jobs a candidate can be added to. */
export async function getOpenJobs(): Promise<JobSummary[]> {
  const page = await api.get<Page<JobSummary>>('/jobs');
  return page.items.filter((job) => job.status === 'open');
}

export const openJobsQueryOptions = () =>
  queryOptions({
    queryKey: ['jobs', 'open'],
    queryFn: getOpenJobs,
  });

export function useOpenJobs() {
  return useQuery(openJobsQueryOptions());
}

/** The chosen job, for its knock-out questions. */
export function getApplyJob(jobId: string): Promise<JobView> {
  return api.get<JobView>(`/jobs/${encodeURIComponent(jobId)}`);
}

export const applyJobQueryOptions = (jobId: string) =>
  queryOptions({
    // The same resource as the job page reads, so they share one cache entry.
    queryKey: ['jobs', jobId],
    queryFn: () => getApplyJob(jobId),
  });

export function useApplyJob(jobId: string | null) {
  return useQuery({ ...applyJobQueryOptions(jobId ?? ''), enabled: jobId !== null });
}
