import type { ChecklistCategory, JobTemplate, Level, ProposalThresholds, RatedCategory } from './job-template';

export const JOB_STATUSES = ['draft', 'open', 'closed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * What a stage of the interview plan is for. `interview` stages are the ones
 * interviewers score; the others are the pipeline around them.
 */
export const STAGE_KINDS = ['applied', 'screen', 'interview', 'decision', 'offer', 'hired'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export type CategoryWeights = Record<RatedCategory, number>;

export interface JobItem {
  id: string;
  category: ChecklistCategory;
  label: string;
  weight: number;
  mustHave: boolean;
  keywords: string[];
  /** Rated categories: "1"–"4"; prerequisites: "met", "not_met". */
  anchors: Record<string, string>;
  knockoutQuestion: string | null;
  position: number;
}

export interface JobStage {
  id: string;
  name: string;
  order: number;
  kind: StageKind;
  focusItemIds: string[];
  guidance: string[];
  interviewerIds: string[];
}

export interface RedFlagType {
  id: string;
  label: string;
  linkedItemIds: string[];
}

export interface ToolGroup {
  category: string;
  items: string[];
}

export interface JobView {
  id: string;
  slug: string;
  title: string;
  level: Level;
  status: JobStatus;
  location: string | null;
  employmentType: string | null;
  summary: string | null;
  responsibilities: string[];
  perks: string[];
  tools: ToolGroup[];
  /** FAQ guidance for interviewers not tied to one stage. */
  guidance: string[];
  items: JobItem[];
  stages: JobStage[];
  redFlagTypes: RedFlagType[];
  categoryWeights: CategoryWeights;
  thresholds: ProposalThresholds;
  hiringManagerId: string;
  /** Reasons offered when rejecting (editable per job). */
  rejectionReasons: string[];
  /** Reject at once when a knock-out answers a must-have `not met` (off: the application is flagged). */
  autoRejectOnKnockout: boolean;
  /** Increments with every change to the checklist; scorecards record the version they rated. */
  rubricVersion: number;
  /** Optimistic lock: send it back with every PATCH; a stale one answers 409. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface JobSummary {
  id: string;
  title: string;
  level: Level;
  status: JobStatus;
  location: string | null;
  itemCount: number;
  stageCount: number;
  hiringManagerId: string;
  hiringManagerName: string;
  updatedAt: string;
}

/** An item as the client sends it: with `id` to keep an existing item, without to add one. */
export interface JobItemInput {
  id?: string;
  category: ChecklistCategory;
  label: string;
  weight?: number;
  mustHave?: boolean;
  keywords?: string[];
  /** Omitted: generated from the category and label. */
  anchors?: Record<string, string>;
  knockoutQuestion?: string | null;
}

/** A stage as the client sends it; focus items are named by id (existing) or by label (new items). */
export interface JobStageInput {
  id?: string;
  name: string;
  kind?: StageKind;
  focusItemIds?: string[];
  focusItemLabels?: string[];
  guidance?: string[];
  interviewerIds?: string[];
}

export interface RedFlagTypeInput {
  id?: string;
  label: string;
  linkedItemIds?: string[];
  linkedItemLabels?: string[];
}

export interface JobFieldsInput {
  title?: string;
  level?: Level;
  status?: JobStatus;
  location?: string | null;
  employmentType?: string | null;
  summary?: string | null;
  responsibilities?: string[];
  perks?: string[];
  tools?: ToolGroup[];
  guidance?: string[];
  categoryWeights?: CategoryWeights;
  thresholds?: ProposalThresholds;
  rejectionReasons?: string[];
  autoRejectOnKnockout?: boolean;
  /** Full list in order: items left out are retired (kept for scorecards that rated them). */
  items?: JobItemInput[];
  /** Full plan in order. */
  stages?: JobStageInput[];
  redFlagTypes?: RedFlagTypeInput[];
}

/** From a parsed job description (fields given beside it override the template's), or from scratch. */
export type CreateJobRequest = JobFieldsInput & {
  template?: JobTemplate;
  title?: string;
  level?: Level;
  /** Admins only: the active hiring manager who owns the job. Others own the jobs they create. */
  hiringManagerId?: string;
};

export type UpdateJobRequest = JobFieldsInput & { version: number };

export interface RubricVersionView {
  version: number;
  createdAt: string;
  createdById: string | null;
  items: JobItem[];
}
