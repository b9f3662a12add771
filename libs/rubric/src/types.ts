import type {
  JobItem,
  JobItemInput,
  JobStage,
  JobStageInput,
  JobView,
  RedFlagType,
  RedFlagTypeInput,
} from '@shortlist/contracts';

/** A checklist item as stored: retired items stay, so old scorecards still say what they rated. */
export interface RubricItem extends JobItem {
  /** The rubric version that first had this item. */
  addedInVersion: number;
  retiredAt: Date | null;
}

/** The job's own fields, exactly as JobView carries them. */
export type JobDetails = Pick<
  JobView,
  | 'title'
  | 'level'
  | 'status'
  | 'location'
  | 'employmentType'
  | 'summary'
  | 'responsibilities'
  | 'perks'
  | 'tools'
  | 'guidance'
  | 'categoryWeights'
  | 'thresholds'
>;

/** Everything about a job that an edit can change, as the pure functions see it. */
export interface JobState extends JobDetails {
  /** 0 before the job exists; a new job starts at 1. */
  rubricVersion: number;
  /** Active items in order, then retired ones. */
  items: RubricItem[];
  stages: JobStage[];
  redFlagTypes: RedFlagType[];
}

/** A complete set of job fields, ready to create a job from. */
export interface JobDraft extends JobDetails {
  items: JobItemInput[];
  stages: JobStageInput[];
  redFlagTypes: RedFlagTypeInput[];
}

/** Makes ids for new items, stages and red flags; the API passes randomUUID, specs a counter. */
export type NewId = () => string;
