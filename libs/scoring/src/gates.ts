import type {
  GateBreakdown,
  GateItem,
  GateItemStatus,
  GateSource,
  GateStatus,
  RatingBreakdown,
} from '@shortlist/contracts';
import type { KnockoutAnswer, ScoringItem } from './types';

/** not_met if any source says not met, met if at least one says met, else unverified. */
export function gateItemStatus(sources: readonly GateSource[]): GateItemStatus {
  if (sources.some((source) => source.value === 'not_met')) return 'not_met';
  return sources.length > 0 ? 'met' : 'unverified';
}

/** fail if any must-have is not_met, else pending if any is unverified, else pass. */
export function gateStatus(items: readonly Pick<GateItem, 'mustHave' | 'status'>[]): GateStatus {
  const gating = items.filter((item) => item.mustHave);
  if (gating.some((item) => item.status === 'not_met')) return 'fail';
  if (gating.some((item) => item.status === 'unverified')) return 'pending';
  return 'pass';
}

/**
 * Every prerequisite with what each submitted scorecard and knock-out answer said
 * about it. Only must-have ones gate; the others are reported for information.
 */
export function evaluateGates(
  items: readonly ScoringItem[],
  ratings: ReadonlyMap<string, readonly RatingBreakdown[]>,
  knockouts: readonly KnockoutAnswer[],
): GateBreakdown {
  const gateItems = items
    .filter((item) => item.category === 'prerequisite')
    .map((item): GateItem => {
      // Knock-outs first (not met before met, whatever order they came in), then scorecards in their sorted order.
      const sources: GateSource[] = knockouts
        .filter((answer) => answer.itemId === item.id)
        .map((answer) => Number(answer.met))
        .sort((a, b) => a - b)
        .map((met) => ({ kind: 'knockout', value: met ? 'met' : 'not_met' }));
      for (const rating of ratings.get(item.id) ?? []) {
        if (rating.value !== 'met' && rating.value !== 'not_met') continue;
        sources.push({
          kind: 'scorecard',
          scorecardId: rating.scorecardId,
          interviewerId: rating.interviewerId,
          value: rating.value,
        });
      }
      return { itemId: item.id, label: item.label, mustHave: item.mustHave, status: gateItemStatus(sources), sources };
    });
  return { status: gateStatus(gateItems), items: gateItems };
}
