import { round1 } from '@shortlist/scoring';
import { median, percentile } from './percentile';

export const SECONDS_PER_DAY = 86_400;

export interface DurationSummary {
  visits: number;
  /** In days, one decimal. */
  medianDays: number | null;
  p90Days: number | null;
}

/** Median and 90th percentile of durations given in seconds, reported in days; null without a duration. */
export function summarizeDurations(seconds: readonly number[]): DurationSummary {
  const days = seconds.map((s) => s / SECONDS_PER_DAY);
  const inDays = (value: number | null) => (value === null ? null : round1(value));
  return { visits: days.length, medianDays: inDays(median(days)), p90Days: inDays(percentile(days, 0.9)) };
}
