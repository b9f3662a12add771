import type { PipelineQuery } from '@shortlist/contracts';
import type { PipelineFilters } from '../api/get-pipeline';

export const SORTS = [
  { value: 'score', label: 'Score' },
  { value: 'days_in_stage', label: 'Days in stage' },
  { value: 'name', label: 'Name' },
] as const;

export type BoardView = 'board' | 'table';

type Sort = NonNullable<PipelineQuery['sort']>;

function isSort(value: string | null): value is Sort {
  return SORTS.some((sort) => sort.value === value);
}

/** Filters live in the address so a filtered board can be shared and survives a reload. */
export function filtersFromSearch(params: URLSearchParams): PipelineFilters {
  const filters: PipelineFilters = {};
  const sort = params.get('sort');
  if (isSort(sort)) filters.sort = sort;
  const minScore = Number(params.get('minScore'));
  if (params.get('minScore') && Number.isFinite(minScore)) filters.minScore = minScore;
  if (params.get('hasRedFlags') === 'true') filters.hasRedFlags = true;
  if (params.get('gateFailed') === 'true') filters.gateFailed = true;
  const tag = params.get('tag')?.trim();
  if (tag) filters.tag = tag;
  const q = params.get('q')?.trim();
  if (q) filters.q = q;
  return filters;
}

export function viewFromSearch(params: URLSearchParams): BoardView {
  return params.get('view') === 'table' ? 'table' : 'board';
}

export function hasActiveFilters(filters: PipelineFilters): boolean {
  return Object.entries(filters).some(([name, value]) => name !== 'sort' && value !== undefined);
}

/** Sets one parameter (removing it when empty), keeping the others. */
export function withParam(params: URLSearchParams, name: string, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === undefined || value === '') next.delete(name);
  else next.set(name, value);
  return next;
}
