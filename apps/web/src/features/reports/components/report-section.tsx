import { Button, Skeleton, Stack, Text } from '@mantine/core';
import type { ReportKind, ReportQuery } from '@shortlist/contracts';
import { IconChartBar, IconDownload } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { SectionCard } from '@/components/ui/section-card';
import { errorMessage } from '@/lib/api-client';
import { reportCsvHref } from '../api/report-query';

export interface ReportSectionProps<T> {
  kind: ReportKind;
  title: string;
  description: ReactNode;
  query: ReportQuery;
  result: UseQueryResult<T>;
  isEmpty: (data: T) => boolean;
  empty: { title: string; description: string };
  children: (data: T) => ReactNode;
}

/** One report: its heading and CSV download, then a skeleton, an error, an empty state or the report. */
export function ReportSection<T>({
  kind,
  title,
  description,
  query,
  result,
  isEmpty,
  empty,
  children,
}: ReportSectionProps<T>) {
  const download = (
    <Button
      component="a"
      href={reportCsvHref(kind, query)}
      download
      variant="default"
      size="sm"
      leftSection={<IconDownload size={16} aria-hidden />}
    >
      Download CSV
    </Button>
  );
  return (
    <SectionCard title={title} description={description} actions={download}>
      {result.isPending && result.fetchStatus === 'idle' ? (
        <Text c="dimmed" size="sm">
          Fix the filters above to see this report.
        </Text>
      ) : result.isPending ? (
        <Stack gap="sm" role="status" aria-live="polite" aria-label={`Loading ${title.toLowerCase()}`}>
          <Skeleton h={220} />
          <Skeleton h={24} />
          <Skeleton h={24} />
          <Skeleton h={24} />
        </Stack>
      ) : result.isError ? (
        <ErrorState
          title={`Could not load ${title.toLowerCase()}`}
          message={errorMessage(result.error)}
          onRetry={() => void result.refetch()}
        />
      ) : isEmpty(result.data) ? (
        <EmptyState icon={<IconChartBar size={28} />} titleOrder={3} {...empty} />
      ) : (
        <Stack gap="lg" style={{ opacity: result.isPlaceholderData ? 0.6 : 1 }} aria-busy={result.isPlaceholderData}>
          {children(result.data)}
        </Stack>
      )}
    </SectionCard>
  );
}

/** A chart is a picture of the table beside it: screen readers get the summary and read the table. */
export function ChartFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="img" aria-label={label}>
      {children}
    </div>
  );
}
