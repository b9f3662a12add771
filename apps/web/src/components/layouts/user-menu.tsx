import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ROLE_LABELS, type UserView } from '@shortlist/contracts';
import { IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { RoleBadge } from '@/components/ui/role-badge';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';
import { useLogout } from '@/lib/auth';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0][0], parts[parts.length - 1][0]] : [parts[0]?.[0]];
  return letters.join('').toUpperCase() || '?';
}

export function UserMenu({ user }: { user: UserView }) {
  const logoutMutation = useLogout({
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not sign out',
        message: errorMessage(error),
      }),
  });

  const handleSignOut = () => logoutMutation.mutate();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={`Account menu for ${user.name}, ${ROLE_LABELS[user.role]}`}
          p={4}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={32} aria-hidden>
              {initialsOf(user.name)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={600} lh={1.2}>
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {ROLE_LABELS[user.role]}
              </Text>
            </Stack>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as</Menu.Label>
        <Stack gap={4} px="sm" pb="xs">
          <Text size="sm" fw={600}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {user.email}
          </Text>
          <RoleBadge role={user.role} />
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to={paths.account} leftSection={<IconKey size={16} aria-hidden />}>
          Change password
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={handleSignOut}
          disabled={logoutMutation.isPending}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
