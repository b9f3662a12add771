import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import type { RetentionCandidate } from '@shortlist/contracts';
import { Link } from 'react-router-dom';
import { candidateHref } from '@/config/paths';
import { dateFormat, SOURCE_LABELS } from '../utils/labels';

const DAY_MS = 86_400_000;

export interface RetentionTableProps {
  candidates: RetentionCandidate[];
  selected: ReadonlySet<string>;
  onToggle: (candidateId: string) => void;
  onToggleAll: (select: boolean) => void;
  now?: Date;
}

export function RetentionTable({ candidates, selected, onToggle, onToggleAll, now = new Date() }: RetentionTableProps) {
  const chosen = candidates.filter((c) => selected.has(c.id)).length;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Candidates for review">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select every candidate on this page"
                checked={chosen > 0 && chosen === candidates.length}
                indeterminate={chosen > 0 && chosen < candidates.length}
                onChange={(event) => onToggleAll(event.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Applications</Table.Th>
            <Table.Th>Last activity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((candidate) => {
            const last = new Date(candidate.lastActivityAt);
            const days = Math.floor((now.getTime() - last.getTime()) / DAY_MS);
            return (
              <Table.Tr key={candidate.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${candidate.name}`}
                    checked={selected.has(candidate.id)}
                    onChange={() => onToggle(candidate.id)}
                  />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={candidateHref(candidate.id)}>
                    {candidate.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{candidate.email}</Table.Td>
                <Table.Td>{SOURCE_LABELS[candidate.source]}</Table.Td>
                <Table.Td>{candidate.applicationCount}</Table.Td>
                <Table.Td>
                  <Text size="sm">{dateFormat.format(last)}</Text>
                  <Text size="xs" c="dimmed">{`${days} days ago`}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
