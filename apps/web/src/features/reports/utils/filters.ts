import { REPORT_KINDS, type ReportKind, type ReportQuery } from '@shortlist/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The report filters live in the address (`?report=…&jobId=…&from=…&to=…`) so a view can be shared. */
export interface ReportFilters extends ReportQuery {
  report: ReportKind;
}

function isReportKind(value: string | null): value is ReportKind {
  return (REPORT_KINDS as readonly (string | null)[]).includes(value);
}

export function filtersFromSearch(params: URLSearchParams): ReportFilters {
  const report = params.get('report');
  const jobId = params.get('jobId')?.trim();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    report: isReportKind(report) ? report : 'funnel',
    ...(jobId ? { jobId } : {}),
    ...(DATE.test(from) ? { from } : {}),
    ...(DATE.test(to) ? { to } : {}),
  };
}

/** The API's range is [from, to): an end on or before the start selects nothing, so it is refused here too. */
export function rangeError(filters: ReportQuery): string | undefined {
  return filters.from && filters.to && filters.to <= filters.from ? 'Must be after the start date' : undefined;
}

export function queryOf({ jobId, from, to }: ReportQuery): ReportQuery {
  return { ...(jobId ? { jobId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Sets one parameter (removing it when empty), keeping the others. */
export function withParam(params: URLSearchParams, name: string, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === undefined || value === '') next.delete(name);
  else next.set(name, value);
  return next;
}
