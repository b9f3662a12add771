import { Badge, Grid, Paper, ScrollArea, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ApplicationView, CandidateView, ScreeningItem } from '@shortlist/contracts';
import { useState } from 'react';
import { highlightSegments } from '../utils/highlight';

export interface EvidenceViewProps {
  candidate: CandidateView;
  applicationId: string | null;
  application: ApplicationView | undefined;
  onSelectApplication: (applicationId: string | null) => void;
}

/** The résumé beside one application's screening: choosing an item marks its evidence in the text. */
export function EvidenceView({ candidate, applicationId, application, onSelectApplication }: EvidenceViewProps) {
  const [activeItemId, setActiveItemId] = useState<string | null>(null);
  const [hoveredItemId, setHoveredItemId] = useState<string | null>(null);
  const items = application?.screening?.items ?? [];
  const shownId = hoveredItemId ?? activeItemId;
  const shown = items.find((item) => item.itemId === shownId);
  const text = candidate.resumeText ?? '';

  return (
    <Stack gap="sm">
      <Select
        label="Screening for application"
        placeholder="Choose an application"
        data={candidate.applications.map((a) => ({ value: a.applicationId, label: a.jobTitle }))}
        value={applicationId}
        onChange={(value) => {
          onSelectApplication(value);
          setActiveItemId(null);
        }}
        w={360}
        comboboxProps={{ withinPortal: false }}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {application && !application.screening ? (
            <Text size="sm" c="dimmed">
              This application has not been screened yet.
            </Text>
          ) : (
            <Stack
              gap={4}
              component="ul"
              aria-label="Checklist items"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {items.map((item) => (
                <li key={item.itemId}>
                  <ItemButton
                    item={item}
                    active={item.itemId === activeItemId}
                    onChoose={() => setActiveItemId(item.itemId === activeItemId ? null : item.itemId)}
                    onHover={(hovering) => setHoveredItemId(hovering ? item.itemId : null)}
                  />
                </li>
              ))}
            </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="sm" radius="md">
            <ScrollArea.Autosize mah={480}>
              {text ? (
                <Text
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap' }}
                  aria-label="Résumé text"
                  component="div"
                  role="document"
                >
                  {highlightSegments(text, shown?.evidence ?? []).map((segment, index) =>
                    segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
                  )}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  No résumé text yet.
                </Text>
              )}
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ItemButton({
  item,
  active,
  onChoose,
  onHover,
}: {
  item: ScreeningItem;
  active: boolean;
  onChoose: () => void;
  onHover: (hovering: boolean) => void;
}) {
  const found = item.evidence.length;
  return (
    <UnstyledButton
      onClick={onChoose}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      aria-pressed={active}
      p={6}
      w="100%"
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        background: active ? 'var(--mantine-color-yellow-light)' : undefined,
      }}
    >
      <Text component="span" display="block" size="sm">
        {item.label}
      </Text>
      <Badge size="xs" variant="light" color={found > 0 ? 'teal' : 'gray'}>
        {found === 0 ? 'No evidence' : found === 1 ? '1 match' : `${found} matches`}
      </Badge>
      {item.evidence.map((e) => (
        <Text key={`${e.offset}-${e.matched}`} component="span" display="block" size="xs" c="dimmed">
          {e.matched}
        </Text>
      ))}
    </UnstyledButton>
  );
}
