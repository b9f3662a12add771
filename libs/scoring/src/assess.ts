import type { Assessment } from '@shortlist/contracts';
import { categoryBreakdown, coverageOf, overallScore, scoreCategories } from './category-score';
import { collectRatings, sortScorecards } from './collect';
import { evaluateGates } from './gates';
import { itemBreakdown, scoreItem } from './item-score';
import { interviewerOffsets } from './offsets';
import { propose } from './proposal';
import { summarizeRedFlags } from './red-flags';
import { round1 } from './round';
import type { KnockoutAnswer, ScoringItem, ScoringPolicy, SubmittedScorecard } from './types';

/**
 * DESIGN.md "Scoring" for one application: item, category and overall scores,
 * coverage, gates, proposal, red flags, disagreements and interviewer offsets,
 * each with its breakdown. Pass submitted scorecards only; their order does not
 * matter. Numbers keep full precision until they are reported (one decimal,
 * `round1`).
 */
export function assess(
  items: readonly ScoringItem[],
  scorecards: readonly SubmittedScorecard[],
  knockouts: readonly KnockoutAnswer[],
  policy: ScoringPolicy,
): Assessment {
  const sorted = sortScorecards(scorecards);
  const ratings = collectRatings(items, sorted);
  const scored = items.map((item) => scoreItem(item, ratings.get(item.id) ?? []));
  const categories = scoreCategories(scored, policy.categoryWeights);
  const exactOverall = overallScore(categories);
  const overall = exactOverall === null ? null : round1(exactOverall);
  const coverage = round1(coverageOf(scored));
  const gates = evaluateGates(items, ratings, knockouts);
  const labels = new Map((policy.redFlagTypes ?? []).map((type) => [type.id, type.label]));
  const redFlags = summarizeRedFlags(sorted, labels);
  const { proposal, reasons } = propose({ gates, coverage, overall, redFlags }, policy.thresholds);
  const breakdowns = scored.map(itemBreakdown);

  return {
    overall,
    coverage,
    categories: categories.map((category) => categoryBreakdown(category, breakdowns)),
    items: breakdowns,
    gates,
    proposal,
    proposalReasons: reasons,
    redFlags,
    redFlagCount: redFlags.reduce((sum, flag) => sum + flag.count, 0),
    disagreements: breakdowns.filter((item) => item.disagreement).map((item) => item.itemId),
    interviewerOffsets: interviewerOffsets([{ items, scorecards: sorted }]),
  };
}
