import { ActionIcon, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import type { AuditEventView } from '@shortlist/contracts';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { ACTION_LABELS, ENTITY_LABELS, shortId } from '../utils/labels';
import { summarize } from '../utils/summary';
import { EventDiff } from './event-diff';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export const AUDIT_COLUMNS = 6;

export interface AuditRowProps {
  event: AuditEventView;
  names: ReadonlyMap<string, string>;
  onFilterEntity: (entityId: string) => void;
}

function actorLabel(event: AuditEventView): string {
  if (event.actorName) return event.actorName;
  if (event.actorId) return 'Unknown user';
  return event.action === 'public_application.submitted' ? 'Candidate (public form)' : 'System';
}

export function AuditRow({ event, names, onFilterEntity }: AuditRowProps) {
  const [open, setOpen] = useState(false);
  const detailId = `audit-event-${event.seq}`;
  const summary = summarize(event, names);
  const ToggleIcon = open ? IconChevronDown : IconChevronRight;

  return (
    <>
      <Table.Tr>
        <Table.Td w={44}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-expanded={open}
            aria-controls={open ? detailId : undefined}
            aria-label={`${open ? 'Hide' : 'Show'} changes of event ${event.seq}`}
            onClick={() => setOpen((value) => !value)}
          >
            <ToggleIcon size={16} aria-hidden />
          </ActionIcon>
        </Table.Td>
        <Table.Td>
          <Text size="sm" span>
            <time dateTime={event.at}>{timeFormat.format(new Date(event.at))}</time>
          </Text>
          <Text size="xs" c="dimmed">
            #{event.seq}
          </Text>
        </Table.Td>
        <Table.Td>{actorLabel(event)}</Table.Td>
        <Table.Td>{ACTION_LABELS[event.action] ?? event.action}</Table.Td>
        <Table.Td>
          {ENTITY_LABELS[event.entityType] ?? event.entityType}
          {event.entityId && (
            <Text size="xs" c="dimmed" ff="monospace" title={event.entityId}>
              {shortId(event.entityId)}
            </Text>
          )}
        </Table.Td>
        <Table.Td>{summary}</Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailId}>
          <Table.Td colSpan={AUDIT_COLUMNS} bg="var(--mantine-color-default-hover)">
            <Stack gap="sm" py="xs">
              <EventDiff before={event.before} after={event.after} caption={`Changes recorded by event ${event.seq}`} />
              <Group gap="lg" wrap="wrap">
                <Text size="xs">
                  Event id <Code>{event.id}</Code>
                </Text>
                {event.entityId && (
                  <Text size="xs">
                    Entity id <Code>{event.entityId}</Code>
                  </Text>
                )}
                <Text size="xs">
                  Hash <Code title={event.hash}>{event.hash.slice(0, 16)}…</Code> links to{' '}
                  <Code title={event.prevHash}>{event.prevHash.slice(0, 16)}…</Code>
                </Text>
              </Group>
              {event.entityId && (
                <Group>
                  <Button variant="light" size="compact-sm" onClick={() => onFilterEntity(event.entityId!)}>
                    Show only events of this {(ENTITY_LABELS[event.entityType] ?? 'entity').toLowerCase()}
                  </Button>
                </Group>
              )}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
