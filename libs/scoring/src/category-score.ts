import type { CategoryBreakdown, CategoryWeights, ItemBreakdown, RatedCategory } from '@shortlist/contracts';
import { RATED_CATEGORIES, weightOf } from './collect';
import type { ScoredItem } from './item-score';
import { round1 } from './round';

export interface ScoredCategory {
  category: RatedCategory;
  exactScore: number | null;
  weight: number;
  assessedWeight: number;
  totalWeight: number;
}

/**
 * Σ(weight × item score) / Σ weight over the category's assessed items; null
 * when none is assessed (or all assessed items weigh 0).
 */
export function scoreCategory(
  category: RatedCategory,
  scored: readonly ScoredItem[],
  weights: CategoryWeights,
): ScoredCategory {
  let weighted = 0;
  let assessedWeight = 0;
  let totalWeight = 0;
  for (const { item, exactScore } of scored) {
    if (item.category !== category) continue;
    const weight = weightOf(item);
    totalWeight += weight;
    if (exactScore === null) continue;
    weighted += weight * exactScore;
    assessedWeight += weight;
  }
  return {
    category,
    exactScore: assessedWeight > 0 ? weighted / assessedWeight : null,
    weight: weightOf({ weight: weights[category] }),
    assessedWeight,
    totalWeight,
  };
}

export function scoreCategories(scored: readonly ScoredItem[], weights: CategoryWeights): ScoredCategory[] {
  return RATED_CATEGORIES.map((category) => scoreCategory(category, scored, weights));
}

/**
 * Σ(W_c × category score) / Σ W_c over the categories with an assessed item, so a
 * category nobody assessed neither counts as 0 nor dilutes the others. Null when
 * no category with a weight has one.
 */
export function overallScore(categories: readonly ScoredCategory[]): number | null {
  let weighted = 0;
  let total = 0;
  for (const { exactScore, weight } of categories) {
    if (exactScore === null) continue;
    weighted += weight * exactScore;
    total += weight;
  }
  return total > 0 ? weighted / total : null;
}

/**
 * Σ weight of the assessed rated items / Σ weight of all rated items × 100;
 * prerequisites are gates and do not count. 0 when there is no rated weight.
 */
export function coverageOf(scored: readonly ScoredItem[]): number {
  let assessed = 0;
  let total = 0;
  for (const { item, ratings } of scored) {
    if (item.category === 'prerequisite') continue;
    const weight = weightOf(item);
    total += weight;
    if (ratings.length > 0) assessed += weight;
  }
  return total > 0 ? (assessed / total) * 100 : 0;
}

export function categoryBreakdown(category: ScoredCategory, items: readonly ItemBreakdown[]): CategoryBreakdown {
  return {
    category: category.category,
    score: category.exactScore === null ? null : round1(category.exactScore),
    weight: category.weight,
    assessedWeight: category.assessedWeight,
    totalWeight: category.totalWeight,
    items: items.filter((item) => item.category === category.category),
  };
}
