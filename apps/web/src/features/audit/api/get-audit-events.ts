import type { AuditPage, AuditQuery } from '@shortlist/contracts';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** What the filter bar sends: the API's filters, with the dates as instants. */
export type AuditEventFilters = Pick<AuditQuery, 'action' | 'actorId' | 'entityId' | 'from' | 'to'>;

export const AUDIT_PAGE_SIZE = 50;

const PARAMS: readonly (keyof AuditQuery)[] = ['action', 'actorId', 'entityId', 'from', 'to', 'limit', 'beforeSeq'];

export function auditSearch(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const name of PARAMS) {
    const value = query[name];
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function getAuditEvents(query: AuditQuery): Promise<AuditPage> {
  return api.get<AuditPage>(`/audit${auditSearch(query)}`);
}

export const auditEventsQueryOptions = (filters: AuditEventFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'events', filters] as const,
    queryFn: ({ pageParam }) => getAuditEvents({ ...filters, limit: AUDIT_PAGE_SIZE, beforeSeq: pageParam }),
    initialPageParam: undefined as number | undefined,
    // Keyset paging: the next page is everything older than the last event shown.
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });

export function useAuditEvents(filters: AuditEventFilters) {
  // Keeps the table on screen while a filter change loads, instead of flashing skeletons.
  return useInfiniteQuery({ ...auditEventsQueryOptions(filters), placeholderData: keepPreviousData });
}
