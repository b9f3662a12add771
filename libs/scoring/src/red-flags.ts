import { RED_FLAG_SEVERITIES, type RedFlagSeverity, type RedFlagSummary } from '@shortlist/contracts';
import { compareText } from './collect';
import type { SubmittedScorecard } from './types';

/** Two or more different interviewers make a red flag corroborated. */
export const CORROBORATING_INTERVIEWERS = 2;

export function severityRank(severity: RedFlagSeverity): number {
  return RED_FLAG_SEVERITIES.indexOf(severity);
}

/**
 * The red flags of the submitted scorecards, one entry per type (sorted by type
 * id). The same interviewer raising a type twice counts twice but corroborates
 * nothing: only distinct interviewers do.
 */
export function summarizeRedFlags(
  sortedScorecards: readonly SubmittedScorecard[],
  labels: ReadonlyMap<string, string> = new Map(),
): RedFlagSummary[] {
  const byType = new Map<string, RedFlagSummary>();
  for (const card of sortedScorecards) {
    for (const flag of card.redFlags) {
      const summary = byType.get(flag.typeId) ?? {
        typeId: flag.typeId,
        label: labels.get(flag.typeId) ?? flag.typeId,
        raisedBy: [],
        count: 0,
        corroborated: false,
        maxSeverity: flag.severity,
        raises: [],
      };
      if (!summary.raisedBy.includes(card.interviewerId)) summary.raisedBy.push(card.interviewerId);
      summary.count += 1;
      if (severityRank(flag.severity) > severityRank(summary.maxSeverity)) summary.maxSeverity = flag.severity;
      summary.raises.push({
        interviewerId: card.interviewerId,
        scorecardId: card.id,
        severity: flag.severity,
        evidence: flag.evidence ?? null,
      });
      summary.corroborated = summary.raisedBy.length >= CORROBORATING_INTERVIEWERS;
      byType.set(flag.typeId, summary);
    }
  }
  return [...byType.values()].sort((a, b) => compareText(a.typeId, b.typeId));
}
