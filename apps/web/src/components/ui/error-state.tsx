import { Alert, Button, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';

export interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
  /** A whole-page message (with its own heading) instead of an inline alert. */
  fullPage?: boolean;
}

export function ErrorState({ title, message, onRetry, fullPage = false }: ErrorStateProps) {
  const retryButton = onRetry && (
    <Button variant="light" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRetry}>
      Try again
    </Button>
  );

  if (fullPage) {
    return (
      <Center mih="60vh" px="md">
        <Stack align="center" gap="sm" ta="center" maw={480}>
          <ThemeIcon size={56} radius="xl" color="red" variant="light" aria-hidden>
            <IconAlertTriangle size={28} />
          </ThemeIcon>
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text c="dimmed">{message}</Text>
          {retryButton}
        </Stack>
      </Center>
    );
  }

  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{message}</Text>
        {retryButton}
      </Group>
    </Alert>
  );
}
