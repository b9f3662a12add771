import type { CandidatePage, CandidateSearch } from '@shortlist/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const CANDIDATES_PAGE_SIZE = 25;

export function getCandidates(search: CandidateSearch = {}): Promise<CandidatePage> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const query = params.toString();
  return api.get<CandidatePage>(`/candidates${query ? `?${query}` : ''}`);
}

export const candidatesQueryOptions = (search: CandidateSearch = {}) =>
  queryOptions({
    queryKey: ['candidates', 'list', search],
    queryFn: () => getCandidates(search),
  });

export function useCandidates(search: CandidateSearch) {
  return useQuery({ ...candidatesQueryOptions(search), placeholderData: keepPreviousData });
}
