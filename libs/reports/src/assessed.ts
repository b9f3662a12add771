import type { ChecklistCategory, RatingValue } from '@shortlist/contracts';

export type Assessment = 1 | 2 | 3 | 4 | 'met' | 'not_met';

/**
 * Whether a value is an assessment of an item of this category, as libs/scoring
 * counts them: 1–4 for rated items, met / not met for prerequisites. Null and a
 * value that does not fit are "not assessed".
 */
export function assessmentOf(category: ChecklistCategory, value: RatingValue | undefined): Assessment | null {
  if (value === undefined || value === null) return null;
  if (category === 'prerequisite') return value === 'met' || value === 'not_met' ? value : null;
  return value === 1 || value === 2 || value === 3 || value === 4 ? value : null;
}
