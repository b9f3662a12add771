import type { RubricProblem, RubricProblemThresholds } from '@shortlist/contracts';
import { DISAGREEMENT_SPREAD, ratingSpread } from '@shortlist/scoring';
import { type Assessment, assessmentOf } from './assessed';
import { percent } from './rates';
import type { ReportScorecard, ScoringItem } from './types';

/** An item is a rubric problem when it is often left unassessed where it is in focus, or often disputed. */
export const RUBRIC_PROBLEM_THRESHOLDS: RubricProblemThresholds = {
  notAssessedRate: 50,
  disagreementRate: 25,
  minSample: 2,
};

export interface ItemReliability {
  focusScorecards: number;
  notAssessed: number;
  notAssessedRate: number | null;
  compared: number;
  disagreements: number;
  disagreementRate: number | null;
  problems: RubricProblem[];
}

/**
 * Disagreement as DESIGN.md defines it: on one application, the item's
 * submitted ratings span DISAGREEMENT_SPREAD (2) or more. A prerequisite has no
 * spread: answered both met and not met is its disagreement.
 */
function disagree(values: readonly Assessment[]): boolean {
  const ratings = values.filter((v): v is 1 | 2 | 3 | 4 => typeof v === 'number');
  if (ratings.length > 0) return ratingSpread(ratings) >= DISAGREEMENT_SPREAD;
  return values.includes('met') && values.includes('not_met');
}

/**
 * Per item: how often it is left not assessed on the scorecards of the stages
 * that focus on it, and how often the interviewers who did rate it on one
 * application disagree. Pass submitted scorecards only.
 */
export function itemReliability(
  items: readonly ScoringItem[],
  scorecards: readonly ReportScorecard[],
  thresholds: RubricProblemThresholds = RUBRIC_PROBLEM_THRESHOLDS,
): Map<string, ItemReliability> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const focus = new Map<string, { scorecards: number; notAssessed: number }>();
  const perApplication = new Map<string, Map<string, Assessment[]>>();
  for (const card of scorecards) {
    const assessed = new Map<string, Assessment>();
    for (const rating of card.ratings) {
      const item = byId.get(rating.itemId);
      const value = item ? assessmentOf(item.category, rating.value) : null;
      if (value === null) continue;
      assessed.set(rating.itemId, value);
      const values = perApplication.get(rating.itemId) ?? new Map<string, Assessment[]>();
      values.set(card.applicationId, [...(values.get(card.applicationId) ?? []), value]);
      perApplication.set(rating.itemId, values);
    }
    for (const itemId of new Set(card.focusItemIds)) {
      const counts = focus.get(itemId) ?? { scorecards: 0, notAssessed: 0 };
      counts.scorecards += 1;
      if (!assessed.has(itemId)) counts.notAssessed += 1;
      focus.set(itemId, counts);
    }
  }
  const result = new Map<string, ItemReliability>();
  for (const item of items) {
    const { scorecards: focusScorecards, notAssessed } = focus.get(item.id) ?? { scorecards: 0, notAssessed: 0 };
    const compared = [...(perApplication.get(item.id)?.values() ?? [])].filter((values) => values.length >= 2);
    const disagreements = compared.filter(disagree).length;
    const notAssessedRate = percent(notAssessed, focusScorecards);
    const disagreementRate = percent(disagreements, compared.length);
    const problems: RubricProblem[] = [];
    // Compared as exact fractions, so a rate that rounds up to the threshold does not count.
    if (focusScorecards >= thresholds.minSample && notAssessed * 100 >= thresholds.notAssessedRate * focusScorecards) {
      problems.push('often_not_assessed');
    }
    if (
      compared.length >= thresholds.minSample &&
      disagreements * 100 >= thresholds.disagreementRate * compared.length
    ) {
      problems.push('often_disputed');
    }
    result.set(item.id, {
      focusScorecards,
      notAssessed,
      notAssessedRate,
      compared: compared.length,
      disagreements,
      disagreementRate,
      problems,
    });
  }
  return result;
}
