import { Badge, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { JobItem, RatingValue } from '@shortlist/contracts';
import type { KeyboardEvent } from 'react';
import { PREREQUISITE_LEVELS, RATED_LEVELS } from '../utils/scorecard-draft';

const CATEGORY_LABELS: Record<JobItem['category'], string> = {
  prerequisite: 'Prerequisite',
  qualification: 'Qualification',
  hard_skill: 'Hard skill',
  soft_skill: 'Soft skill',
};

const NOT_ASSESSED = 'na';

export interface ItemRatingProps {
  item: JobItem;
  value: RatingValue;
  note: string;
  readOnly: boolean;
  onRate: (itemId: string, value: RatingValue) => void;
  onNote: (itemId: string, note: string) => void;
  /** Arrow up / down: move the focus to the previous (-1) or next (+1) item. */
  onNavigate: (itemId: string, delta: -1 | 1) => void;
}

function toRadioValue(value: RatingValue): string {
  return value === null ? NOT_ASSESSED : String(value);
}

function fromRadioValue(value: string): RatingValue {
  if (value === NOT_ASSESSED) return null;
  if (value === 'met' || value === 'not_met') return value;
  return Number(value) as RatingValue;
}

/**
 * One checklist item: the anchored levels shown where the rating is given, and an evidence note.
 * With the card focused, 1–4 rate (prerequisites: m met, x not met), n is "not assessed",
 * and the arrow keys move between items.
 */
export function ItemRating({ item, value, note, readOnly, onRate, onNote, onNavigate }: ItemRatingProps) {
  const prerequisite = item.category === 'prerequisite';
  const levels = prerequisite
    ? PREREQUISITE_LEVELS.map((level) => ({ value: level.value, label: level.label }))
    : RATED_LEVELS.map((level) => ({ value: String(level.value), label: `${level.value} ${level.label}` }));
  const labelId = `item-label-${item.id}`;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onNavigate(item.id, event.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    if (readOnly) return;
    const key = event.key.toLowerCase();
    let next: RatingValue | undefined;
    if (key === 'n') next = null;
    else if (!prerequisite && ['1', '2', '3', '4'].includes(key)) next = Number(key) as RatingValue;
    else if (prerequisite && key === 'm') next = 'met';
    else if (prerequisite && key === 'x') next = 'not_met';
    if (next === undefined) return;
    event.preventDefault();
    onRate(item.id, next);
  };

  return (
    <Paper
      withBorder
      p="md"
      role="group"
      aria-labelledby={labelId}
      tabIndex={0}
      data-item-card={item.id}
      onKeyDown={handleKeyDown}
      style={{ outlineOffset: 2 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} id={labelId}>
            {item.label}
          </Text>
          <Group gap={4} wrap="nowrap">
            {item.mustHave && (
              <Badge size="sm" color="red" variant="light">
                Must-have
              </Badge>
            )}
            <Badge size="sm" variant="light" color="gray">
              {CATEGORY_LABELS[item.category]}
            </Badge>
          </Group>
        </Group>
        <Radio.Group
          value={toRadioValue(value)}
          onChange={(next) => onRate(item.id, fromRadioValue(next))}
          aria-label={`Rating: ${item.label}`}
        >
          <SimpleGrid cols={{ base: 1, sm: prerequisite ? 3 : 5 }} spacing="xs">
            {levels.map((level) => {
              const anchor = item.anchors[level.value];
              const anchorId = `anchor-${item.id}-${level.value}`;
              return (
                <Radio.Card
                  key={level.value}
                  value={level.value}
                  disabled={readOnly}
                  p="xs"
                  radius="md"
                  aria-label={level.label}
                  aria-describedby={anchor ? anchorId : undefined}
                >
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Radio.Indicator size="xs" mt={3} />
                    <div>
                      <Text size="sm" fw={600}>
                        {level.label}
                      </Text>
                      {anchor && (
                        <Text size="xs" c="dimmed" id={anchorId}>
                          {anchor}
                        </Text>
                      )}
                    </div>
                  </Group>
                </Radio.Card>
              );
            })}
            <Radio.Card value={NOT_ASSESSED} disabled={readOnly} p="xs" radius="md" aria-label="Not assessed">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Radio.Indicator size="xs" mt={3} />
                <Text size="sm" fw={600}>
                  Not assessed
                </Text>
              </Group>
            </Radio.Card>
          </SimpleGrid>
        </Radio.Group>
        <Textarea
          label="Evidence"
          aria-label={`Evidence: ${item.label}`}
          placeholder="What did the candidate say or do that supports this rating?"
          autosize
          minRows={1}
          maxRows={6}
          value={note}
          readOnly={readOnly}
          onChange={(event) => onNote(item.id, event.currentTarget.value)}
        />
      </Stack>
    </Paper>
  );
}
