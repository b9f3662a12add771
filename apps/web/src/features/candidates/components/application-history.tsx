import { Badge, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ApplicationView } from '@shortlist/contracts';
import { IconCheck, IconX } from '@tabler/icons-react';
import { dateTimeFormat, STATUS_COLORS, STATUS_LABELS } from '../utils/labels';

export function ApplicationHistory({ application }: { application: ApplicationView }) {
  const labelOf = new Map((application.screening?.items ?? []).map((item) => [item.itemId, item.label]));
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
        Stage history
      </Title>
      <Timeline active={application.history.length - 1} bulletSize={14} lineWidth={2} aria-label="Stage history">
        {application.history.map((move) => (
          <Timeline.Item key={move.id} title={describeMove(move, application)}>
            <Text size="xs" c="dimmed">
              {`${dateTimeFormat.format(new Date(move.at))}${move.actorName ? ` · ${move.actorName}` : ''}`}
            </Text>
            {move.reason && <Text size="xs">{`Reason: ${move.reason}`}</Text>}
            {move.note && <Text size="xs">{`Note: ${move.note}`}</Text>}
          </Timeline.Item>
        ))}
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
