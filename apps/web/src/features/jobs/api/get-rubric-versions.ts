import type { RubricVersionView } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getRubricVersions(jobId: string): Promise<RubricVersionView[]> {
  return api.get<RubricVersionView[]>(`/jobs/${encodeURIComponent(jobId)}/rubric-versions`);
}

export const rubricVersionsQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: ['jobs', jobId, 'rubric-versions'],
    queryFn: () => getRubricVersions(jobId),
  });

/** Loaded only while `enabled` (the history drawer is open). */
export function useRubricVersions(jobId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...rubricVersionsQueryOptions(jobId), enabled });
}
