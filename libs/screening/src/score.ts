import type { ChecklistCategory } from '@shortlist/contracts';

export interface ScoredItem {
  category: ChecklistCategory;
  weight: number;
  hasEvidence: boolean;
}

const SCREENED: readonly ChecklistCategory[] = ['hard_skill', 'qualification'];

/** 0–100 with one decimal, halves rounded up; the epsilon absorbs binary noise such as 12.45 → 12.4499…. */
export function roundOneDecimal(value: number): number {
  return Math.floor(value * 10 + 0.5 + 1e-9) / 10;
}

/**
 * The weighted share of hard-skill and qualification items with at least one
 * piece of evidence: Σ weight (with evidence) / Σ weight × 100. Prerequisites
 * (settled by knock-out questions) and soft skills (a résumé cannot show them)
 * do not count; no screened item, or no weight, gives 0.
 */
export function screenScore(items: readonly ScoredItem[]): number {
  let total = 0;
  let covered = 0;
  for (const item of items) {
    if (!SCREENED.includes(item.category)) continue;
    const weight = Number.isFinite(item.weight) ? Math.max(0, item.weight) : 0;
    total += weight;
    if (item.hasEvidence) covered += weight;
  }
  return total > 0 ? roundOneDecimal((covered / total) * 100) : 0;
}
