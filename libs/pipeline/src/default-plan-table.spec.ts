import { DEFAULT_PLAN } from '../fixtures/default-plan';
import { allowedMoves, decideMove } from './index';

const STAGES = DEFAULT_PLAN.map((stage) => stage.id);
const active = (stageId: string) => ({ stageId, status: 'active' as const, rejection: null });

/**
 * Every (from, to) pair of the default plan, Applied → Résumé screen →
 * Recruiter screen → Coding → System design → Behavioral → Decision → Offer →
 * Hired: forward to any later stage but Hired, back one step, Hired only from Offer.
 */
function expected(from: number, to: number): boolean {
  if (STAGES[to] === 'hired') return STAGES[from] === 'offer';
  if (STAGES[from] === 'hired') return false;
  return to > from || to === from - 1;
}

describe('the transition table of the default interview plan', () => {
  const pairs = STAGES.flatMap((from, i) =>
    STAGES.filter((to) => to !== from).map((to) => [from, to, expected(i, STAGES.indexOf(to))] as const),
  );

  it.each(pairs)('%s → %s: %s', (from, to, allowed) => {
    const decision = decideMove(DEFAULT_PLAN, active(from), { toStageId: to });
    expect(decision.ok).toBe(allowed);
    expect(allowedMoves(DEFAULT_PLAN, active(from)).toStageIds.includes(to)).toBe(allowed);
  });

  it('allows 36 of the 9 × 8 = 72 moves between different stages', () => {
    // Forward from stage k (0 = Applied … 7 = Offer) to a later stage other than Hired: 7 − k moves,
    // 7 + 6 + 5 + 4 + 3 + 2 + 1 + 0 = 28; back one step from Résumé screen … Offer: 7; Offer → Hired: 1.
    // 28 + 7 + 1 = 36. Hired moves nowhere.
    expect(pairs).toHaveLength(72);
    expect(pairs.filter(([, , allowed]) => allowed)).toHaveLength(36);
  });
});
