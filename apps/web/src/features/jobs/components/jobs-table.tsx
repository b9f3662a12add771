import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { JOB_STATUSES, type JobStatus, type JobSummary } from '@shortlist/contracts';
import { IconBriefcase, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { jobHref } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useJobs } from '../api/get-jobs';
import { dateFormat, STATUS_LABELS } from '../utils/labels';
import { JobStatusBadge } from './job-status-badge';

const COLUMNS = ['Title', 'Level', 'Status', 'Location', 'Items', 'Stages', 'Hiring manager', 'Updated'];
const SKELETON_ROWS = 4;
const STATUS_FILTERS = [
  { value: 'all', label: 'All' },
  ...JOB_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
];

type StatusFilter = JobStatus | 'all';

function isStatusFilter(value: string | null): value is StatusFilter {
  return value === 'all' || (JOB_STATUSES as readonly (string | null)[]).includes(value);
}

function matchesJob(job: JobSummary, status: StatusFilter, query: string): boolean {
  if (status !== 'all' && job.status !== status) return false;
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [job.title, job.location ?? '', job.hiringManagerName, job.level].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

export interface JobsTableProps {
  /** Shown in the empty state: a "New job" action, or who creates jobs. */
  emptyAction?: ReactNode;
  emptyDescription: string;
}

export function JobsTable({ emptyAction, emptyDescription }: JobsTableProps) {
  const { data, isPending, isError, error, refetch } = useJobs();
  // The filter lives in the address, so a filtered list can be shared and survives a reload.
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status: StatusFilter = isStatusFilter(statusParam) ? statusParam : 'all';
  const query = searchParams.get('q') ?? '';

  const setFilter = (name: 'status' | 'q', value: string) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (value === '' || (name === 'status' && value === 'all')) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  if (isError) {
    return <ErrorState title="Could not load jobs" message={errorMessage(error)} onRetry={() => void refetch()} />;
  }

  if (!isPending && data.items.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconBriefcase size={28} />}
          title="No jobs yet"
          description={emptyDescription}
          action={emptyAction}
        />
      </Paper>
    );
  }

  const visible = isPending ? [] : data.items.filter((job) => matchesJob(job, status, query));

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" align="flex-end">
        <SegmentedControl
          aria-label="Status"
          data={STATUS_FILTERS}
          value={status}
          onChange={(value) => setFilter('status', value)}
        />
        <TextInput
          label="Search jobs"
          placeholder="Title, location or hiring manager"
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => setFilter('q', event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
      </Group>
      {!isPending && visible.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconSearch size={28} />}
            title="No jobs match"
            description="No job has this status or matches the search."
            action={
              <Button variant="light" onClick={() => setSearchParams({}, { replace: true })}>
                Clear filters
              </Button>
            }
          />
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover aria-busy={isPending}>
              <Table.Caption>
                {isPending
                  ? 'Loading jobs…'
                  : visible.length === data.items.length
                    ? `${data.items.length} ${data.items.length === 1 ? 'job' : 'jobs'}`
                    : `${visible.length} of ${data.items.length} jobs`}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {COLUMNS.map((column) => (
                    <Table.Th key={column}>{column}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {isPending ? skeletonRows() : visible.map((job) => <JobRow key={job.id} job={job} />)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}

function JobRow({ job }: { job: JobSummary }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={jobHref(job.id)} fw={500} size="sm">
          {job.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Badge variant="outline" color="gray" miw="max-content">
          {job.level}
        </Badge>
      </Table.Td>
      <Table.Td>
        <JobStatusBadge status={job.status} miw="max-content" />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{job.location ?? '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{job.itemCount}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{job.stageCount}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{job.hiringManagerName}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" component="time" dateTime={job.updatedAt}>
          {dateFormat.format(new Date(job.updatedAt))}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

function skeletonRows(): ReactNode {
  return Array.from({ length: SKELETON_ROWS }, (_, row) => (
    <Table.Tr key={row} aria-hidden>
      {COLUMNS.map((column) => (
        <Table.Td key={column}>
          <Skeleton height={14} radius="sm" />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
