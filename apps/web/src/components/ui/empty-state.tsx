import { Stack, Text, ThemeIcon, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  action?: ReactNode;
  titleOrder?: TitleOrder;
}

export function EmptyState({ icon, title, description, action, titleOrder = 2 }: EmptyStateProps) {
  return (
    <Stack align="center" gap="sm" py="xl" px="md" ta="center">
      <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
        {icon}
      </ThemeIcon>
      <Title order={titleOrder} size="h3">
        {title}
      </Title>
      <Text c="dimmed" maw={460}>
        {description}
      </Text>
      {action}
    </Stack>
  );
}
