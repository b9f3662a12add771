import { DEFAULT_PLAN } from '../fixtures/default-plan';
import { decideMove } from './index';

describe('undoing a rejection or withdrawal', () => {
  it('returns a rejected application to the stage it left, active again', () => {
    const rejected = {
      stageId: 'system-design',
      status: 'rejected' as const,
      rejection: { fromStageId: 'system-design' },
    };
    expect(decideMove(DEFAULT_PLAN, rejected, { undoRejection: true })).toEqual({
      ok: true,
      next: { stageId: 'system-design', status: 'active', rejection: null },
    });
  });

  it('returns a withdrawn application the same way, to fromStageId even if stageId says otherwise', () => {
    const withdrawn = { stageId: 'applied', status: 'withdrawn' as const, rejection: { fromStageId: 'offer' } };
    expect(decideMove(DEFAULT_PLAN, withdrawn, { undoRejection: true })).toMatchObject({
      ok: true,
      next: { stageId: 'offer', status: 'active' },
    });
  });

  it('refuses to reopen an active or hired application', () => {
    for (const status of ['active', 'hired'] as const) {
      expect(decideMove(DEFAULT_PLAN, { stageId: 'offer', status }, { undoRejection: true })).toEqual({
        ok: false,
        code: 'STAGE_TRANSITION_NOT_ALLOWED',
        message: `Only a rejected or withdrawn application can be reopened; this one is ${status}.`,
      });
    }
  });

  it('answers UNKNOWN_STAGE when the stage it left has been removed from the plan', () => {
    const rejected = { stageId: 'gone', status: 'rejected' as const, rejection: { fromStageId: 'gone' } };
    expect(decideMove(DEFAULT_PLAN, rejected, { undoRejection: true })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_STAGE',
    });
  });
});
