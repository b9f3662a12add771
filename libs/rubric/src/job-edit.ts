import type { FieldError, JobFieldsInput } from '@shortlist/contracts';
import { DEFAULT_LEVEL, defaultsForLevel } from '@shortlist/jd-import';
import { applyPlanEdit, applyRedFlagEdit, pruneRedFlags, pruneStages } from './plan-edit';
import { applyRubricEdit } from './rubric-edit';
import type { JobDraft, JobState, NewId, RubricItem } from './types';
import { validateJob } from './validate-job';

export interface JobEdit {
  next: JobState;
  /** The checklist changed, so `next.rubricVersion` is one more and a snapshot of it is due. */
  rubricChanged: boolean;
  /** Every reason the edit may not be saved; empty when it may. */
  errors: FieldError[];
}

export interface EditContext {
  newId: NewId;
  now: Date;
}

/** The state of a job before it exists: creating a job is editing this one with a complete draft. */
export function emptyJobState(): JobState {
  return {
    title: '',
    level: DEFAULT_LEVEL,
    status: 'draft',
    location: null,
    employmentType: null,
    summary: null,
    responsibilities: [],
    perks: [],
    tools: [],
    guidance: [],
    ...defaultsForLevel(DEFAULT_LEVEL),
    rubricVersion: 0,
    items: [],
    stages: [],
    redFlagTypes: [],
  };
}

export const activeItems = (items: readonly RubricItem[]): RubricItem[] =>
  items.filter((item) => item.retiredAt === null);

const given = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);

/**
 * Applies the fields an edit sends to a job: lists are full replacements,
 * fields left out stay as they are. The rubric version moves only when the
 * checklist changes (and a new job always starts at 1). Status rules are
 * `canChangeStatus`'s, checked by the caller because a refused move is a
 * conflict, not invalid input.
 */
export function planJobEdit(current: JobState, input: JobFieldsInput, context: EditContext): JobEdit {
  const creating = current.rubricVersion === 0;
  const rubric =
    input.items === undefined
      ? undefined
      : applyRubricEdit(current.items, input.items, { ...context, nextVersion: current.rubricVersion + 1 });
  const items = rubric?.items ?? current.items;
  const active = activeItems(items);
  const stages =
    input.stages === undefined
      ? { values: pruneStages(current.stages, items), idErrors: [], errors: [] }
      : applyPlanEdit(current.stages, input.stages, active, context.newId);
  const redFlags =
    input.redFlagTypes === undefined
      ? { values: pruneRedFlags(current.redFlagTypes, items), idErrors: [], errors: [] }
      : applyRedFlagEdit(current.redFlagTypes, input.redFlagTypes, active, context.newId);
  const rubricChanged = creating || (rubric?.changed ?? false);
  const next: JobState = {
    title: given(input.title?.trim(), current.title),
    level: given(input.level, current.level),
    status: given(input.status, current.status),
    location: given(input.location, current.location),
    employmentType: given(input.employmentType, current.employmentType),
    summary: given(input.summary, current.summary),
    responsibilities: given(input.responsibilities, current.responsibilities),
    perks: given(input.perks, current.perks),
    tools: given(input.tools, current.tools),
    guidance: given(input.guidance, current.guidance),
    categoryWeights: given(input.categoryWeights, current.categoryWeights),
    thresholds: given(input.thresholds, current.thresholds),
    rubricVersion: rubricChanged ? current.rubricVersion + 1 : current.rubricVersion,
    items,
    stages: stages.values,
    redFlagTypes: redFlags.values,
  };
  // An entry with a foreign id cannot be read, and would only show up again as other broken rules
  // (an unknown item is dropped, so later paths would be off by one; an unknown stage has no kind).
  const idErrors = [...(rubric?.errors ?? []), ...stages.idErrors, ...redFlags.idErrors];
  const errors = idErrors.length
    ? idErrors
    : [...stages.errors, ...redFlags.errors, ...validateJob({ ...next, items: activeItems(next.items) })];
  return { next, rubricChanged, errors };
}

/** A new job from a complete draft (see jobDraftFromTemplate). */
export function planNewJob(draft: JobDraft, context: EditContext): JobEdit {
  return planJobEdit(emptyJobState(), draft, context);
}
