import '@mantine/charts/styles.css';
import { Stack, Tabs, Text } from '@mantine/core';
import { REPORT_KINDS, type ReportKind } from '@shortlist/contracts';
import type { ComponentType } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ContentLayout } from '@/components/layouts/content-layout';
import { CalibrationReport } from '../components/calibration-report';
import { FunnelReport } from '../components/funnel-report';
import { ItemReliabilityReport } from '../components/item-reliability-report';
import { RedFlagsReport } from '../components/red-flags-report';
import { ReportFilters } from '../components/report-filters';
import { SourcesReport } from '../components/sources-report';
import { TimeInStageReport } from '../components/time-in-stage-report';
import { filtersFromSearch, queryOf, rangeError, withParam } from '../utils/filters';
import { REPORT_LABELS } from '../utils/format';

const REPORTS: Record<ReportKind, ComponentType<{ query: ReturnType<typeof queryOf>; enabled: boolean }>> = {
  funnel: FunnelReport,
  'time-in-stage': TimeInStageReport,
  'red-flags': RedFlagsReport,
  calibration: CalibrationReport,
  'item-reliability': ItemReliabilityReport,
  sources: SourcesReport,
};

export function ReportsRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const query = queryOf(filters);
  const invalid = rangeError(filters) !== undefined;

  const handleFilterChange = (name: 'jobId' | 'from' | 'to', value: string | undefined) =>
    setSearchParams((current) => withParam(current, name, value), { replace: true });
  const handleClear = () =>
    setSearchParams((current) => withParam(new URLSearchParams(), 'report', current.get('report') ?? undefined), {
      replace: true,
    });
  const handleReportChange = (value: string | null) =>
    setSearchParams((current) => withParam(current, 'report', value === 'funnel' ? undefined : (value ?? undefined)));

  return (
    <ContentLayout
      title="Reports"
      description="How applications move through hiring, how long they wait, what interviewers flag and how they rate."
    >
      <Stack gap="md">
        <ReportFilters filters={filters} onChange={handleFilterChange} onClear={handleClear} />
        {invalid && (
          <Text size="sm" c="red" role="alert">
            The reports wait for a date range that ends after it starts.
          </Text>
        )}
        <Tabs value={filters.report} onChange={handleReportChange} keepMounted={false}>
          <Tabs.List aria-label="Reports">
            {REPORT_KINDS.map((kind) => (
              <Tabs.Tab key={kind} value={kind}>
                {REPORT_LABELS[kind]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {REPORT_KINDS.map((kind) => {
            const Report = REPORTS[kind];
            return (
              <Tabs.Panel key={kind} value={kind} pt="md">
                <Report query={query} enabled={!invalid} />
              </Tabs.Panel>
            );
          })}
        </Tabs>
      </Stack>
    </ContentLayout>
  );
}
