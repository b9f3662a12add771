import { median, percentile } from './index';

describe('percentile: linear interpolation between closest ranks (PostgreSQL percentile_cont)', () => {
  it('takes the middle value of an odd count and the mean of the two middles of an even count', () => {
    expect(median([4, 1, 2, 4, 1])).toBe(2); // sorted 1 1 2 4 4: h = 4 × 0.5 = 2 → x[2] = 2
    expect(median([2, 1, 2, 1])).toBe(1.5); // sorted 1 1 2 2: h = 1.5 → 1 + 0.5 × (2 − 1)
  });

  it('interpolates the 90th percentile between the two ranks around it', () => {
    // sorted 1 1 1 2 4: h = 4 × 0.9 = 3.6 → x[3] + 0.6 × (x[4] − x[3]) = 2 + 0.6 × 2 = 3.2
    expect(percentile([1, 1, 1, 2, 4], 0.9)).toBeCloseTo(3.2, 10);
    // sorted 4 6 10: h = 2 × 0.9 = 1.8 → 6 + 0.8 × (10 − 6) = 9.2
    expect(percentile([10, 4, 6], 0.9)).toBeCloseTo(9.2, 10);
  });

  it('answers the one value for one value, the extremes at 0 and 1, and null for none', () => {
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([3, 9, 5], 0)).toBe(3);
    expect(percentile([3, 9, 5], 1)).toBe(9);
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([1, 2], 1.5)).toBeNull();
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});
