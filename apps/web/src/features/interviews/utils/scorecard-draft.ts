import type {
  JobItem,
  JobView,
  Recommendation,
  RatingValue,
  RedFlagSeverity,
  SaveScorecardRequest,
  ScorecardView,
} from '@shortlist/contracts';

export interface DraftRedFlag {
  key: string;
  typeId: string | null;
  severity: RedFlagSeverity;
  evidence: string;
}

export interface ScorecardDraft {
  ratings: Record<string, { value: RatingValue; note: string }>;
  redFlags: DraftRedFlag[];
  recommendation: Recommendation | null;
  takeaways: string;
}

export const RATED_LEVELS = [
  { value: 1, label: 'Strong no' },
  { value: 2, label: 'No' },
  { value: 3, label: 'Yes' },
  { value: 4, label: 'Strong yes' },
] as const;

export const PREREQUISITE_LEVELS = [
  { value: 'met', label: 'Met' },
  { value: 'not_met', label: 'Not met' },
] as const;

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};

export const SEVERITY_LABELS: Record<RedFlagSeverity, string> = {
  note: 'Note',
  concern: 'Concern',
  dealbreaker: 'Dealbreaker',
};

let flagSequence = 0;
export const newFlagKey = () => `flag-${(flagSequence += 1)}`;

export function draftFromView(view: ScorecardView | undefined): ScorecardDraft {
  return {
    ratings: Object.fromEntries(
      (view?.ratings ?? []).map((rating) => [rating.itemId, { value: rating.value, note: rating.note ?? '' }]),
    ),
    redFlags: (view?.redFlags ?? []).map((flag) => ({
      key: newFlagKey(),
      typeId: flag.typeId,
      severity: flag.severity,
      evidence: flag.evidence ?? '',
    })),
    recommendation: view?.recommendation ?? null,
    takeaways: view?.takeaways ?? '',
  };
}

export function toSaveRequest(draft: ScorecardDraft, version: number): SaveScorecardRequest {
  return {
    version,
    ratings: Object.entries(draft.ratings)
      .filter(([, rating]) => rating.value !== null || rating.note.trim() !== '')
      .map(([itemId, rating]) => ({ itemId, value: rating.value, note: rating.note.trim() || null })),
    redFlags: draft.redFlags
      .filter((flag): flag is DraftRedFlag & { typeId: string } => flag.typeId !== null)
      .map((flag) => ({ typeId: flag.typeId, severity: flag.severity, evidence: flag.evidence.trim() || null })),
    recommendation: draft.recommendation,
    takeaways: draft.takeaways.trim() || null,
  };
}

/** Per red flag (by key), what is wrong; empty when the draft can be saved. */
export function redFlagErrors(draft: ScorecardDraft): Record<string, { typeId?: string; evidence?: string }> {
  const errors: Record<string, { typeId?: string; evidence?: string }> = {};
  for (const flag of draft.redFlags) {
    const error: { typeId?: string; evidence?: string } = {};
    if (flag.typeId === null) error.typeId = 'Choose the type of red flag';
    if (flag.severity === 'dealbreaker' && flag.evidence.trim() === '') {
      error.evidence = 'Evidence is required for a dealbreaker';
    }
    if (error.typeId || error.evidence) errors[flag.key] = error;
  }
  return errors;
}

/** The stage's focus items first (in the stage's order), then every other item in rubric order. */
export function splitItems(job: JobView, stageId: string): { focus: JobItem[]; other: JobItem[] } {
  const stage = job.stages.find((candidate) => candidate.id === stageId);
  const focusIds = stage?.focusItemIds ?? [];
  const byId = new Map(job.items.map((item) => [item.id, item]));
  const focus = focusIds.map((id) => byId.get(id)).filter((item): item is JobItem => item !== undefined);
  const other = [...job.items].sort((a, b) => a.position - b.position).filter((item) => !focusIds.includes(item.id));
  return { focus, other };
}
