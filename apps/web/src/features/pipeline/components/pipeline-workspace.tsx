import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Alert, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { JobView, MoveRequest, PipelineCard, PipelineView, RejectionKind } from '@shortlist/contracts';
import { IconBan, IconHandStop } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useBulkUpdateApplications } from '../api/bulk-update-applications';
import { getPipelineStagePage, type PipelineFilters } from '../api/get-pipeline';
import { useMoveApplication } from '../api/move-application';
import { boardColumns, movesFor, rejectionReasonsOf, type BoardCard, type BoardColumnData } from '../utils/board';
import type { BoardView } from '../utils/filters';
import type { BoardActions } from './board-actions';
import { BoardColumn } from './board-column';
import { BulkActionBar } from './bulk-action-bar';
import { CardSummary } from './pipeline-card';
import { PipelineTable } from './pipeline-table';
import { RejectModal, type RejectRequest } from './reject-modal';
import { TagModal } from './tag-modal';

const REJECT_ZONE_ID = 'reject-zone';
// A press that moves less than this is a click (menu, checkbox, link), not a drag.
const DRAG_ACTIVATION_DISTANCE_PX = 5;

// Columns are tall; the pointer's column is the target, and the card's rectangle is a fallback.
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

interface RejectTarget {
  cards: BoardCard[];
  kind: RejectionKind;
  bulk: boolean;
}

export interface PipelineWorkspaceProps {
  job: JobView;
  pipeline: PipelineView;
  /** When the board was last fetched: pages loaded with "Load more" belong to that fetch. */
  fetchedAt: number;
  filters: PipelineFilters;
  view: BoardView;
}

