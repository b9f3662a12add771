import { card, JUNIOR_POLICY, rated } from '../fixtures/builders';
import { assess, itemScore } from './index';

describe('item score: the mean over submitted ratings of (r − 1) / 3 × 100', () => {
  it('maps each level of the scale', () => {
    expect(itemScore([1])).toBe(0); // (1−1)/3×100 = 0
    expect(itemScore([2])).toBeCloseTo(33.333, 3); // (2−1)/3×100 = 33.33
    expect(itemScore([3])).toBeCloseTo(66.667, 3); // (3−1)/3×100 = 66.67
    expect(itemScore([4])).toBe(100); // (4−1)/3×100 = 100
    expect(itemScore([])).toBeNull(); // no rating: not assessed, not 0
  });

  it('averages two interviewers and reports one decimal, with who rated what', () => {
    const items = [rated('dsa', 'qualification')];
    const result = assess(
      items,
      [card('sc-b', 'bob', { dsa: 4 }, { stageId: 'design' }), card('sc-a', 'ann', { dsa: 3 }, { stageId: 'coding' })],
      [],
      JUNIOR_POLICY,
    );

    expect(result.items[0]).toMatchObject({
      itemId: 'dsa',
      score: 83.3, // (3−1)/3×100 = 66.67; (4−1)/3×100 = 100; mean = 83.33 → 83.3
      assessed: true,
      ratings: [
        { interviewerId: 'ann', scorecardId: 'sc-a', stageId: 'coding', value: 3, note: null },
        { interviewerId: 'bob', scorecardId: 'sc-b', stageId: 'design', value: 4, note: null },
      ],
    });
  });

  it('averages three ratings', () => {
    const items = [rated('sql', 'hard_skill')];
    const cards = [card('1', 'ann', { sql: 2 }), card('2', 'bob', { sql: 3 }), card('3', 'cat', { sql: 3 })];

    // (2−1)/3×100 = 33.33; (3−1)/3×100 = 66.67 twice; (33.33 + 66.67 + 66.67)/3 = 166.67/3 = 55.56 → 55.6
    expect(assess(items, cards, [], JUNIOR_POLICY).items[0].score).toBe(55.6);
  });

  it('keeps the note beside the rating', () => {
    const items = [rated('git', 'hard_skill')];
    const scorecard = {
      ...card('1', 'ann', {}),
      ratings: [{ itemId: 'git', value: 4 as const, note: 'rebased live' }],
    };

    expect(assess(items, [scorecard], [], JUNIOR_POLICY).items[0].ratings[0].note).toBe('rebased live');
  });
});
