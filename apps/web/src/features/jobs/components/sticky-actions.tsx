import { Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** The buttons of a long form, kept in view at the bottom of the window. */
export function StickyActions({ children, start }: { children: ReactNode; start?: ReactNode }) {
  return (
    <Paper withBorder shadow="sm" p="sm" style={{ position: 'sticky', bottom: 'var(--mantine-spacing-md)', zIndex: 3 }}>
      <Group justify="space-between" gap="sm">
        <div>{start}</div>
        <Group gap="sm">{children}</Group>
      </Group>
    </Paper>
  );
}
