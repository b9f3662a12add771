import { DEFAULT_PLAN } from '../fixtures/default-plan';
import { allowedMoves, decideMove } from './index';

describe('moving forward, to the next stage or skipping ahead', () => {
  const atResumeScreen = { stageId: 'resume-screen', status: 'active' as const, rejection: null };

  it('moves to the next stage', () => {
    expect(decideMove(DEFAULT_PLAN, atResumeScreen, { toStageId: 'recruiter-screen' })).toEqual({
      ok: true,
      next: { stageId: 'recruiter-screen', status: 'active', rejection: null },
    });
  });

  it('skips ahead to any later stage before Hired (recruiters skip screens)', () => {
    expect(decideMove(DEFAULT_PLAN, atResumeScreen, { toStageId: 'coding' })).toMatchObject({
      ok: true,
      next: { stageId: 'coding', status: 'active' },
    });
    expect(decideMove(DEFAULT_PLAN, atResumeScreen, { toStageId: 'offer' })).toMatchObject({ ok: true });
  });

  it('lists the targets in plan order: one back, every later one but Hired', () => {
    expect(allowedMoves(DEFAULT_PLAN, atResumeScreen)).toEqual({
      toStageIds: ['applied', 'recruiter-screen', 'coding', 'system-design', 'behavioral', 'decision', 'offer'],
      canReject: true,
      canWithdraw: true,
      canHire: false,
      canUndoRejection: false,
    });
  });

  it('follows the order field, not the order of the array', () => {
    const shuffled = [...DEFAULT_PLAN].reverse();
    expect(allowedMoves(shuffled, atResumeScreen).toStageIds[0]).toBe('applied');
    expect(decideMove(shuffled, atResumeScreen, { toStageId: 'recruiter-screen' }).ok).toBe(true);
  });
});
