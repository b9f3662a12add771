import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { CHECKLIST_CATEGORIES, type JobItem } from '@shortlist/contracts';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import { anchorLevelsOf, CATEGORY_LABELS } from '../../utils/labels';

export function ChecklistView({ items }: { items: JobItem[] }) {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  return (
    <Stack gap="lg">
      {CHECKLIST_CATEGORIES.map((category) => {
        const entries = ordered.filter((item) => item.category === category);
        if (entries.length === 0) return null;
        return <CategoryList key={category} category={category} items={entries} />;
      })}
    </Stack>
  );
}

function CategoryList({ category, items }: { category: JobItem['category']; items: JobItem[] }) {
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={3} size="h4" id={headingId}>
          {`${CATEGORY_LABELS[category].plural} (${items.length})`}
        </Title>
        <Text size="sm" c="dimmed">
          {CATEGORY_LABELS[category].hint}
        </Text>
      </div>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => (
          <ChecklistItem key={item.id} item={item} />
        ))}
      </Stack>
    </Stack>
  );
}

function ChecklistItem({ item }: { item: JobItem }) {
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={6}>
          <Text fw={500}>{item.label}</Text>
          {(item.mustHave || item.weight !== 1 || item.keywords.length > 0) && (
            <Group gap={6}>
              {item.mustHave && (
                <Badge color="red" variant="light" size="sm">
                  Must-have
                </Badge>
              )}
              {item.weight !== 1 && <Badge color="gray" variant="outline" size="sm">{`Weight ${item.weight}`}</Badge>}
              {item.keywords.map((keyword) => (
                <Badge key={keyword} color="indigo" variant="light" size="sm" tt="none">
                  {keyword}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={opened ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
          aria-expanded={opened}
          aria-controls={opened ? panelId : undefined}
          aria-label={`Anchors of ${item.label}`}
          onClick={toggle}
          style={{ flexShrink: 0 }}
        >
          Anchors
        </Button>
      </Group>
      {opened && (
        <Stack gap={4} mt="sm" mb={0} id={panelId} component="dl">
          {anchorLevelsOf(item.category).map((level) => (
            <Group key={level.key} gap="xs" wrap="nowrap" align="baseline">
              <Text component="dt" size="sm" fw={600} w={120} style={{ flexShrink: 0 }}>
                {level.label}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {item.anchors[level.key] || '—'}
              </Text>
            </Group>
          ))}
          {item.knockoutQuestion && (
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Text component="dt" size="sm" fw={600} w={120} style={{ flexShrink: 0 }}>
                Knock-out question
              </Text>
              <Text component="dd" size="sm" m={0}>
                {item.knockoutQuestion}
              </Text>
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}
