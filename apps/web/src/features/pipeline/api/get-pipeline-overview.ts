import type { PipelineOverview } from '@shortlist/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getPipelineOverview(): Promise<PipelineOverview> {
  return api.get<PipelineOverview>('/pipeline/overview');
}

export const pipelineOverviewQueryOptions = () =>
  queryOptions({
    queryKey: ['pipeline-overview'],
    queryFn: getPipelineOverview,
  });

export function usePipelineOverview() {
  return useQuery(pipelineOverviewQueryOptions());
}
