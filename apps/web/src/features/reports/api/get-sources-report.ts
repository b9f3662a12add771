import type { SourcesReport, ReportQuery } from '@shortlist/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportPath, reportQueryKey } from './report-query';

export function getSourcesReport(query: ReportQuery): Promise<SourcesReport> {
  return api.get<SourcesReport>(reportPath('sources', query));
}

export const sourcesReportQueryOptions = (query: ReportQuery) =>
  queryOptions({
    queryKey: reportQueryKey('sources', query),
    queryFn: () => getSourcesReport(query),
  });

export function useSourcesReport(query: ReportQuery, enabled = true) {
  // Keeps the last numbers on screen while a filter change loads.
  return useQuery({ ...sourcesReportQueryOptions(query), enabled, placeholderData: keepPreviousData });
}
