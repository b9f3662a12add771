import type { FunnelReport, ReportQuery } from '@shortlist/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportPath, reportQueryKey } from './report-query';

export function getFunnelReport(query: ReportQuery): Promise<FunnelReport> {
  return api.get<FunnelReport>(reportPath('funnel', query));
}

export const funnelReportQueryOptions = (query: ReportQuery) =>
  queryOptions({
    queryKey: reportQueryKey('funnel', query),
    queryFn: () => getFunnelReport(query),
  });

export function useFunnelReport(query: ReportQuery, enabled = true) {
  // Keeps the last numbers on screen while a filter change loads.
  return useQuery({ ...funnelReportQueryOptions(query), enabled, placeholderData: keepPreviousData });
}
