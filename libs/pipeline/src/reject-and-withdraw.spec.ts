import { DEFAULT_PLAN } from '../fixtures/default-plan';
import { decideMove } from './index';

describe('rejecting and withdrawing, from any active stage, with a reason', () => {
  it.each(DEFAULT_PLAN.filter((stage) => stage.kind !== 'hired').map((stage) => stage.id))(
    'rejects from %s and remembers the stage it left',
    (stageId) => {
      expect(
        decideMove(DEFAULT_PLAN, { stageId, status: 'active' }, { status: 'rejected', reason: 'Skills below the bar' }),
      ).toEqual({
        ok: true,
        next: {
          stageId,
          status: 'rejected',
          rejection: { kind: 'rejected_by_us', reason: 'Skills below the bar', fromStageId: stageId },
        },
      });
    },
  );

  it('records a withdrawal as the candidate’s decision', () => {
    const decision = decideMove(
      DEFAULT_PLAN,
      { stageId: 'offer', status: 'active' },
      { status: 'withdrawn', reason: '  Accepted another offer  ' },
    );
    expect(decision).toEqual({
      ok: true,
      next: {
        stageId: 'offer',
        status: 'withdrawn',
        rejection: { kind: 'withdrew', reason: 'Accepted another offer', fromStageId: 'offer' },
      },
    });
  });

  it.each([undefined, '', '   '])('requires a reason (given: %p)', (reason) => {
    const at = { stageId: 'coding', status: 'active' as const };
    expect(decideMove(DEFAULT_PLAN, at, { status: 'rejected', reason })).toEqual({
      ok: false,
      code: 'REASON_REQUIRED',
      message: 'A reason is required to mark an application rejected.',
    });
    expect(decideMove(DEFAULT_PLAN, at, { status: 'withdrawn', reason })).toMatchObject({ code: 'REASON_REQUIRED' });
  });
});
