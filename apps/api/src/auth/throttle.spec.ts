import { throttleFrom } from './throttle';

const now = new Date('2026-01-01T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('throttleFrom (5 failures per 15 minutes)', () => {
  it('lets four recent failures through', () => {
    expect(throttleFrom([1, 2, 3, 4].map(minutesAgo), 5, now)).toEqual({ blocked: false, retryAfterSeconds: 0 });
  });

  it('blocks at five, until the oldest counted failure leaves the window', () => {
    // Failures 1..5 minutes ago: the 5th newest is 5 minutes old, so it leaves in 15 − 5 = 10 minutes.
    expect(throttleFrom([1, 2, 3, 4, 5].map(minutesAgo), 5, now)).toEqual({ blocked: true, retryAfterSeconds: 600 });
  });

  it('ignores failures older than the window', () => {
    expect(throttleFrom([1, 2, 3, 4, 16, 20].map(minutesAgo), 5, now).blocked).toBe(false);
  });
});
