import { Anchor, Badge, Checkbox, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router-dom';
import { candidateHref } from '@/config/paths';
import { formatScore, type BoardCard } from '../utils/board';
import type { BoardActions } from './board-actions';
import { CardMenu } from './card-menu';
import { GateIcon } from './gate-icon';

export function PipelineTable({ cards, actions }: { cards: BoardCard[]; actions: BoardActions }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label="Applications">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>Select</VisuallyHidden>
            </Table.Th>
            <Table.Th>Candidate</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Screen</Table.Th>
            <Table.Th>Gates</Table.Th>
            <Table.Th>Red flags</Table.Th>
            <Table.Th>Days in stage</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cards.map((card) => (
            <Table.Tr key={card.applicationId}>
              <Table.Td>
                <Checkbox
                  size="xs"
                  aria-label={`Select ${card.candidateName}`}
                  checked={actions.isSelected(card)}
                  onChange={() => actions.onToggleSelected(card, false)}
                />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={candidateHref(card.candidateId)} size="sm">
                  {card.candidateName}
                </Anchor>
                {card.knockoutFlag && (
                  <Badge ml="xs" size="xs" color="orange" variant="light">
                    Knock-out
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{card.stageName}</Table.Td>
              <Table.Td>{formatScore(card.score)}</Table.Td>
              <Table.Td>{card.screenScore === null ? '—' : `${Math.round(card.screenScore)}%`}</Table.Td>
              <Table.Td>
                <GateIcon gates={card.gates} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{card.redFlagCount}</Text>
              </Table.Td>
              <Table.Td>{card.daysInStage}</Table.Td>
              <Table.Td>
                <CardMenu card={card} actions={actions} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
