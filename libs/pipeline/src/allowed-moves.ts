import { ordered } from './plan';
import type { AllowedMoves, ApplicationPosition, PlanStage } from './types';

const CLOSED: Omit<AllowedMoves, 'canUndoRejection'> = {
  toStageIds: [],
  canReject: false,
  canWithdraw: false,
  canHire: false,
};

/**
 * The moves open to an application (DESIGN.md, "Default interview plan"):
 * - forward to any later stage before Hired: recruiters skip screens, so the
 *   next stage is not the only way on;
 * - back exactly one step, to undo a drag without rewriting the history;
 * - reject or withdraw from any active stage (a reason is required, see decideMove);
 * - hire only from the Offer stage: entering the `hired` stage is the hire;
 * - a rejected, withdrawn or hired application does not move, except that a
 *   rejection or withdrawal can be undone, back to the stage it left.
 */
export function allowedMoves(plan: readonly PlanStage[], application: ApplicationPosition): AllowedMoves {
  const stages = ordered(plan);
  if (application.status === 'rejected' || application.status === 'withdrawn') {
    const back = application.rejection?.fromStageId ?? application.stageId;
    return { ...CLOSED, canUndoRejection: stages.some((stage) => stage.id === back) };
  }
  const at = stages.findIndex((stage) => stage.id === application.stageId);
  if (application.status !== 'active' || at === -1 || stages[at].kind === 'hired') {
    return { ...CLOSED, canUndoRejection: false };
  }
  const forward = stages.slice(at + 1).filter((stage) => stage.kind !== 'hired');
  const back = at > 0 ? [stages[at - 1]] : [];
  const canHire = stages[at].kind === 'offer';
  const hired = canHire ? stages.slice(at + 1).filter((stage) => stage.kind === 'hired') : [];
  const reachable = new Set([...back, ...forward, ...hired].map((stage) => stage.id));
  return {
    toStageIds: stages.filter((stage) => reachable.has(stage.id)).map((stage) => stage.id),
    canReject: true,
    canWithdraw: true,
    canHire,
    canUndoRejection: false,
  };
}
