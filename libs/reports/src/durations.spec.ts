import { SECONDS_PER_DAY, summarizeDurations } from './index';

describe('time in stage: median and p90 of completed visits, in days with one decimal', () => {
  const days = (...values: number[]) => values.map((d) => d * SECONDS_PER_DAY);

  it('converts seconds to days before taking the quantiles', () => {
    expect(summarizeDurations(days(2, 1, 2, 1))).toEqual({
      visits: 4,
      medianDays: 1.5, // 1 1 2 2 → (1 + 2) / 2
      p90Days: 2, // h = 3 × 0.9 = 2.7 → 2 + 0.7 × (2 − 2)
    });
  });

  it('rounds once, at the end: 1 h, 2 h and 3 h are 0.04, 0.08 and 0.13 days', () => {
    // median 2 h = 0.0833 d → 0.1; p90: h = 1.8 → 2 h + 0.8 × 1 h = 2.8 h = 0.1167 d → 0.1
    expect(summarizeDurations([3600, 7200, 10800])).toEqual({ visits: 3, medianDays: 0.1, p90Days: 0.1 });
  });

  it('has no median without a completed visit', () => {
    expect(summarizeDurations([])).toEqual({ visits: 0, medianDays: null, p90Days: null });
  });
});
