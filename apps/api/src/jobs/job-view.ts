import type { JobItem, JobStage, JobSummary, JobView, RedFlagType, RubricVersionView } from '@shortlist/contracts';
import { DEFAULT_REJECTION_REASONS } from '@shortlist/pipeline';
import { activeItems, type JobState, type RubricItem } from '@shortlist/rubric';
import type { ChecklistItem } from './checklist-item.entity';
import type { Job } from './job.entity';
import type { JobStageRow } from './job-stage.entity';
import type { RedFlagTypeRow } from './red-flag-type.entity';
import type { RubricVersion } from './rubric-version.entity';

/** Rows ⇄ the state libs/rubric works on, and state → the views the API answers with. */

export const toRubricItem = (row: ChecklistItem): RubricItem => ({
  id: row.id,
  category: row.category,
  label: row.label,
  weight: row.weight,
  mustHave: row.mustHave,
  keywords: row.keywords,
  anchors: row.anchors,
  knockoutQuestion: row.knockoutQuestion,
  position: row.position,
  addedInVersion: row.addedInVersion,
  retiredAt: row.retiredAt,
});

export const toJobStage = (row: JobStageRow): JobStage => ({
  id: row.id,
  name: row.name,
  order: row.position,
  kind: row.kind,
  focusItemIds: row.focusItemIds,
  guidance: row.guidance,
  interviewerIds: row.interviewerIds,
});

export const toRedFlagType = (row: RedFlagTypeRow): RedFlagType => ({
  id: row.id,
  label: row.label,
  linkedItemIds: row.linkedItemIds,
});

export function stateOf(job: Job, items: ChecklistItem[], stages: JobStageRow[], flags: RedFlagTypeRow[]): JobState {
  const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;
  const active = items.filter((item) => item.retiredAt === null).sort(byPosition);
  const retired = items.filter((item) => item.retiredAt !== null).sort(byPosition);
  return {
    title: job.title,
    level: job.level,
    status: job.status,
    location: job.location,
    employmentType: job.employmentType,
    summary: job.summary,
    responsibilities: job.responsibilities,
    perks: job.perks,
    tools: job.tools,
    guidance: job.guidance,
    categoryWeights: job.categoryWeights,
    thresholds: job.thresholds,
    rubricVersion: job.rubricVersion,
    items: [...active, ...retired].map(toRubricItem),
    stages: [...stages].sort(byPosition).map(toJobStage),
    redFlagTypes: [...flags].sort(byPosition).map(toRedFlagType),
  };
}

/** The item as scorecards and the dashboard see it, without storage bookkeeping. */
export const toJobItem = ({ addedInVersion: _added, retiredAt: _retired, ...item }: RubricItem): JobItem => item;

/** Until a job sets its own: ours first, then the candidate's (withdrawal) reasons. */
const defaultRejectionReasons = () => [
  ...DEFAULT_REJECTION_REASONS.rejected_by_us,
  ...DEFAULT_REJECTION_REASONS.withdrew,
];

export function toJobView(job: Job, state: JobState): JobView {
  return {
    id: job.id,
    slug: job.slug,
    title: state.title,
    level: state.level,
    status: state.status,
    location: state.location,
    employmentType: state.employmentType,
    summary: state.summary,
    responsibilities: state.responsibilities,
    perks: state.perks,
    tools: state.tools,
    guidance: state.guidance,
    items: activeItems(state.items).map(toJobItem),
    stages: state.stages,
    redFlagTypes: state.redFlagTypes,
    categoryWeights: state.categoryWeights,
    thresholds: state.thresholds,
    hiringManagerId: job.hiringManagerId,
    rejectionReasons: job.rejectionReasons ?? defaultRejectionReasons(),
    autoRejectOnKnockout: job.autoRejectOnKnockout,
    rubricVersion: state.rubricVersion,
    version: job.version,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

export interface JobSummaryRow {
  job: Job;
  hiringManagerName: string;
  itemCount: number;
  stageCount: number;
}

export const toJobSummary = ({ job, hiringManagerName, itemCount, stageCount }: JobSummaryRow): JobSummary => ({
  id: job.id,
  title: job.title,
  level: job.level,
  status: job.status,
  location: job.location,
  itemCount,
  stageCount,
  hiringManagerId: job.hiringManagerId,
  hiringManagerName,
  updatedAt: job.updatedAt.toISOString(),
});

export const toRubricVersionView = (row: RubricVersion): RubricVersionView => ({
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  createdById: row.createdById,
  items: row.items,
});
