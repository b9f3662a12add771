import { Button, Center, Paper, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { errorMessage } from '@/lib/api-client';
import { useActors } from '../api/get-actors';
import { useAuditEvents } from '../api/get-audit-events';
import { type AuditSearch, filtersOf, hasFilters } from '../utils/filters';
import { AUDIT_COLUMNS, AuditRow } from './audit-row';

const COLUMNS = ['Changes', 'Time', 'Actor', 'Action', 'Entity', 'Summary'];
const SKELETON_ROWS = 6;

export interface AuditTableProps {
  search: AuditSearch;
  onFilterEntity: (entityId: string) => void;
  onClear: () => void;
}

export function AuditTable({ search, onFilterEntity, onClear }: AuditTableProps) {
  const {
    data,
    isPending,
    isError,
    error,
    refetch,
    hasNextPage,
    fetchNextPage,
    isFetchingNextPage,
    isPlaceholderData,
  } = useAuditEvents(filtersOf(search));
  const actors = useActors();
  const names = new Map((actors.data?.items ?? []).map((user) => [user.id, user.name]));

  if (isError && !data) {
    return (
      <ErrorState title="Could not load the audit log" message={errorMessage(error)} onRetry={() => void refetch()} />
    );
  }

  const events = data?.pages.flatMap((page) => page.events) ?? [];
  if (!isPending && events.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconHistory size={28} />}
          title={hasFilters(search) ? 'No events match these filters' : 'Nothing recorded yet'}
          description={
            hasFilters(search)
              ? 'Try another action, person or date range.'
              : 'Every change made in Shortlist will be listed here, newest first.'
          }
          action={
            hasFilters(search) && (
              <Button variant="light" onClick={onClear}>
                Clear filters
              </Button>
            )
          }
        />
      </Paper>
    );
  }

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" aria-busy={isPending || isPlaceholderData}>
          <Table.Caption>
            {isPending
              ? 'Loading the audit log…'
              : `${events.length} ${events.length === 1 ? 'event' : 'events'} shown, newest first`}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((column) => (
                <Table.Th key={column} scope="col">
                  {column === 'Changes' ? <VisuallyHidden>{column}</VisuallyHidden> : column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {isPending
              ? skeletonRows()
              : events.map((event) => (
                  <AuditRow key={event.id} event={event} names={names} onFilterEntity={onFilterEntity} />
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!isPending && (
        <Center p="md">
          {hasNextPage ? (
            <Button variant="default" onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
              Load older
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {isError ? errorMessage(error) : 'That is the oldest event.'}
            </Text>
          )}
        </Center>
      )}
    </Paper>
  );
}

function skeletonRows(): ReactNode {
  return Array.from({ length: SKELETON_ROWS }, (_, row) => (
    <Table.Tr key={row} aria-hidden>
      {Array.from({ length: AUDIT_COLUMNS }, (__, cell) => (
        <Table.Td key={cell}>
          <Skeleton height={14} radius="sm" />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
