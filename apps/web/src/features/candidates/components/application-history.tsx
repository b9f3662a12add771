import { Badge, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ApplicationView, JobView, NoteView } from '@shortlist/contracts';
import { IconCheck, IconNote, IconX } from '@tabler/icons-react';
import { dateTimeFormat, STATUS_COLORS, STATUS_LABELS } from '../utils/labels';

export interface ApplicationHistoryProps {
  application: ApplicationView;
  /** The notes merged into the timeline; loading ones are left out. */
  notes?: NoteView[];
  /** The job, for the labels of the items and red flags a note is about. */
  job?: JobView;
}

type Entry =
  { kind: 'move'; at: string; move: ApplicationView['history'][number] } | { kind: 'note'; at: string; note: NoteView };

export function ApplicationHistory({ application, notes = [], job }: ApplicationHistoryProps) {
  const labelOf = new Map((application.screening?.items ?? []).map((item) => [item.itemId, item.label]));
  for (const item of job?.items ?? []) labelOf.set(item.id, item.label);
  const flagLabelOf = new Map((job?.redFlagTypes ?? []).map((type) => [type.id, type.label]));
  // Newest first: stage moves and notes on one timeline.
  const entries: Entry[] = [
    ...application.history.map((move): Entry => ({ kind: 'move', at: move.at, move })),
    ...notes.map((note): Entry => ({ kind: 'note', at: note.createdAt, note })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color={STATUS_COLORS[application.status]} variant="light">
          {STATUS_LABELS[application.status]}
        </Badge>
        <Text size="sm">{`Stage: ${application.stageName}`}</Text>
        {application.rejection && <Text size="sm" c="dimmed">{`Reason: ${application.rejection.reason}`}</Text>}
      </Group>
      <Title order={3} size="h5">
        Knock-out answers
      </Title>
      {application.knockoutAnswers.length === 0 ? (
        <Text size="sm" c="dimmed">
          No knock-out answers.
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-label="Knock-out answers">
          {application.knockoutAnswers.map((answer) => (
            <List.Item
              key={answer.itemId}
              icon={
                answer.met ? (
                  <IconCheck size={14} color="var(--mantine-color-teal-6)" aria-hidden />
                ) : (
                  <IconX size={14} color="var(--mantine-color-red-6)" aria-hidden />
                )
              }
            >
              {`${labelOf.get(answer.itemId) ?? 'Prerequisite'}: ${answer.met ? 'Yes' : 'No'}`}
            </List.Item>
          ))}
        </List>
      )}
      <Title order={3} size="h5">
        Stage history and notes
      </Title>
      <Timeline active={entries.length - 1} bulletSize={14} lineWidth={2} aria-label="Stage history">
        {entries.map((entry) =>
          entry.kind === 'move' ? (
            <Timeline.Item key={entry.move.id} title={describeMove(entry.move, application)}>
              <Text size="xs" c="dimmed">
                {`${dateTimeFormat.format(new Date(entry.move.at))}${entry.move.actorName ? ` · ${entry.move.actorName}` : ''}`}
              </Text>
              {entry.move.reason && <Text size="xs">{`Reason: ${entry.move.reason}`}</Text>}
              {entry.move.note && <Text size="xs">{`Note: ${entry.move.note}`}</Text>}
            </Timeline.Item>
          ) : (
            <Timeline.Item
              key={entry.note.id}
              title={`Note by ${entry.note.authorName}`}
              bullet={<IconNote size={10} aria-hidden />}
              aria-label={`Note by ${entry.note.authorName}`}
            >
              <Text size="xs" c="dimmed">
                {dateTimeFormat.format(new Date(entry.note.createdAt))}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {entry.note.body}
              </Text>
              {(entry.note.itemId || entry.note.redFlagTypeId) && (
                <Group gap={4} mt={2}>
                  {entry.note.itemId && (
                    <Badge
                      size="xs"
                      variant="light"
                    >{`Item: ${labelOf.get(entry.note.itemId) ?? 'Checklist item'}`}</Badge>
                  )}
                  {entry.note.redFlagTypeId && (
                    <Badge size="xs" variant="light" color="red">
                      {`Red flag: ${flagLabelOf.get(entry.note.redFlagTypeId) ?? 'Red flag'}`}
                    </Badge>
                  )}
                </Group>
              )}
            </Timeline.Item>
          ),
        )}
      </Timeline>
    </Stack>
  );
}

function describeMove(move: ApplicationView['history'][number], application: ApplicationView): string {
  if (move.toStatus !== 'active') return STATUS_LABELS[move.toStatus];
  if (move.fromStatus === null) return 'Applied';
  if (move.toStageId === application.stageId) return `Moved to ${application.stageName}`;
  return move.fromStatus !== 'active' ? 'Rejection undone' : 'Moved stage';
}
