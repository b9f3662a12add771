import { RingProgress, Text } from '@mantine/core';
import { formatScore } from '../utils/board';

function colorOf(score: number): string {
  if (score >= 70) return 'teal';
  if (score >= 50) return 'yellow';
  return 'red';
}

export function ScoreRing({ score }: { score: number | null }) {
  const label = score === null ? 'No score yet' : `Score ${formatScore(score)}`;
  return (
    <RingProgress
      size={46}
      thickness={4}
      roundCaps
      role="img"
      aria-label={label}
      sections={score === null ? [] : [{ value: score, color: colorOf(score) }]}
      label={
        <Text size="xs" fw={700} ta="center" aria-hidden>
          {score === null ? '—' : Math.round(score)}
        </Text>
      }
    />
  );
}
