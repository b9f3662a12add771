import { card, rated, JUNIOR_POLICY } from '../fixtures/builders';
import { assess, interviewerOffsets } from './index';

describe('interviewer offset: mean of (their rating − mean of the others’ ratings), where others rated', () => {
  const items = [rated('dsa', 'qualification'), rated('sql', 'hard_skill'), rated('cloud', 'hard_skill')];
  const first = [
    card('1', 'ann', { dsa: 4, sql: 3 }),
    card('2', 'bob', { dsa: 3, sql: 3 }),
    card('3', 'cat', { dsa: 2, sql: null }),
    card('4', 'dan', { cloud: 4 }), // nobody else rated cloud
  ];

  it('compares each interviewer with the others on the same items of one application', () => {
    expect(assess(items, first, [], JUNIOR_POLICY).interviewerOffsets).toEqual([
      // dsa: 4 − (3 + 2)/2 = +1.5; sql: 3 − 3 = 0; (1.5 + 0)/2 = 0.75 → 0.8
      { interviewerId: 'ann', offset: 0.8, comparisons: 2 },
      // dsa: 3 − (4 + 2)/2 = 0; sql: 3 − 3 = 0; 0/2 = 0
      { interviewerId: 'bob', offset: 0, comparisons: 2 },
      // dsa: 2 − (4 + 3)/2 = −1.5; sql not rated
      { interviewerId: 'cat', offset: -1.5, comparisons: 1 },
      // no item shared with anyone
      { interviewerId: 'dan', offset: null, comparisons: 0 },
    ]);
  });

  it('pools the differences across applications for calibration', () => {
    const second = [card('5', 'ann', { dsa: 4 }), card('6', 'cat', { dsa: 1 })];

    expect(
      interviewerOffsets([
        { items, scorecards: first },
        { items, scorecards: second },
      ]),
    ).toEqual([
      // +1.5, 0 (first) and 4 − 1 = +3 (second): (1.5 + 0 + 3)/3 = 1.5
      { interviewerId: 'ann', offset: 1.5, comparisons: 3 },
      { interviewerId: 'bob', offset: 0, comparisons: 2 },
      // −1.5 (first) and 1 − 4 = −3 (second): (−1.5 − 3)/2 = −2.25 → −2.3 (half away from zero)
      { interviewerId: 'cat', offset: -2.3, comparisons: 2 },
      { interviewerId: 'dan', offset: null, comparisons: 0 },
    ]);
  });

  it('counts an interviewer who rated an item at two stages once, with the mean of their ratings', () => {
    const twice = [
      card('1', 'ann', { dsa: 4 }, { stageId: 'coding' }),
      card('2', 'ann', { dsa: 2 }, { stageId: 'design' }),
      card('3', 'bob', { dsa: 2 }),
    ];

    expect(interviewerOffsets([{ items, scorecards: twice }])).toEqual([
      { interviewerId: 'ann', offset: 1, comparisons: 1 }, // (4 + 2)/2 = 3; 3 − 2 = +1
      { interviewerId: 'bob', offset: -1, comparisons: 1 }, // 2 − 3 = −1
    ]);
  });
});
