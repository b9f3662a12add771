import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';

export interface GeneratedPasswordAlertProps {
  name: string;
  password: string;
}

export function GeneratedPasswordAlert({ name, password }: GeneratedPasswordAlertProps) {
  return (
    <Alert color="blue" variant="light" title="Copy this password now" icon={<IconKey size={18} aria-hidden />}>
      <Stack gap="sm">
        <Text size="sm">Shortlist generated a password for {name}. It is shown only once: pass it on securely.</Text>
        <Group gap="sm" wrap="nowrap">
          <Code data-testid="generated-password" fz="sm" style={{ userSelect: 'all', wordBreak: 'break-all' }}>
            {password}
          </Code>
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant="light"
                leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy password'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
