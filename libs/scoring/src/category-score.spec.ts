import { card, JUNIOR_POLICY, rated } from '../fixtures/builders';
import { assess } from './index';

describe('category score: Σ(weight × item score) / Σ weight over the assessed items', () => {
  const items = [
    rated('languages', 'hard_skill', 2),
    rated('databases', 'hard_skill', 1),
    rated('cloud', 'hard_skill', 1), // never rated
  ];
  const result = assess(items, [card('1', 'ann', { languages: 4, databases: 2 })], [], JUNIOR_POLICY);
  const hardSkills = result.categories.find((c) => c.category === 'hard_skill');

  it('weights the assessed items and leaves the unassessed one out', () => {
    // languages (4−1)/3×100 = 100, weight 2; databases (2−1)/3×100 = 33.33, weight 1
    // (2×100 + 1×33.33) / (2 + 1) = 233.33 / 3 = 77.78 → 77.8 (not 233.33 / 4 = 58.3 with cloud as 0)
    expect(hardSkills?.score).toBe(77.8);
  });

  it('reports the job weight W_c and the weights behind the score', () => {
    expect(hardSkills).toMatchObject({
      weight: 40, // W_hard_skill of the policy
      assessedWeight: 3, // 2 + 1
      totalWeight: 4, // 2 + 1 + 1
    });
    expect(hardSkills?.items.map((i) => [i.itemId, i.score])).toEqual([
      ['languages', 100],
      ['databases', 33.3],
      ['cloud', null],
    ]);
  });

  it('lists every rated category in a fixed order, null where nothing was assessed', () => {
    expect(result.categories.map((c) => [c.category, c.score])).toEqual([
      ['qualification', null],
      ['hard_skill', 77.8],
      ['soft_skill', null],
    ]);
  });
});
