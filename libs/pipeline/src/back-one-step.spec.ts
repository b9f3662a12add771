import { DEFAULT_PLAN } from '../fixtures/default-plan';
import { decideMove } from './index';

describe('moving back, one stage at a time', () => {
  const atBehavioral = { stageId: 'behavioral', status: 'active' as const };

  it('goes back exactly one stage', () => {
    expect(decideMove(DEFAULT_PLAN, atBehavioral, { toStageId: 'system-design' })).toEqual({
      ok: true,
      next: { stageId: 'system-design', status: 'active', rejection: null },
    });
  });

  it('refuses to go back two stages or more', () => {
    expect(decideMove(DEFAULT_PLAN, atBehavioral, { toStageId: 'coding' })).toEqual({
      ok: false,
      code: 'STAGE_TRANSITION_NOT_ALLOWED',
      message: 'An application moves forward, or back one stage at a time.',
    });
    expect(decideMove(DEFAULT_PLAN, atBehavioral, { toStageId: 'applied' })).toMatchObject({ ok: false });
  });

  it('refuses a move to the stage it is already at', () => {
    expect(decideMove(DEFAULT_PLAN, atBehavioral, { toStageId: 'behavioral' })).toMatchObject({
      ok: false,
      code: 'STAGE_TRANSITION_NOT_ALLOWED',
    });
  });

  it('has nothing behind Applied', () => {
    expect(decideMove(DEFAULT_PLAN, { stageId: 'applied', status: 'active' }, { toStageId: 'resume-screen' }).ok).toBe(
      true,
    );
  });
});
