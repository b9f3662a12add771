import { ActionIcon, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';

export interface RowActionsProps {
  /** How the row is named in the buttons' labels, e.g. "hard skill 2". */
  name: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}

/** Move up, move down and remove, as buttons: reordering never depends on dragging. */
export function RowActions({ name, canMoveUp, canMoveDown, onMove, onRemove }: RowActionsProps) {
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);

  const handleMove = (direction: -1 | 1) => {
    onMove(direction);
    // The row's DOM moves with it, which drops focus; put it back on a button that still works.
    requestAnimationFrame(() => {
      const preferred = direction === -1 ? upRef.current : downRef.current;
      const fallback = direction === -1 ? downRef.current : upRef.current;
      (preferred && !preferred.disabled ? preferred : fallback)?.focus();
    });
  };

  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        ref={upRef}
        variant="subtle"
        color="gray"
        title="Move up"
        aria-label={`Move ${name} up`}
        disabled={!canMoveUp}
        onClick={() => handleMove(-1)}
      >
        <IconArrowUp size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        ref={downRef}
        variant="subtle"
        color="gray"
        title="Move down"
        aria-label={`Move ${name} down`}
        disabled={!canMoveDown}
        onClick={() => handleMove(1)}
      >
        <IconArrowDown size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" title="Remove" aria-label={`Remove ${name}`} onClick={onRemove}>
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
