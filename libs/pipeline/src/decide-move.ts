import type { MoveRequest } from '@shortlist/contracts';
import { allowedMoves } from './allowed-moves';
import { hiredStageOf, ordered } from './plan';
import type { ApplicationPosition, MoveDecision, MoveErrorCode, PlanStage } from './types';

const refuse = (code: MoveErrorCode, message: string): MoveDecision => ({ ok: false, code, message });
const notAllowed = (message: string) => refuse('STAGE_TRANSITION_NOT_ALLOWED', message);

const STATUS_WORDS = { rejected: 'rejected', withdrawn: 'withdrawn', hired: 'hired', active: 'active' } as const;

/**
 * Where a move request takes an application, or why it cannot: the rules of
 * `allowedMoves`, plus a reason for every rejection and withdrawal. The
 * transition is checked before the reason, so a closed application answers
 * STAGE_TRANSITION_NOT_ALLOWED whatever the request carries. A rejected or
 * withdrawn application stays on the stage it left; `rejection` remembers it.
 */
export function decideMove(
  plan: readonly PlanStage[],
  application: ApplicationPosition,
  request: MoveRequest,
): MoveDecision {
  const named = [request.toStageId !== undefined, request.status !== undefined, request.undoRejection === true];
  if (named.filter(Boolean).length !== 1) {
    return notAllowed('A move names exactly one of a stage, a status (rejected, withdrawn, hired) or undoRejection.');
  }
  const stages = ordered(plan);
  const allowed = allowedMoves(stages, application);
  const closed = application.status !== 'active';
  if (!closed && !stages.some((stage) => stage.id === application.stageId)) {
    return refuse('UNKNOWN_STAGE', 'The application is on a stage that is no longer in the interview plan.');
  }

  if (request.undoRejection) {
    if (application.status !== 'rejected' && application.status !== 'withdrawn') {
      return notAllowed(`Only a rejected or withdrawn application can be reopened; this one is ${application.status}.`);
    }
    const back = application.rejection?.fromStageId ?? application.stageId;
    if (!allowed.canUndoRejection) {
      return refuse('UNKNOWN_STAGE', 'The stage this application left is no longer in the interview plan.');
    }
    return { ok: true, next: { stageId: back, status: 'active', rejection: null } };
  }

  if (closed) {
    return notAllowed(`A ${STATUS_WORDS[application.status]} application does not move; undo the rejection first.`);
  }

  if (request.status === 'rejected' || request.status === 'withdrawn') {
    const reason = typeof request.reason === 'string' ? request.reason.trim() : '';
    if (!reason) {
      return refuse('REASON_REQUIRED', `A reason is required to mark an application ${request.status}.`);
    }
    const kind = request.status === 'rejected' ? 'rejected_by_us' : 'withdrew';
    return {
      ok: true,
      next: {
        stageId: application.stageId,
        status: request.status,
        rejection: { kind, reason, fromStageId: application.stageId },
      },
    };
  }

  if (request.status === 'hired') {
    if (!allowed.canHire) return notAllowed('Only an application at the Offer stage can be hired.');
    const hired = hiredStageOf(stages);
    return { ok: true, next: { stageId: hired?.id ?? application.stageId, status: 'hired', rejection: null } };
  }

  if (request.status !== undefined) {
    return notAllowed(`"${String(request.status)}" is not a status a move can set.`);
  }

  const target = stages.find((stage) => stage.id === request.toStageId);
  if (!target) return refuse('UNKNOWN_STAGE', 'That stage is not in this job’s interview plan.');
  if (target.id === application.stageId) return notAllowed('The application is already at that stage.');
  if (target.kind === 'hired') {
    return allowed.canHire
      ? { ok: true, next: { stageId: target.id, status: 'hired', rejection: null } }
      : notAllowed('Only an application at the Offer stage can be hired.');
  }
  if (!allowed.toStageIds.includes(target.id)) {
    return notAllowed('An application moves forward, or back one stage at a time.');
  }
  return { ok: true, next: { stageId: target.id, status: 'active', rejection: null } };
}
