import { useDraggable } from '@dnd-kit/core';
import { Anchor, Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFlag } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { candidateHref } from '@/config/paths';
import { daysLabel, type BoardCard } from '../utils/board';
import type { BoardActions } from './board-actions';
import { CardMenu } from './card-menu';
import { GateIcon } from './gate-icon';
import classes from './pipeline-card.module.css';
import { ScoreRing } from './score-ring';

export interface PipelineCardProps {
  card: BoardCard;
  actions: BoardActions;
  /** Position on the board, for arrow-key navigation between cards. */
  column: number;
  row: number;
}

export function PipelineCardView({ card, actions, column, row }: PipelineCardProps) {
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: card.applicationId, data: { card } });

  return (
    <Paper
      ref={setNodeRef}
      component="article"
      aria-label={card.candidateName}
      tabIndex={0}
      data-card-column={column}
      data-card-row={row}
      withBorder
      p="xs"
      radius="md"
      className={`${classes.card} ${isDragging ? classes.dragging : ''}`}
      {...listeners}
    >
      <CardSummary card={card} actions={actions} />
    </Paper>
  );
}

export function CardSummary({ card, actions }: { card: BoardCard; actions?: BoardActions }) {
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {actions && (
            <Checkbox
              size="xs"
              mt={3}
              aria-label={`Select ${card.candidateName}`}
              checked={actions.isSelected(card)}
              onChange={(event) =>
                actions.onToggleSelected(card, (event.nativeEvent as MouseEvent | undefined)?.shiftKey === true)
              }
              onPointerDown={(event) => event.stopPropagation()}
            />
          )}
          <Stack gap={2}>
            <Anchor
              component={Link}
              to={candidateHref(card.candidateId)}
              fw={600}
              size="sm"
              // A press on the name may start a drag (after 5 px); the browser's own link drag would cancel it.
              draggable={false}
            >
              {card.candidateName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {card.screenScore === null ? 'Screen —' : `Screen ${Math.round(card.screenScore)}%`}
            </Text>
          </Stack>
        </Group>
        <ScoreRing score={card.score} />
      </Group>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Group gap={4}>
          <GateIcon gates={card.gates} />
          {card.redFlagCount > 0 && (
            <Badge size="xs" color="red" variant="light" leftSection={<IconFlag size={10} aria-hidden />}>
              {card.redFlagCount === 1 ? '1 red flag' : `${card.redFlagCount} red flags`}
            </Badge>
          )}
          {card.knockoutFlag && (
            <Badge size="xs" color="orange" variant="light" leftSection={<IconAlertTriangle size={10} aria-hidden />}>
              Knock-out
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {daysLabel(card.daysInStage)}
          </Text>
        </Group>
        {actions && (
          <span onPointerDown={(event) => event.stopPropagation()}>
            <CardMenu card={card} actions={actions} />
          </span>
        )}
      </Group>
    </Stack>
  );
}
