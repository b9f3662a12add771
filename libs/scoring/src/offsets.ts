import type { InterviewerOffset } from '@shortlist/contracts';
import { compareText, isRating, sortScorecards } from './collect';
import { round1 } from './round';
import type { ApplicationRatings } from './types';

type Differences = Map<string, { sum: number; count: number }>;

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Adds, per interviewer, (their rating − mean of the other interviewers' ratings)
 * for every rated item of the application that someone else also rated. An
 * interviewer who rated an item twice (two stages) counts once, with the mean of
 * their ratings, both as "their rating" and as one of the "others".
 */
function addDifferences({ items, scorecards }: ApplicationRatings, into: Differences): void {
  const rated = new Set(items.filter((item) => item.category !== 'prerequisite').map((item) => item.id));
  const perItem = new Map<string, Map<string, number[]>>();
  for (const card of sortScorecards(scorecards)) {
    if (!into.has(card.interviewerId)) into.set(card.interviewerId, { sum: 0, count: 0 });
    for (const rating of card.ratings) {
      if (!rated.has(rating.itemId) || !isRating(rating.value)) continue;
      const byInterviewer = perItem.get(rating.itemId) ?? new Map<string, number[]>();
      byInterviewer.set(card.interviewerId, [...(byInterviewer.get(card.interviewerId) ?? []), rating.value]);
      perItem.set(rating.itemId, byInterviewer);
    }
  }
  for (const byInterviewer of perItem.values()) {
    const means = [...byInterviewer.entries()].map(([interviewerId, values]) => ({
      interviewerId,
      value: mean(values),
    }));
    if (means.length < 2) continue;
    for (const own of means) {
      const others = means.filter((other) => other.interviewerId !== own.interviewerId).map((other) => other.value);
      const acc = into.get(own.interviewerId) ?? { sum: 0, count: 0 };
      into.set(own.interviewerId, { sum: acc.sum + own.value - mean(others), count: acc.count + 1 });
    }
  }
}

function toOffsets(differences: Differences): InterviewerOffset[] {
  return [...differences.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([interviewerId, { sum, count }]) => ({
      interviewerId,
      offset: count > 0 ? round1(sum / count) : null,
      comparisons: count,
    }));
}

/**
 * Calibration across applications: per interviewer, the mean of all their
 * differences from the others (in rating points; + means more generous).
 * Every interviewer with a submitted scorecard is listed, offset null without a comparison.
 */
export function interviewerOffsets(applications: readonly ApplicationRatings[]): InterviewerOffset[] {
  const differences: Differences = new Map();
  for (const application of applications) addDifferences(application, differences);
  return toOffsets(differences);
}
