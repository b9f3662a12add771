import type { RedFlagsReport, ReportQuery } from '@shortlist/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportPath, reportQueryKey } from './report-query';

export function getRedFlagsReport(query: ReportQuery): Promise<RedFlagsReport> {
  return api.get<RedFlagsReport>(reportPath('red-flags', query));
}

export const redFlagsReportQueryOptions = (query: ReportQuery) =>
  queryOptions({
    queryKey: reportQueryKey('red-flags', query),
    queryFn: () => getRedFlagsReport(query),
  });

export function useRedFlagsReport(query: ReportQuery, enabled = true) {
  // Keeps the last numbers on screen while a filter change loads.
  return useQuery({ ...redFlagsReportQueryOptions(query), enabled, placeholderData: keepPreviousData });
}
