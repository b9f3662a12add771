export type {
  AllowedMoves,
  ApplicationPosition,
  MoveDecision,
  MoveErrorCode,
  NextPosition,
  PlanStage,
  Rejection,
} from './types';
export { allowedMoves } from './allowed-moves';
export { decideMove } from './decide-move';
export { daysInStage } from './days-in-stage';
export { DEFAULT_REJECTION_REASONS } from './rejection-reasons';
