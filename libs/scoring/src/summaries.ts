import type { Assessment, DebriefAgenda, StoredScore } from '@shortlist/contracts';
import { compareText } from './collect';
import { severityRank } from './red-flags';

/** The part of an assessment stored on the application (recomputed with every rating change). */
export function storedScoreOf(assessment: Assessment): StoredScore {
  return {
    score: assessment.overall,
    coverage: assessment.coverage,
    gates: assessment.gates.status,
    proposal: assessment.proposal,
    redFlagCount: assessment.redFlagCount,
  };
}

export const DISPUTED_ITEMS_ON_AGENDA = 3;

/**
 * What a debrief should talk about: red flags not yet resolved (dealbreakers
 * first, then corroborated, then most raised), the three rated items with the
 * widest spread (ties in rubric order), the rated items nobody assessed and the
 * must-have prerequisites nobody confirmed.
 */
export function debriefAgenda(assessment: Assessment, resolvedRedFlagTypeIds: readonly string[] = []): DebriefAgenda {
  const unresolvedRedFlags = assessment.redFlags
    .filter((flag) => !resolvedRedFlagTypeIds.includes(flag.typeId))
    .sort(
      (a, b) =>
        severityRank(b.maxSeverity) - severityRank(a.maxSeverity) ||
        Number(b.corroborated) - Number(a.corroborated) ||
        b.count - a.count ||
        compareText(a.typeId, b.typeId),
    );
  const rated = assessment.items.filter((item) => item.category !== 'prerequisite');
  const mostDisputedItems = rated
    .filter((item) => item.spread > 0)
    .sort((a, b) => b.spread - a.spread)
    .slice(0, DISPUTED_ITEMS_ON_AGENDA);
  return {
    unresolvedRedFlags,
    mostDisputedItems,
    unassessedItems: rated.filter((item) => !item.assessed),
    unverifiedGates: assessment.gates.items.filter((gate) => gate.mustHave && gate.status === 'unverified'),
  };
}
