import type { MantineColor } from '@mantine/core';
import type { ChecklistCategory, JobStatus, RatedCategory, StageKind } from '@shortlist/contracts';

export const CATEGORY_LABELS: Record<ChecklistCategory, { plural: string; singular: string; hint: string }> = {
  prerequisite: {
    plural: 'Prerequisites',
    singular: 'Prerequisite',
    hint: 'Gates: met or not met, asked as knock-out questions when someone applies.',
  },
  qualification: {
    plural: 'Qualifications',
    singular: 'Qualification',
    hint: 'Education and fundamentals, rated 1–4.',
  },
  hard_skill: {
    plural: 'Hard skills',
    singular: 'Hard skill',
    hint: 'Technologies and techniques, rated 1–4; keywords drive résumé screening.',
  },
  soft_skill: {
    plural: 'Soft skills',
    singular: 'Soft skill',
    hint: 'How they work with others and learn, rated 1–4.',
  },
};

export const RATED_CATEGORIES: readonly RatedCategory[] = ['qualification', 'hard_skill', 'soft_skill'];

/** Display names of the rating levels, keyed as the anchors are. */
const ANCHOR_LEVELS: Record<'rated' | 'prerequisite', { key: string; label: string }[]> = {
  rated: [
    { key: '1', label: '1 · Strong no' },
    { key: '2', label: '2 · No' },
    { key: '3', label: '3 · Yes' },
    { key: '4', label: '4 · Strong yes' },
  ],
  prerequisite: [
    { key: 'met', label: 'Met' },
    { key: 'not_met', label: 'Not met' },
  ],
};

export function anchorLevelsOf(category: ChecklistCategory) {
  return category === 'prerequisite' ? ANCHOR_LEVELS.prerequisite : ANCHOR_LEVELS.rated;
}

export const STATUS_LABELS: Record<JobStatus, string> = { draft: 'Draft', open: 'Open', closed: 'Closed' };
export const STATUS_COLORS: Record<JobStatus, MantineColor> = { draft: 'gray', open: 'green', closed: 'red' };

export const STAGE_KIND_LABELS: Record<StageKind, string> = {
  applied: 'Applied',
  screen: 'Screen',
  interview: 'Interview',
  decision: 'Decision',
  offer: 'Offer',
  hired: 'Hired',
};
export const STAGE_KIND_COLORS: Record<StageKind, MantineColor> = {
  applied: 'gray',
  screen: 'blue',
  interview: 'indigo',
  decision: 'grape',
  offer: 'teal',
  hired: 'green',
};

export const THRESHOLD_LABELS = {
  advance: {
    label: 'Advance at',
    hint: 'Overall score (0–100) at or above which Shortlist proposes to advance.',
  },
  discuss: {
    label: 'Discuss at',
    hint: 'From this score up to the advance mark the proposal is “discuss”; below it, “reject”.',
  },
  minCoverage: {
    label: 'Minimum coverage (%)',
    hint: 'Share of the rated items’ weight that must be assessed; below it the proposal is “insufficient evidence”.',
  },
} as const;

export const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
