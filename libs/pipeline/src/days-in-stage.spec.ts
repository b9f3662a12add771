import { daysInStage } from './index';

describe('days in stage', () => {
  const now = new Date('2025-06-10T09:00:00Z');

  it('counts whole days, rounding down', () => {
    // 2025-06-03T09:00 → 2025-06-10T09:00 is exactly 7 × 24 h = 7 days.
    expect(daysInStage(new Date('2025-06-03T09:00:00Z'), now)).toBe(7);
    // One minute short of 7 days: 6 days 23 h 59 min → 6.
    expect(daysInStage(new Date('2025-06-03T09:01:00Z'), now)).toBe(6);
    // Entered this morning: 0.
    expect(daysInStage('2025-06-10T08:00:00Z', now)).toBe(0);
  });

  it('is 0 for a date in the future or one that cannot be read', () => {
    expect(daysInStage(new Date('2025-06-11T00:00:00Z'), now)).toBe(0);
    expect(daysInStage('not a date', now)).toBe(0);
  });
});
