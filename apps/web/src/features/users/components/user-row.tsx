import { Badge, Group, Select, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isRole, ROLE_LABELS, type UserView } from '@shortlist/contracts';
import { RoleBadge } from '@/components/ui/role-badge';
import { errorMessage } from '@/lib/api-client';
import { useUpdateUser } from '../api/update-user';
import { ROLE_OPTIONS } from './role-options';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface UserRowProps {
  user: UserView;
  isCurrentUser: boolean;
}

export function UserRow({ user, isCurrentUser }: UserRowProps) {
  const updateMutation = useUpdateUser();

  const handleFailure = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: `Could not update ${user.name}`,
      message: errorMessage(error),
    });

  const handleRoleChange = (value: string | null) => {
    if (!isRole(value) || value === user.role) return;
    updateMutation.mutate(
      { id: user.id, changes: { role: value } },
      {
        onSuccess: (updated) =>
          notifications.show({
            color: 'green',
            title: 'Role changed',
            message: `${updated.name} is now ${ROLE_LABELS[updated.role]}.`,
          }),
        onError: handleFailure,
      },
    );
  };

  const handleActiveChange = (active: boolean) =>
    updateMutation.mutate(
      { id: user.id, changes: { active } },
      {
        onSuccess: (updated) =>
          notifications.show({
            color: 'green',
            title: updated.active ? 'User activated' : 'User deactivated',
            message: updated.active ? `${updated.name} can sign in again.` : `${updated.name} can no longer sign in.`,
          }),
        onError: handleFailure,
      },
    );

  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500}>
            {user.name}
          </Text>
          {isCurrentUser && (
            <Badge size="xs" variant="outline">
              You
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{user.email}</Text>
      </Table.Td>
      <Table.Td>
        <RoleBadge role={user.role} />
      </Table.Td>
      <Table.Td>
        <Badge color={user.active ? 'green' : 'gray'} variant="dot">
          {user.active ? 'Active' : 'Inactive'}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" component="time" dateTime={user.createdAt}>
          {dateFormat.format(new Date(user.createdAt))}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="md" wrap="nowrap">
          <Select
            aria-label={`Role of ${user.name}`}
            data={ROLE_OPTIONS}
            value={user.role}
            onChange={handleRoleChange}
            allowDeselect={false}
            disabled={updateMutation.isPending}
            size="xs"
            w={160}
          />
          <Switch
            aria-label={`${user.name} can sign in`}
            checked={user.active}
            onChange={(event) => handleActiveChange(event.currentTarget.checked)}
            disabled={updateMutation.isPending}
          />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
