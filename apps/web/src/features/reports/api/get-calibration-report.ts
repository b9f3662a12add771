import type { CalibrationReport, ReportQuery } from '@shortlist/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reportPath, reportQueryKey } from './report-query';

export function getCalibrationReport(query: ReportQuery): Promise<CalibrationReport> {
  return api.get<CalibrationReport>(reportPath('calibration', query));
}

export const calibrationReportQueryOptions = (query: ReportQuery) =>
  queryOptions({
    queryKey: reportQueryKey('calibration', query),
    queryFn: () => getCalibrationReport(query),
  });

export function useCalibrationReport(query: ReportQuery, enabled = true) {
  // Keeps the last numbers on screen while a filter change loads.
  return useQuery({ ...calibrationReportQueryOptions(query), enabled, placeholderData: keepPreviousData });
}
