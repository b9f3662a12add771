import type { Rating, RatingBreakdown, RatingValue } from '@shortlist/contracts';
import type { ScoringItem, SubmittedScorecard } from './types';

export const RATED_CATEGORIES = ['qualification', 'hard_skill', 'soft_skill'] as const;

/** Plain code-unit order, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Scorecards in a fixed order (interviewer, stage, id), so the input order never changes a sum. */
export function sortScorecards(scorecards: readonly SubmittedScorecard[]): SubmittedScorecard[] {
  return [...scorecards].sort(
    (a, b) =>
      compareText(a.interviewerId, b.interviewerId) || compareText(a.stageId, b.stageId) || compareText(a.id, b.id),
  );
}

export function isRating(value: RatingValue | undefined): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** Weights are counted as given when finite and positive, else as 0. */
export function weightOf(item: { weight: number }): number {
  return Number.isFinite(item.weight) && item.weight > 0 ? item.weight : 0;
}

/**
 * The submitted ratings per item id, in scorecard order. A value that does not fit
 * the item's category (a number on a prerequisite, `met` on a skill) and a rating of
 * an unknown item are not assessments and are left out, like null.
 */
export function collectRatings(
  items: readonly ScoringItem[],
  sortedScorecards: readonly SubmittedScorecard[],
): Map<string, RatingBreakdown[]> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const collected = new Map<string, RatingBreakdown[]>();
  for (const card of sortedScorecards) {
    for (const rating of card.ratings) {
      const item = byId.get(rating.itemId);
      if (!item) continue;
      const fits =
        item.category === 'prerequisite'
          ? rating.value === 'met' || rating.value === 'not_met'
          : isRating(rating.value);
      if (!fits || rating.value === null) continue;
      const list = collected.get(item.id) ?? [];
      list.push({
        interviewerId: card.interviewerId,
        scorecardId: card.id,
        stageId: card.stageId,
        value: rating.value,
        note: rating.note ?? null,
      });
      collected.set(item.id, list);
    }
  }
  return collected;
}