export function PipelineWorkspace({ job, pipeline, fetchedAt, filters, view }: PipelineWorkspaceProps) {
  const [extra, setExtra] = useState<{ fetchedAt: number; byStage: Record<string, PipelineCard[]> }>({
    fetchedAt,
    byStage: {},
  });
  const [loadingStageId, setLoadingStageId] = useState<string | null>(null);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [lastToggled, setLastToggled] = useState<string | null>(null);
  const [rejectTarget, setRejectTarget] = useState<RejectTarget | null>(null);
  const [tagging, setTagging] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  const move = useMoveApplication();
  const bulk = useBulkUpdateApplications();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_ACTIVATION_DISTANCE_PX } }),
  );

  const columns = boardColumns(pipeline, extra.fetchedAt === fetchedAt ? extra.byStage : {});
  const allCards = columns.flatMap((column) => column.cards);
  const selected = allCards.filter((card) => selectedIds.has(card.applicationId));
  const stageName = new Map(columns.map((column) => [column.id, column.name]));

  const runMove = (card: BoardCard, request: MoveRequest, done: string, onSuccess?: () => void) => {
    setRefusal(null);
    move.mutate(
      { jobId: job.id, applicationId: card.applicationId, move: request },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: done });
          onSuccess?.();
        },
        onError: (error) => {
          // The API has the last word on transitions (the plan may have changed since this page loaded).
          const code: string | undefined = (error as { code?: string }).code;
          if (code === 'STAGE_TRANSITION_NOT_ALLOWED') setRefusal(errorMessage(error));
          else notifications.show({ color: 'red', title: 'The move was not saved', message: errorMessage(error) });
        },
      },
    );
  };

  const handleMove = (card: BoardCard, toStageId: string) => {
    const target = stageName.get(toStageId) ?? 'that stage';
    if (!movesFor(job, card).toStageIds.includes(toStageId)) {
      setRefusal(`${card.candidateName} cannot move from ${card.stageName} to ${target}.`);
      return;
    }
    runMove(card, { toStageId }, `${card.candidateName} moved to ${target}.`);
  };

  const actions: BoardActions = {
    stages: columns.map(({ id, name }) => ({ id, name })),
    movesFor: (card) => movesFor(job, card),
    onMove: handleMove,
    onReject: (cards, kind) => setRejectTarget({ cards, kind, bulk: false }),
    isSelected: (card) => selectedIds.has(card.applicationId),
    onToggleSelected: (card, range) => {
      const next = new Set(selectedIds);
      const column = columns.find((c) => c.id === card.stageId);
      const from = column?.cards.findIndex((c) => c.applicationId === lastToggled) ?? -1;
      if (range && column && from >= 0) {
        const to = column.cards.findIndex((c) => c.applicationId === card.applicationId);
        const [start, end] = from < to ? [from, to] : [to, from];
        for (const c of column.cards.slice(start, end + 1)) next.add(c.applicationId);
      } else if (next.has(card.applicationId)) next.delete(card.applicationId);
      else next.add(card.applicationId);
      setSelectedIds(next);
      setLastToggled(card.applicationId);
    },
  };

  const handleLoadMore = async (column: BoardColumnData) => {
    setLoadingStageId(column.id);
    try {
      const page = await getPipelineStagePage(job.id, filters, column.id, column.cards.length);
      const cards = page.stages.find((stage) => stage.id === column.id)?.applications ?? [];
      setExtra((current) => {
        const byStage = current.fetchedAt === fetchedAt ? current.byStage : {};
        return { fetchedAt, byStage: { ...byStage, [column.id]: [...(byStage[column.id] ?? []), ...cards] } };
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not load more', message: errorMessage(error) });
    } finally {
      setLoadingStageId(null);
    }
  };

  const handleReject = ({ kind, reason, note }: RejectRequest) => {
    if (!rejectTarget) return;
    const close = () => setRejectTarget(null);
    if (rejectTarget.bulk) {
      const ids = rejectTarget.cards.map((card) => card.applicationId);
      bulk.mutate(
        { jobId: job.id, request: { applicationIds: ids, action: 'reject', reason } },
        {
          onSuccess: ({ updated }) => {
            notifications.show({ color: 'green', message: `${updated} rejected.` });
            setSelectedIds(new Set());
            close();
          },
          onError: (error) =>
            notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) }),
        },
      );
      return;
    }
    const [card] = rejectTarget.cards;
    const status = kind === 'withdrew' ? 'withdrawn' : 'rejected';
    runMove(
      card,
      { status, reason, ...(note ? { note } : {}) },
      kind === 'withdrew' ? `${card.candidateName} withdrew.` : `${card.candidateName} rejected.`,
      close,
    );
  };

  const handleBulkMove = (toStageId: string) => {
    bulk.mutate(
      { jobId: job.id, request: { applicationIds: selected.map((c) => c.applicationId), action: 'move', toStageId } },
      {
        onSuccess: ({ updated }) => {
          notifications.show({ color: 'green', message: `${updated} moved to ${stageName.get(toStageId)}.` });
          setSelectedIds(new Set());
        },
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Nothing was moved', message: errorMessage(error) }),
      },
    );
  };

  const handleBulkTag = (tags: string[]) => {
    bulk.mutate(
      { jobId: job.id, request: { applicationIds: selected.map((c) => c.applicationId), action: 'tag', tags } },
      {
        onSuccess: ({ updated }) => {
          notifications.show({ color: 'green', message: `${updated} tagged.` });
          setTagging(false);
        },
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Nothing was tagged', message: errorMessage(error) }),
      },
    );
  };

  const handleDragStart = ({ active }: DragStartEvent) => {
    setRefusal(null);
    setDragged((active.data.current?.card as BoardCard | undefined) ?? null);
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const card = active.data.current?.card as BoardCard | undefined;
    if (!card || !over) return;
    if (over.id === REJECT_ZONE_ID) {
      if (movesFor(job, card).canReject) setRejectTarget({ cards: [card], kind: 'rejected_by_us', bulk: false });
      else setRefusal(`${card.candidateName} cannot be rejected from ${card.stageName}.`);
      return;
    }
    if (over.id !== card.stageId) handleMove(card, String(over.id));
  };

  // Arrow keys move focus between cards: up/down within a column, left/right to the neighbouring column.
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.cardColumn === undefined) return;
    const column = Number(target.dataset.cardColumn);
    const row = Number(target.dataset.cardRow);
    let next: { column: number; row: number } | null = null;
    if (event.key === 'ArrowDown') next = { column, row: row + 1 };
    else if (event.key === 'ArrowUp') next = { column, row: row - 1 };
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const step = event.key === 'ArrowRight' ? 1 : -1;
      for (let c = column + step; c >= 0 && c < columns.length; c += step) {
        if (columns[c].cards.length > 0) {
          next = { column: c, row: Math.min(row, columns[c].cards.length - 1) };
          break;
        }
      }
    }
    if (!next) return;
    const element = boardRef.current?.querySelector<HTMLElement>(
      `[data-card-column="${next.column}"][data-card-row="${next.row}"]`,
    );
    if (element) {
      event.preventDefault();
      element.focus();
    }
  };

  const bulkStages = columns.filter((column) =>
    selected.every((card) => movesFor(job, card).toStageIds.includes(column.id)),
  );

  return (
    <Stack gap="sm">
      {selected.length > 0 && (
        <BulkActionBar
          count={selected.length}
          stages={bulkStages}
          canReject={selected.every((card) => movesFor(job, card).canReject)}
          onMove={handleBulkMove}
          onReject={() => setRejectTarget({ cards: selected, kind: 'rejected_by_us', bulk: true })}
          onTag={() => setTagging(true)}
          onClear={() => setSelectedIds(new Set())}
        />
      )}
      {refusal && (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          icon={<IconHandStop size={18} aria-hidden />}
          title="Move not allowed"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setRefusal(null)}
        >
          {refusal}
        </Alert>
      )}
      {view === 'table' ? (
        <PipelineTable cards={allCards} actions={actions} />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={collisionDetection}
          onDragStart={handleDragStart}
          onDragEnd={handleDragEnd}
          onDragCancel={() => setDragged(null)}
        >
          <RejectZone active={dragged !== null} />
          <ScrollArea type="auto" offsetScrollbars>
            <Group ref={boardRef} align="flex-start" wrap="nowrap" gap="sm" pb="sm" onKeyDown={handleKeyDown}>
              {columns.map((column, index) => (
                <BoardColumn
                  key={column.id}
                  column={column}
                  index={index}
                  actions={actions}
                  onLoadMore={(c) => void handleLoadMore(c)}
                  loadingMore={loadingStageId === column.id}
                />
              ))}
            </Group>
          </ScrollArea>
          <DragOverlay dropAnimation={null}>
            {dragged && (
              <Paper withBorder shadow="lg" p="xs" radius="md" w={264}>
                <CardSummary card={dragged} />
              </Paper>
            )}
          </DragOverlay>
        </DndContext>
      )}
      {rejectTarget && (
        <RejectModal
          subject={rejectTarget.bulk ? `${rejectTarget.cards.length} candidates` : rejectTarget.cards[0].candidateName}
          initialKind={rejectTarget.kind}
          allowWithdraw={!rejectTarget.bulk}
          reasonsFor={(kind) => rejectionReasonsOf(job, kind)}
          submitting={move.isPending || bulk.isPending}
          onSubmit={handleReject}
          onClose={() => setRejectTarget(null)}
        />
      )}
      {tagging && (
        <TagModal
          subject={selected.length === 1 ? selected[0].candidateName : `${selected.length} candidates`}
          submitting={bulk.isPending}
          onSubmit={handleBulkTag}
          onClose={() => setTagging(false)}
        />
      )}
    </Stack>
  );
}

/** Always laid out, so showing it never shifts the columns under a card being dragged. */
function RejectZone({ active }: { active: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: REJECT_ZONE_ID });
  return (
    <Paper
      ref={setNodeRef}
      role="region"
      aria-label="Reject"
      withBorder
      p={6}
      radius="md"
      style={{
        borderStyle: 'dashed',
        borderColor: isOver ? 'var(--mantine-color-red-6)' : undefined,
      }}
    >
      {/* Dimmed rather than translucent while idle: faded text falls below AA contrast in the dark scheme. */}
      <Group gap="xs" justify="center" c={active ? undefined : 'dimmed'}>
        <IconBan size={16} aria-hidden />
        <Text size="sm">Drop a card here to reject it (you will be asked for a reason)</Text>
      </Group>
    </Paper>
  );
}
