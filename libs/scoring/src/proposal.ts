import type { GateBreakdown, Proposal, ProposalThresholds, RedFlagSummary } from '@shortlist/contracts';
import { format1 } from './round';

export interface ProposalInput {
  gates: GateBreakdown;
  /** Reported (one-decimal) coverage, the number a person sees. */
  coverage: number;
  /** Reported (one-decimal) overall score. */
  overall: number | null;
  redFlags: readonly RedFlagSummary[];
}

export interface ProposalResult {
  proposal: Proposal;
  reasons: string[];
}

/**
 * reject if a gate fails; else insufficient_evidence if coverage < minCoverage;
 * else advance if overall ≥ advance, discuss if ≥ discuss, else reject. A red flag
 * corroborated by two or more interviewers turns advance into discuss. Pending
 * gates change nothing here (the API refuses advance / hire while one is
 * unverified unless overridden); they are named in the reasons.
 *
 * The thresholds are compared with the reported one-decimal numbers, so a
 * proposal never contradicts what the person reads (69.96 shows as 70.0 and advances at 70).
 */
export function propose(input: ProposalInput, thresholds: ProposalThresholds): ProposalResult {
  const failed = input.gates.items.filter((gate) => gate.mustHave && gate.status === 'not_met');
  if (failed.length > 0) {
    return { proposal: 'reject', reasons: failed.map((gate) => `Gate failed: ${gate.label}`) };
  }
  const reasons = input.gates.items
    .filter((gate) => gate.mustHave && gate.status === 'unverified')
    .map((gate) => `Gate unverified: ${gate.label} (advance and hire need it verified or overridden)`);

  if (input.coverage < thresholds.minCoverage) {
    reasons.push(`Coverage ${format1(input.coverage)}% is below ${thresholds.minCoverage}%`);
    return { proposal: 'insufficient_evidence', reasons };
  }
  reasons.push(`Coverage ${format1(input.coverage)}% ≥ ${thresholds.minCoverage}%`);

  const overall = input.overall;
  if (overall === null) {
    reasons.push('No overall score: no weighted category has an assessed item');
    return { proposal: 'insufficient_evidence', reasons };
  }
  if (overall < thresholds.discuss) {
    reasons.push(`Overall ${format1(overall)} is below discuss ${thresholds.discuss}`);
    return { proposal: 'reject', reasons };
  }
  if (overall < thresholds.advance) {
    reasons.push(`Overall ${format1(overall)} ≥ discuss ${thresholds.discuss}, below advance ${thresholds.advance}`);
    return { proposal: 'discuss', reasons };
  }
  reasons.push(`Overall ${format1(overall)} ≥ advance ${thresholds.advance}`);
  const corroborated = input.redFlags.filter((flag) => flag.corroborated);
  if (corroborated.length === 0) return { proposal: 'advance', reasons };
  for (const flag of corroborated) {
    reasons.push(`Red flag ${flag.label} raised by ${flag.raisedBy.length} interviewers: advance becomes discuss`);
  }
  return { proposal: 'discuss', reasons };
}
