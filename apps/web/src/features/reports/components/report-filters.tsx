import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useReportJobs } from '../api/get-report-jobs';
import { rangeError, type ReportFilters as Filters } from '../utils/filters';

export interface ReportFiltersProps {
  filters: Filters;
  onChange: (name: 'jobId' | 'from' | 'to', value: string | undefined) => void;
  onClear: () => void;
}

/** Job and applied-date range; every report on the page reads them from the address. */
export function ReportFilters({ filters, onChange, onClear }: ReportFiltersProps) {
  const jobs = useReportJobs();
  const options = [
    { value: '', label: 'All jobs' },
    ...(jobs.data?.items ?? []).map((job) => ({ value: job.id, label: job.title })),
  ];
  const active = Boolean(filters.jobId || filters.from || filters.to);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Report filters">
      <Select
        label="Job"
        data={options}
        value={filters.jobId ?? ''}
        onChange={(value) => onChange('jobId', value || undefined)}
        allowDeselect={false}
        searchable
        w={280}
        disabled={jobs.isPending}
        error={jobs.isError ? 'Could not load the jobs' : undefined}
      />
      <TextInput
        type="date"
        label="Applied from"
        value={filters.from ?? ''}
        onChange={(event) => onChange('from', event.currentTarget.value || undefined)}
        w={170}
      />
      <TextInput
        type="date"
        label="Applied before"
        value={filters.to ?? ''}
        onChange={(event) => onChange('to', event.currentTarget.value || undefined)}
        error={rangeError(filters)}
        w={170}
      />
      {active && (
        <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
