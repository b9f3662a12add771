import type { TimeInStageReport, ReportQuery } from '@shortlist/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportPath, reportQueryKey } from './report-query';

export function getTimeInStageReport(query: ReportQuery): Promise<TimeInStageReport> {
  return api.get<TimeInStageReport>(reportPath('time-in-stage', query));
}

export const timeInStageReportQueryOptions = (query: ReportQuery) =>
  queryOptions({
    queryKey: reportQueryKey('time-in-stage', query),
    queryFn: () => getTimeInStageReport(query),
  });

export function useTimeInStageReport(query: ReportQuery, enabled = true) {
  // Keeps the last numbers on screen while a filter change loads.
  return useQuery({ ...timeInStageReportQueryOptions(query), enabled, placeholderData: keepPreviousData });
}
