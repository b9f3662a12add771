import type { FieldError, JobStage, JobStageInput, RedFlagType, RedFlagTypeInput } from '@shortlist/contracts';
import { itemsLabelled } from './rubric-edit';
import { cleanLabel, unique } from './text';
import type { NewId, RubricItem } from './types';

interface Resolved<T> {
  values: T[];
  /** Ids that are not this job's, or repeated: the entries they name could not be read at all. */
  idErrors: FieldError[];
  /** Focus or links that name no active item. */
  errors: FieldError[];
}

/** Item ids named directly, then those named by label (a label may name items of several categories). */
function itemRefs(
  ids: readonly string[] | undefined,
  labels: readonly string[] | undefined,
  items: readonly RubricItem[],
  path: string,
): { ids: string[] | undefined; errors: FieldError[] } {
  if (ids === undefined && labels === undefined) return { ids: undefined, errors: [] };
  const errors: FieldError[] = [];
  const byLabel = (labels ?? []).flatMap((label, i) => {
    const found = itemsLabelled(items, label);
    if (found.length === 0) errors.push({ field: `${path}Labels.${i}`, message: 'names no active item of this job' });
    return found.map((item) => item.id);
  });
  return { ids: unique([...(ids ?? []), ...byLabel]), errors };
}

function refuseUnknownIds<T extends { id: string }>(
  inputs: readonly { id?: string }[],
  current: readonly T[],
  collection: string,
  what: string,
): FieldError[] {
  const known = new Set(current.map((c) => c.id));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  inputs.forEach((input, i) => {
    if (input.id === undefined) return;
    if (!known.has(input.id)) errors.push({ field: `${collection}.${i}.id`, message: `is not ${what} of this job` });
    else if (seen.has(input.id)) errors.push({ field: `${collection}.${i}.id`, message: 'appears more than once' });
    seen.add(input.id);
  });
  return errors;
}

/**
 * A full replacement of the interview plan. Stages with an id keep it (and
 * whatever the input leaves out); stages without one are new; stages left out
 * are removed. Focus items are named by id or by label.
 */
export function applyPlanEdit(
  currentStages: readonly JobStage[],
  inputStages: readonly JobStageInput[],
  items: readonly RubricItem[],
  newId: NewId,
): Resolved<JobStage> {
  const idErrors = refuseUnknownIds(inputStages, currentStages, 'stages', 'a stage');
  const errors: FieldError[] = [];
  const byId = new Map(currentStages.map((stage) => [stage.id, stage]));
  const values = inputStages.map((input, order): JobStage => {
    const current = input.id === undefined ? undefined : byId.get(input.id);
    const focus = itemRefs(input.focusItemIds, input.focusItemLabels, items, `stages.${order}.focusItem`);
    errors.push(...focus.errors);
    return {
      id: current?.id ?? newId(),
      name: cleanLabel(input.name),
      order,
      kind: input.kind ?? current?.kind ?? 'interview',
      focusItemIds: focus.ids ?? current?.focusItemIds ?? [],
      guidance: input.guidance
        ? input.guidance.map((g) => g.trim()).filter((g) => g.length > 0)
        : [...(current?.guidance ?? [])],
      interviewerIds: unique(input.interviewerIds ?? current?.interviewerIds ?? []),
    };
  });
  return { values, idErrors, errors };
}

/** A full replacement of the red-flag types, by the same rules as the plan. */
export function applyRedFlagEdit(
  currentFlags: readonly RedFlagType[],
  inputFlags: readonly RedFlagTypeInput[],
  items: readonly RubricItem[],
  newId: NewId,
): Resolved<RedFlagType> {
  const idErrors = refuseUnknownIds(inputFlags, currentFlags, 'redFlagTypes', 'a red flag type');
  const errors: FieldError[] = [];
  const byId = new Map(currentFlags.map((flag) => [flag.id, flag]));
  const values = inputFlags.map((input, i): RedFlagType => {
    const current = input.id === undefined ? undefined : byId.get(input.id);
    const links = itemRefs(input.linkedItemIds, input.linkedItemLabels, items, `redFlagTypes.${i}.linkedItem`);
    errors.push(...links.errors);
    return {
      id: current?.id ?? newId(),
      label: cleanLabel(input.label),
      linkedItemIds: links.ids ?? current?.linkedItemIds ?? [],
    };
  });
  return { values, idErrors, errors };
}

const activeIds = (items: readonly RubricItem[]) =>
  new Set(items.filter((item) => item.retiredAt === null).map((item) => item.id));

/** Stages an edit did not send lose their focus on the items it retired. */
export function pruneStages(stages: readonly JobStage[], items: readonly RubricItem[]): JobStage[] {
  const active = activeIds(items);
  return stages.map((stage) => ({ ...stage, focusItemIds: stage.focusItemIds.filter((id) => active.has(id)) }));
}

/** Red flags an edit did not send lose their links to the items it retired. */
export function pruneRedFlags(flags: readonly RedFlagType[], items: readonly RubricItem[]): RedFlagType[] {
  const active = activeIds(items);
  return flags.map((flag) => ({ ...flag, linkedItemIds: flag.linkedItemIds.filter((id) => active.has(id)) }));
}
