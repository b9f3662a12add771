import { percent, withConversion } from './index';

describe('funnel conversion: reached(next stage) / reached(this stage)', () => {
  it('divides each stage by the one after it, in plan order; the last has none', () => {
    const stages = [
      { stageName: 'Applied', reached: 6 },
      { stageName: 'Screen', reached: 5 },
      { stageName: 'Coding', reached: 4 },
      { stageName: 'Offer', reached: 0 },
      { stageName: 'Hired', reached: 0 },
    ];

    expect(withConversion(stages).map((s) => s.conversion)).toEqual([
      83.3, // 5 / 6 = 83.33…%
      80, // 4 / 5
      0, // 0 / 4
      null, // nobody reached Offer: nothing to divide by
      null, // the last stage
    ]);
  });

  it('keeps the other fields of each row', () => {
    expect(withConversion([{ reached: 2, rejected: 1 }])).toEqual([{ reached: 2, rejected: 1, conversion: null }]);
  });

  it('rounds percentages to one decimal, halves away from zero', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(0, 0)).toBeNull();
  });
});
