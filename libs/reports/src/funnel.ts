import { percent } from './rates';

/**
 * Pass-through of each stage in plan order: reached(next) / reached(this) × 100.
 * Null for the last stage and for a stage nobody reached.
 */
export function withConversion<T extends { reached: number }>(
  stages: readonly T[],
): (T & { conversion: number | null })[] {
  return stages.map((stage, i) => {
    const next = stages[i + 1];
    return { ...stage, conversion: next ? percent(next.reached, stage.reached) : null };
  });
}
