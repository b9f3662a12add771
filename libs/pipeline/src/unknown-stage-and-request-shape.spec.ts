import { DEFAULT_PLAN } from '../fixtures/default-plan';
import { allowedMoves, decideMove } from './index';

describe('requests the plan cannot place', () => {
  const atCoding = { stageId: 'coding', status: 'active' as const };

  it('answers UNKNOWN_STAGE for a stage of another plan', () => {
    expect(decideMove(DEFAULT_PLAN, atCoding, { toStageId: 'stage-of-another-job' })).toEqual({
      ok: false,
      code: 'UNKNOWN_STAGE',
      message: 'That stage is not in this job’s interview plan.',
    });
  });

  it('answers UNKNOWN_STAGE for an application on a stage the plan no longer has, and offers it nothing', () => {
    const stranded = { stageId: 'removed', status: 'active' as const };
    expect(decideMove(DEFAULT_PLAN, stranded, { toStageId: 'coding' })).toMatchObject({ code: 'UNKNOWN_STAGE' });
    expect(allowedMoves(DEFAULT_PLAN, stranded).toStageIds).toEqual([]);
  });

  it.each([
    [{}],
    [{ toStageId: 'system-design', status: 'rejected' as const, reason: 'Position filled' }],
    [{ toStageId: 'system-design', undoRejection: true }],
    [{ undoRejection: false }],
  ])('refuses a request naming no move or more than one: %j', (request) => {
    expect(decideMove(DEFAULT_PLAN, atCoding, request)).toEqual({
      ok: false,
      code: 'STAGE_TRANSITION_NOT_ALLOWED',
      message: 'A move names exactly one of a stage, a status (rejected, withdrawn, hired) or undoRejection.',
    });
  });

  it('refuses a status no move sets', () => {
    const request = { status: 'active' } as unknown as Parameters<typeof decideMove>[2];
    expect(decideMove(DEFAULT_PLAN, atCoding, request)).toMatchObject({ code: 'STAGE_TRANSITION_NOT_ALLOWED' });
  });
});
