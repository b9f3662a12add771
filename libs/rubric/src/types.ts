import type {
  CategoryWeights,
  JobItem,
  JobItemInput,
  JobStage,
  JobStageInput,
  JobStatus,
  Level,
  ProposalThresholds,
  RedFlagType,
  RedFlagTypeInput,
  ToolGroup,
} from '@shortlist/contracts';

/** A checklist item as stored: retired items stay, so old scorecards still say what they rated. */
export interface RubricItem extends JobItem {
  /** The rubric version that first had this item. */
  addedInVersion: number;
  retiredAt: Date | null;
}

/** Everything about a job that an edit can change, as the pure functions see it. */
export interface JobState {
  title: string;
  level: Level;
  status: JobStatus;
  location: string | null;
  employmentType: string | null;
  summary: string | null;
  responsibilities: string[];
  perks: string[];
  tools: ToolGroup[];
  guidance: string[];
  categoryWeights: CategoryWeights;
  thresholds: ProposalThresholds;
  /** 0 before the job exists; a new job starts at 1. */
  rubricVersion: number;
  /** Active items in order, then retired ones. */
  items: RubricItem[];
  stages: JobStage[];
  redFlagTypes: RedFlagType[];
}

/** A complete set of job fields, ready to create a job from. */
export interface JobDraft {
  title: string;
  level: Level;
  status: JobStatus;
  location: string | null;
  employmentType: string | null;
  summary: string | null;
  responsibilities: string[];
  perks: string[];
  tools: ToolGroup[];
  guidance: string[];
  categoryWeights: CategoryWeights;
  thresholds: ProposalThresholds;
  items: JobItemInput[];
  stages: JobStageInput[];
  redFlagTypes: RedFlagTypeInput[];
}

/** Makes ids for new items, stages and red flags; the API passes randomUUID, specs a counter. */
export type NewId = () => string;
