import { interviewerOffsets } from '@shortlist/scoring';
import { assessmentOf } from './assessed';
import { percent } from './rates';
import type { ReportScorecard, ScoringItem } from './types';

export interface InterviewerCalibration {
  offset: number | null;
  comparisons: number;
  focusItems: number;
  focusAssessed: number;
  focusAssessedRate: number | null;
}

/**
 * Per interviewer: the offset against co-panelists (libs/scoring's
 * interviewerOffsets over every application, DESIGN.md "interviewer offset"),
 * and the share of their stages' focus items they assessed, pooled over their
 * submitted scorecards (Σ assessed focus items / Σ focus items). Pass submitted
 * scorecards only; `items` are those of the scorecards' jobs.
 */
export function interviewerCalibration(
  items: readonly ScoringItem[],
  scorecards: readonly ReportScorecard[],
): Map<string, InterviewerCalibration> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const byApplication = new Map<string, ReportScorecard[]>();
  for (const card of scorecards) {
    byApplication.set(card.applicationId, [...(byApplication.get(card.applicationId) ?? []), card]);
  }
  const offsets = interviewerOffsets(
    [...byApplication.values()].map((cards) => ({
      items,
      scorecards: cards.map((card) => ({ ...card, redFlags: [] })),
    })),
  );
  const focus = new Map<string, { focusItems: number; focusAssessed: number }>();
  for (const card of scorecards) {
    const assessed = new Set(
      card.ratings
        .filter((rating) => {
          const item = byId.get(rating.itemId);
          return item !== undefined && assessmentOf(item.category, rating.value) !== null;
        })
        .map((rating) => rating.itemId),
    );
    const focusIds = [...new Set(card.focusItemIds)];
    const counts = focus.get(card.interviewerId) ?? { focusItems: 0, focusAssessed: 0 };
    counts.focusItems += focusIds.length;
    counts.focusAssessed += focusIds.filter((id) => assessed.has(id)).length;
    focus.set(card.interviewerId, counts);
  }
  const result = new Map<string, InterviewerCalibration>();
  for (const { interviewerId, offset, comparisons } of offsets) {
    const { focusItems, focusAssessed } = focus.get(interviewerId) ?? { focusItems: 0, focusAssessed: 0 };
    result.set(interviewerId, {
      offset,
      comparisons,
      focusItems,
      focusAssessed,
      focusAssessedRate: percent(focusAssessed, focusItems),
    });
  }
  return result;
}
