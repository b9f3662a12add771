import { useDndContext, useDroppable } from '@dnd-kit/core';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { BoardCard, BoardColumnData } from '../utils/board';
import type { BoardActions } from './board-actions';
import { PipelineCardView } from './pipeline-card';

/** Below this many cards a column renders them all; above, only those in view (plus a few). */
const VIRTUALIZE_FROM = 30;
const CARD_HEIGHT_ESTIMATE = 118;
const COLUMN_MAX_HEIGHT = 'calc(100vh - 320px)';

export interface BoardColumnProps {
  column: BoardColumnData;
  index: number;
  actions: BoardActions;
  onLoadMore: (column: BoardColumnData) => void;
  loadingMore: boolean;
}

export function BoardColumn({ column, index, actions, onLoadMore, loadingMore }: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: column.id });
  const { active } = useDndContext();
  const dragged = active?.data.current?.card as BoardCard | undefined;
  const accepts = dragged ? actions.movesFor(dragged).toStageIds.includes(column.id) : false;
  const overColor = accepts ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-red-6)';
  const remaining = column.count - column.cards.length;
  const headingId = `stage-heading-${column.id}`;

  return (
    <Paper
      ref={setNodeRef}
      component="section"
      role="region"
      aria-label={column.name}
      withBorder
      p="xs"
      radius="md"
      bg="var(--mantine-color-default-hover)"
      w={280}
      miw={280}
      style={
        isOver && dragged && dragged.stageId !== column.id ? { borderColor: overColor, borderWidth: 2 } : undefined
      }
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={2} size="h5" id={headingId}>
            {column.name}
          </Title>
          <Badge variant="light" color="gray" aria-label={`${column.count} in ${column.name}`}>
            {column.count}
          </Badge>
        </Group>
        {column.cards.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="md">
            No candidates in this stage
          </Text>
        ) : column.cards.length < VIRTUALIZE_FROM ? (
          <Stack gap="xs">
            {column.cards.map((card, row) => (
              <PipelineCardView key={card.applicationId} card={card} actions={actions} column={index} row={row} />
            ))}
          </Stack>
        ) : (
          <VirtualCardList cards={column.cards} actions={actions} column={index} />
        )}
        {remaining > 0 && (
          <Button variant="subtle" size="xs" loading={loadingMore} onClick={() => onLoadMore(column)}>
            {`Load more (${remaining} more)`}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

function VirtualCardList({ cards, actions, column }: { cards: BoardCard[]; actions: BoardActions; column: number }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT_ESTIMATE,
    overscan: 6,
    getItemKey: (row) => cards[row].applicationId,
  });

  return (
    <div ref={scrollRef} style={{ maxHeight: COLUMN_MAX_HEIGHT, overflowY: 'auto' }}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
          >
            <div style={{ paddingBottom: 8 }}>
              <PipelineCardView card={cards[item.index]} actions={actions} column={column} row={item.index} />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
