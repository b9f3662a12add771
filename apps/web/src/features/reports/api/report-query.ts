import type { ReportKind, ReportQuery } from '@shortlist/contracts';
import { env } from '@/config/env';

/** The report's query string: only the filters that are set. */
export function reportSearch(query: ReportQuery): string {
  const params = new URLSearchParams();
  for (const name of ['jobId', 'from', 'to'] as const) {
    const value = query[name];
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const reportPath = (kind: ReportKind, query: ReportQuery): string => `/reports/${kind}${reportSearch(query)}`;

/** The same report as CSV, for a download link (the session cookie goes along). */
export const reportCsvHref = (kind: ReportKind, query: ReportQuery): string =>
  `${env.API_BASE}/reports/${kind}.csv${reportSearch(query)}`;

/** Every report: what a change anywhere in the pipeline makes stale. */
export const reportsQueryKey = ['reports'] as const;

export const reportQueryKey = (kind: ReportKind, query: ReportQuery) => [...reportsQueryKey, kind, query] as const;
