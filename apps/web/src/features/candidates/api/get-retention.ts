import type { RetentionPage, RetentionQuery } from '@shortlist/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const RETENTION_PAGE_SIZE = 50;

export function getRetention({ limit = RETENTION_PAGE_SIZE, offset = 0 }: RetentionQuery = {}): Promise<RetentionPage> {
  return api.get<RetentionPage>(`/candidates/retention?limit=${limit}&offset=${offset}`);
}

export const retentionQueryOptions = (query: RetentionQuery = {}) =>
  queryOptions({
    queryKey: ['candidates', 'retention', query],
    queryFn: () => getRetention(query),
  });

export function useRetention(query: RetentionQuery) {
  return useQuery({ ...retentionQueryOptions(query), placeholderData: keepPreviousData });
}
