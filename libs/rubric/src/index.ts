export type { JobDraft, JobState, NewId, RubricItem } from './types';
export { DEFAULT_INTERVIEW_STAGES, defaultInterviewPlan } from './default-interview-plan';
export { jobDraftFromTemplate, levelFromTitle } from './job-draft';
export { applyRubricEdit, type RubricEdit, type RubricEditContext } from './rubric-edit';
export { applyPlanEdit, applyRedFlagEdit, pruneRedFlags, pruneStages } from './plan-edit';
export { anchorKeysFor, JOB_LIMITS, type JobFields, validateJob } from './validate-job';
export { canChangeStatus } from './status';
export { slugFor } from './slug';
export { activeItems, type EditContext, emptyJobState, type JobEdit, planJobEdit, planNewJob } from './job-edit';
