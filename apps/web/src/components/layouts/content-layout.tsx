import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ContentLayoutProps {
  title: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
}

export function ContentLayout({ title, description, actions, children }: ContentLayoutProps) {
  return (
    <Stack gap="lg">
      <title>{`${title} · Shortlist`}</title>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div>
          <Title order={1} size="h2">
            {title}
          </Title>
          {description && <Text c="dimmed">{description}</Text>}
        </div>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
