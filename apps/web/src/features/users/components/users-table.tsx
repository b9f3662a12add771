import { Paper, Skeleton, Table, VisuallyHidden } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { errorMessage } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';
import { useUsers } from '../api/get-users';
import { UserRow } from './user-row';

const COLUMNS = ['Name', 'Email', 'Role', 'Status', 'Created', 'Actions'];
const SKELETON_ROWS = 4;

export function UsersTable() {
  const currentUser = useCurrentUser();
  const { data, isPending, isError, error, refetch } = useUsers();

  if (isError) {
    return <ErrorState title="Could not load users" message={errorMessage(error)} onRetry={() => void refetch()} />;
  }

  if (!isPending && data.items.length === 0) {
    return (
      <Paper withBorder p="xl">
        <EmptyState
          icon={<IconUsers size={28} />}
          title="No users yet"
          description="People you add will appear here with their role and whether they can sign in."
        />
      </Paper>
    );
  }

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" highlightOnHover aria-busy={isPending}>
          <Table.Caption>
            {isPending ? 'Loading users…' : `${data.total} ${data.total === 1 ? 'user' : 'users'}`}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((column) => (
                <Table.Th key={column}>
                  {column === 'Actions' ? <VisuallyHidden>{column}</VisuallyHidden> : column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {isPending
              ? skeletonRows()
              : data.items.map((user) => (
                  <UserRow key={user.id} user={user} isCurrentUser={user.id === currentUser.id} />
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
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
