import type { ItemBreakdown, RatingBreakdown } from '@shortlist/contracts';
import { isRating } from './collect';
import { round1 } from './round';
import type { ScoringItem } from './types';

/** An item with its exact score, kept unrounded for the category and overall sums. */
export interface ScoredItem {
  item: ScoringItem;
  ratings: RatingBreakdown[];
  exactScore: number | null;
  spread: number;
}

/**
 * Mean over the ratings of (r − 1) / 3 × 100: 1 → 0, 2 → 33.3, 3 → 66.7, 4 → 100.
 * Computed as Σ(r − 1) × 100 / (3n) so a single rating of 3 is exactly 200/3.
 * Null without a rating: "not assessed" is never 0.
 */
export function itemScore(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  const points = ratings.reduce((sum, r) => sum + (r - 1), 0);
  return (points * 100) / (3 * ratings.length);
}

/** max − min of the ratings, 0 with fewer than two. */
export function ratingSpread(ratings: readonly number[]): number {
  return ratings.length < 2 ? 0 : Math.max(...ratings) - Math.min(...ratings);
}

export const DISAGREEMENT_SPREAD = 2;

export function scoreItem(item: ScoringItem, ratings: RatingBreakdown[]): ScoredItem {
  if (item.category === 'prerequisite') return { item, ratings, exactScore: null, spread: 0 };
  const values = ratings.map((r) => r.value).filter(isRating);
  return { item, ratings, exactScore: itemScore(values), spread: ratingSpread(values) };
}

export function itemBreakdown({ item, ratings, exactScore, spread }: ScoredItem): ItemBreakdown {
  return {
    itemId: item.id,
    label: item.label,
    category: item.category,
    weight: item.weight,
    mustHave: item.mustHave,
    score: exactScore === null ? null : round1(exactScore),
    ratings,
    assessed: ratings.length > 0,
    disagreement: spread >= DISAGREEMENT_SPREAD,
    spread,
  };
}
