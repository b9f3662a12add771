import { Button, Group, Menu, Paper, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';

export interface BulkActionBarProps {
  count: number;
  /** Stages every selected application may move to. */
  stages: { id: string; name: string }[];
  canReject: boolean;
  onMove: (toStageId: string) => void;
  onReject: () => void;
  onTag: () => void;
  onClear: () => void;
}

export function BulkActionBar({ count, stages, canReject, onMove, onReject, onTag, onClear }: BulkActionBarProps) {
  return (
    <Paper withBorder p="xs" radius="md" role="toolbar" aria-label="Bulk actions">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500} aria-live="polite">
          {count === 1 ? '1 selected' : `${count} selected`}
        </Text>
        <Group gap="xs">
          <Menu withinPortal={false} position="bottom-end">
            <Menu.Target>
              <Button
                variant="default"
                size="xs"
                rightSection={<IconChevronDown size={14} aria-hidden />}
                disabled={stages.length === 0}
              >
                Move to…
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {stages.map((stage) => (
                <Menu.Item key={stage.id} onClick={() => onMove(stage.id)}>
                  {stage.name}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button variant="default" size="xs" color="red" onClick={onReject} disabled={!canReject}>
            Reject…
          </Button>
          <Button variant="default" size="xs" onClick={onTag}>
            Tag…
          </Button>
          <Button variant="subtle" size="xs" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
