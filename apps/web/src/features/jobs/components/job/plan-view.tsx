import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { JobItem, JobStage } from '@shortlist/contracts';
import { STAGE_KIND_COLORS, STAGE_KIND_LABELS } from '../../utils/labels';

/** The interview plan left to right, each stage with the items it assesses. */
export function PlanView({ stages, items }: { stages: JobStage[]; items: JobItem[] }) {
  const labelOf = new Map(items.map((item) => [item.id, item.label]));
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  return (
    <ol
      aria-label="Stages in order"
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'grid',
        gap: 'var(--mantine-spacing-sm)',
        gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))',
        alignItems: 'start',
      }}
    >
      {ordered.map((stage, index) => {
        const focus = stage.focusItemIds.flatMap((id) => labelOf.get(id) ?? []);
        return (
          <Paper key={stage.id} component="li" withBorder p="sm">
            <Stack gap={6}>
              <Group gap="xs" wrap="nowrap">
                <ThemeIcon size="sm" radius="xl" variant="light" color={STAGE_KIND_COLORS[stage.kind]} aria-hidden>
                  <Text size="xs" fw={700}>
                    {index + 1}
                  </Text>
                </ThemeIcon>
                <Title order={3} size="h6">
                  {stage.name}
                </Title>
              </Group>
              <Badge variant="light" color={STAGE_KIND_COLORS[stage.kind]} size="xs">
                {STAGE_KIND_LABELS[stage.kind]}
              </Badge>
              {focus.length > 0 && (
                <div>
                  <Text size="xs" fw={700} c="dimmed">
                    Focus
                  </Text>
                  <List size="xs" spacing={2}>
                    {focus.map((label) => (
                      <List.Item key={label}>{label}</List.Item>
                    ))}
                  </List>
                </div>
              )}
              {stage.guidance.length > 0 && (
                <div>
                  <Text size="xs" fw={700} c="dimmed">
                    Guidance
                  </Text>
                  {stage.guidance.map((text) => (
                    <Text key={text} size="xs">
                      {text}
                    </Text>
                  ))}
                </div>
              )}
            </Stack>
          </Paper>
        );
      })}
    </ol>
  );
}
