import type { ItemReliabilityReport, ReportQuery } from '@shortlist/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportPath, reportQueryKey } from './report-query';

export function getItemReliabilityReport(query: ReportQuery): Promise<ItemReliabilityReport> {
  return api.get<ItemReliabilityReport>(reportPath('item-reliability', query));
}

export const itemReliabilityReportQueryOptions = (query: ReportQuery) =>
  queryOptions({
    queryKey: reportQueryKey('item-reliability', query),
    queryFn: () => getItemReliabilityReport(query),
  });

export function useItemReliabilityReport(query: ReportQuery, enabled = true) {
  // Keeps the last numbers on screen while a filter change loads.
  return useQuery({ ...itemReliabilityReportQueryOptions(query), enabled, placeholderData: keepPreviousData });
}
