import { DEFAULT_PLAN } from '../fixtures/default-plan';
import { allowedMoves, decideMove } from './index';

describe('hiring, only from the Offer stage', () => {
  const atOffer = { stageId: 'offer', status: 'active' as const };
  const HIRED = { ok: true, next: { stageId: 'hired', status: 'hired', rejection: null } };

  it('hires by status or by moving into the Hired stage, both landing on Hired', () => {
    expect(decideMove(DEFAULT_PLAN, atOffer, { status: 'hired' })).toEqual(HIRED);
    expect(decideMove(DEFAULT_PLAN, atOffer, { toStageId: 'hired' })).toEqual(HIRED);
    expect(allowedMoves(DEFAULT_PLAN, atOffer)).toMatchObject({ canHire: true, toStageIds: ['decision', 'hired'] });
  });

  it.each(['applied', 'coding', 'decision'])('refuses to hire from %s', (stageId) => {
    const at = { stageId, status: 'active' as const };
    const refused = {
      ok: false,
      code: 'STAGE_TRANSITION_NOT_ALLOWED',
      message: 'Only an application at the Offer stage can be hired.',
    };
    expect(decideMove(DEFAULT_PLAN, at, { status: 'hired' })).toEqual(refused);
    expect(decideMove(DEFAULT_PLAN, at, { toStageId: 'hired' })).toEqual(refused);
    expect(allowedMoves(DEFAULT_PLAN, at).canHire).toBe(false);
  });

  it('hires in place when the plan has no Hired stage', () => {
    const plan = DEFAULT_PLAN.filter((stage) => stage.kind !== 'hired');
    expect(decideMove(plan, atOffer, { status: 'hired' })).toEqual({
      ok: true,
      next: { stageId: 'offer', status: 'hired', rejection: null },
    });
  });
});
