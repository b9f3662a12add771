import type { RejectionKind } from '@shortlist/contracts';
import type { AllowedMoves } from '@shortlist/pipeline';
import type { BoardCard } from '../utils/board';

/** What cards, the table and the bulk bar can ask the board to do. */
export interface BoardActions {
  stages: { id: string; name: string }[];
  movesFor: (card: BoardCard) => AllowedMoves;
  onMove: (card: BoardCard, toStageId: string) => void;
  onReject: (cards: BoardCard[], kind: RejectionKind) => void;
  isSelected: (card: BoardCard) => boolean;
  onToggleSelected: (card: BoardCard, range: boolean) => void;
}
