import { Badge, Group, Text } from '@mantine/core';
import type { StoredScore } from '@shortlist/contracts';
import { GATE_COLORS, GATE_LABELS, PROPOSAL_COLORS, PROPOSAL_LABELS } from '../utils/labels';

const formatNumber = (value: number) => String(Number(value.toFixed(1)));

/** The score the API stores on the application, on one compact line. */
export function ApplicationScore({ score }: { score: StoredScore }) {
  if (score.score === null) {
    return (
      <Text size="xs" c="dimmed" aria-label="Stored score">
        Not scored yet
      </Text>
    );
  }
  const flags = score.redFlagCount;
  return (
    <Group gap={4} wrap="wrap" aria-label="Stored score" role="group">
      <Text size="xs">{`Score ${score.score.toFixed(1)} · Coverage ${formatNumber(score.coverage)}% · Gates `}</Text>
      <Badge size="xs" variant="light" color={GATE_COLORS[score.gates]}>
        {GATE_LABELS[score.gates]}
      </Badge>
      <Text size="xs">{' · Proposal '}</Text>
      {score.proposal ? (
        <Badge size="xs" variant="light" color={PROPOSAL_COLORS[score.proposal]}>
          {PROPOSAL_LABELS[score.proposal]}
        </Badge>
      ) : (
        <Text size="xs" c="dimmed">
          none
        </Text>
      )}
      <Text size="xs" c={flags > 0 ? 'red' : undefined}>{` · ${flags} red ${flags === 1 ? 'flag' : 'flags'}`}</Text>
    </Group>
  );
}
