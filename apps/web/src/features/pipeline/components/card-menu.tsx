import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { assessmentHref } from '@/config/paths';
import type { BoardCard } from '../utils/board';
import type { BoardActions } from './board-actions';

export interface CardMenuProps {
  card: BoardCard;
  actions: BoardActions;
}

/** The keyboard (and pointer) alternative to dragging: only the moves the plan allows are offered. */
export function CardMenu({ card, actions }: CardMenuProps) {
  const moves = actions.movesFor(card);
  const stages = actions.stages.filter((stage) => moves.toStageIds.includes(stage.id));

  return (
    <Menu position="bottom-end" withinPortal={false} shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move ${card.candidateName}`}>
          <IconArrowsExchange size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {stages.length > 0 && <Menu.Label>Move to</Menu.Label>}
        {stages.map((stage) => (
          <Menu.Item key={stage.id} onClick={() => actions.onMove(card, stage.id)}>
            {stage.name}
          </Menu.Item>
        ))}
        {/* Hiring is entering the Hired stage, which the plan offers from Offer only. */}
        {(moves.canReject || moves.canWithdraw) && <Menu.Divider />}
        {moves.canReject && (
          // Menu.Item's `color` draws red-6 text whatever the shade asked for (3.3:1 on white); red-9 reads at AA.
          <Menu.Item c="red.9" onClick={() => actions.onReject([card], 'rejected_by_us')}>
            Reject…
          </Menu.Item>
        )}
        {moves.canWithdraw && <Menu.Item onClick={() => actions.onReject([card], 'withdrew')}>Withdraw…</Menu.Item>}
        <Menu.Divider />
        <Menu.Item component={Link} to={assessmentHref(card.applicationId)}>
          View assessment
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
