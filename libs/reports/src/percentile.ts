/**
 * The p-quantile of `values` by linear interpolation between the closest ranks
 * (Hyndman & Fan type 7: PostgreSQL's percentile_cont, spreadsheets'
 * PERCENTILE.INC): sorted ascending, h = (n − 1) × p, then
 * x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋]). Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0 || !(p >= 0 && p <= 1)) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

/** The middle value, or the mean of the two middle values (percentile 0.5). */
export const median = (values: readonly number[]): number | null => percentile(values, 0.5);
