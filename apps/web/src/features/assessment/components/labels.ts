import type { GateItemStatus, Proposal, RatedCategory, RatingValue } from '@shortlist/contracts';

export const CATEGORY_LABELS: Record<RatedCategory, string> = {
  qualification: 'Qualifications',
  hard_skill: 'Hard skills',
  soft_skill: 'Soft skills',
};

export const PROPOSAL_LABELS: Record<Proposal, string> = {
  advance: 'Advance',
  discuss: 'Discuss',
  reject: 'Reject',
  insufficient_evidence: 'Insufficient evidence',
};

export const PROPOSAL_COLORS: Record<Proposal, string> = {
  advance: 'teal',
  discuss: 'yellow',
  reject: 'red',
  insufficient_evidence: 'gray',
};

export const GATE_LABELS: Record<GateItemStatus, string> = { met: 'Met', not_met: 'Not met', unverified: 'Unverified' };
export const GATE_COLORS: Record<GateItemStatus, string> = { met: 'teal', not_met: 'red', unverified: 'yellow' };

const RATING_LABELS: Record<string, string> = {
  '1': '1 Strong no',
  '2': '2 No',
  '3': '3 Yes',
  '4': '4 Strong yes',
  met: 'Met',
  not_met: 'Not met',
};

export function ratingLabel(value: RatingValue | undefined): string {
  return value === null || value === undefined ? 'Not assessed' : RATING_LABELS[String(value)];
}

/** 1 red … 4 green; prerequisites met green, not met red; not assessed grey. */
export function ratingColor(value: RatingValue | undefined): string {
  switch (value) {
    case 1:
    case 'not_met':
      return 'var(--mantine-color-red-6)';
    case 2:
      return 'var(--mantine-color-orange-5)';
    case 3:
      return 'var(--mantine-color-lime-6)';
    case 4:
    case 'met':
      return 'var(--mantine-color-green-7)';
    default:
      return 'var(--mantine-color-gray-4)';
  }
}

export const formatScore = (score: number | null) => (score === null ? '—' : score.toFixed(1));
