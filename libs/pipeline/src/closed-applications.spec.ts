import { DEFAULT_PLAN } from '../fixtures/default-plan';
import { allowedMoves, decideMove } from './index';

describe('rejected, withdrawn and hired applications do not move', () => {
  const rejected = { stageId: 'coding', status: 'rejected' as const, rejection: { fromStageId: 'coding' } };
  const withdrawn = { stageId: 'offer', status: 'withdrawn' as const, rejection: { fromStageId: 'offer' } };
  const hired = { stageId: 'hired', status: 'hired' as const, rejection: null };

  it.each([
    ['rejected', rejected, { toStageId: 'system-design' }],
    ['rejected', rejected, { status: 'rejected' as const, reason: 'Position filled' }],
    ['withdrawn', withdrawn, { status: 'hired' as const }],
    ['hired', hired, { toStageId: 'offer' }],
    ['hired', hired, { status: 'withdrawn' as const, reason: 'Changed their mind' }],
  ])('a %s application refuses %j', (status, application, request) => {
    expect(decideMove(DEFAULT_PLAN, application, request)).toEqual({
      ok: false,
      code: 'STAGE_TRANSITION_NOT_ALLOWED',
      message: `A ${status} application does not move; undo the rejection first.`,
    });
  });

  it('offers nothing but undoing a rejection or withdrawal', () => {
    const none = { toStageIds: [], canReject: false, canWithdraw: false, canHire: false };
    expect(allowedMoves(DEFAULT_PLAN, rejected)).toEqual({ ...none, canUndoRejection: true });
    expect(allowedMoves(DEFAULT_PLAN, withdrawn)).toEqual({ ...none, canUndoRejection: true });
    expect(allowedMoves(DEFAULT_PLAN, hired)).toEqual({ ...none, canUndoRejection: false });
  });
});
