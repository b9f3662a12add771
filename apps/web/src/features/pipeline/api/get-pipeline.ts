import type { PipelineQuery, PipelineView } from '@shortlist/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { env } from '@/config/env';
import { api } from '@/lib/api-client';

/** What the board's filters and sort put in the address and in the request. */
export type PipelineFilters = Pick<PipelineQuery, 'sort' | 'minScore' | 'hasRedFlags' | 'gateFailed' | 'tag' | 'q'>;

export const PIPELINE_PAGE_SIZE = 50;

export function pipelineSearch(query: PipelineQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '' || value === false) continue;
    params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function getPipeline(jobId: string, query: PipelineQuery = {}): Promise<PipelineView> {
  return api.get<PipelineView>(`/jobs/${encodeURIComponent(jobId)}/pipeline${pipelineSearch(query)}`);
}

/** The next page of one column ("Load more"). */
export function getPipelineStagePage(
  jobId: string,
  filters: PipelineFilters,
  stageId: string,
  offset: number,
): Promise<PipelineView> {
  return getPipeline(jobId, { ...filters, stageId, offset, limit: PIPELINE_PAGE_SIZE });
}

export function pipelineCsvHref(jobId: string, filters: PipelineFilters): string {
  return `${env.API_BASE}/jobs/${encodeURIComponent(jobId)}/pipeline.csv${pipelineSearch(filters)}`;
}

/** Every board of a job, whatever its filters: what a move or bulk action makes stale. */
export const jobPipelinesQueryKey = (jobId: string) => ['pipeline', jobId] as const;

export const pipelineQueryOptions = (jobId: string, filters: PipelineFilters = {}) =>
  queryOptions({
    queryKey: [...jobPipelinesQueryKey(jobId), filters] as const,
    queryFn: () => getPipeline(jobId, filters),
  });

export function usePipeline(jobId: string, filters: PipelineFilters) {
  // Keeps the board on screen while a filter change loads, instead of flashing a loader.
  return useQuery({ ...pipelineQueryOptions(jobId, filters), placeholderData: keepPreviousData });
}
