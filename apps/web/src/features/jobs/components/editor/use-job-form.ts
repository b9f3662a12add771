import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import type { ChecklistCategory, FieldError, Level } from '@shortlist/contracts';
import { defaultsForLevel } from '@shortlist/jd-import';
import { useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { RATED_CATEGORIES } from '../../utils/labels';
import {
  formPathOf,
  levelChangePatch,
  newItem,
  THRESHOLD_KEYS,
  validateJobForm,
  type JobFormValues,
  type StageValues,
} from './form-values';

export type JobForm = UseFormReturnType<JobFormValues>;

/**
 * One uncontrolled form for the whole editor: typing in a field re-renders nothing but that
 * field. Parts that show derived values subscribe with useFormSelector.
 */
export function useJobForm(initialValues: JobFormValues): JobForm {
  return useForm<JobFormValues>({
    mode: 'uncontrolled',
    initialValues,
    validate: validateJobForm,
    // A watcher of `items` also hears `items.3.label`.
    cascadeUpdates: true,
  });
}

/**
 * The selected slice of the form's values, re-rendering the caller when a change under `path`
 * alters it (compared as JSON, so edits elsewhere in the slice's path do not re-render).
 */
export function useFormSelector<T>(form: JobForm, path: string, select: (values: JobFormValues) => T): T {
  const [, setSignature] = useState(() => JSON.stringify(select(form.getValues())));
  form.watch(path, () => setSignature(JSON.stringify(select(form.getValues()))));
  return select(form.getValues());
}

/** Errors at `path.a…` and `path.b…` trade places, as their list entries just did. */
function swapErrors(errors: FormErrors, path: string, a: number, b: number): FormErrors {
  // eslint-disable-next-line security/detect-non-literal-regexp -- a form field path from code and two list indexes, dots escaped
  const pattern = new RegExp(`^${path.replace(/\./g, '\\.')}\\.(${a}|${b})(?=\\.|$)`);
  return Object.fromEntries(
    Object.entries(errors).map(([key, value]) => [
      key.replace(pattern, (_, index: string) => `${path}.${Number(index) === a ? b : a}`),
      value,
    ]),
  );
}

function swapped<T>(list: T[], a: number, b: number): T[] {
  const copy = [...list];
  [copy[a], copy[b]] = [copy[b], copy[a]];
  return copy;
}

function swapListEntries(form: JobForm, path: 'items' | 'stages', a: number, b: number): void {
  const errors = swapErrors(form.errors, path, a, b);
  // Rows are keyed by entry, so each row (and its inputs) moves with its values.
  if (path === 'items') form.setFieldValue('items', swapped(form.getValues().items, a, b));
  else form.setFieldValue('stages', swapped(form.getValues().stages, a, b));
  form.setErrors(errors);
}

/** The nearest item of the same category before (-1) or after (+1) `index`, or -1. */
export function neighbourOf(form: JobForm, index: number, direction: -1 | 1): number {
  const { items } = form.getValues();
  for (let i = index + direction; i >= 0 && i < items.length; i += direction) {
    if (items[i].category === items[index].category) return i;
  }
  return -1;
}

/** Moves an item within its category (the list stays flat, so categories may interleave). */
export function moveItem(form: JobForm, index: number, direction: -1 | 1): void {
  const other = neighbourOf(form, index, direction);
  if (other >= 0) swapListEntries(form, 'items', index, other);
}

/** Adds an item after the last one of its category; returns its index. */
export function addItem(form: JobForm, category: ChecklistCategory, label: string): number {
  const { items } = form.getValues();
  const last = items.findLastIndex((item) => item.category === category);
  const at = last >= 0 ? last + 1 : items.length;
  form.insertListItem('items', newItem(category, label), at);
  return at;
}

/** Removes an item and every stage focus and red-flag link that pointed at it. */
export function removeItem(form: JobForm, index: number): void {
  const { items, stages, redFlagTypes } = form.getValues();
  const { key } = items[index];
  form.removeListItem('items', index);
  stages.forEach((stage, i) => {
    if (stage.focus.includes(key)) {
      form.setFieldValue(
        `stages.${i}.focus`,
        stage.focus.filter((k) => k !== key),
      );
    }
  });
  redFlagTypes.forEach((flag, i) => {
    if (flag.linked.includes(key)) {
      form.setFieldValue(
        `redFlagTypes.${i}.linked`,
        flag.linked.filter((k) => k !== key),
      );
    }
  });
}

/** Interview stages move among themselves; the fixed stages around them stay where they are. */
export function interviewNeighbour(stages: StageValues[], index: number, direction: -1 | 1): number {
  const other = index + direction;
  return stages[other]?.kind === 'interview' && stages[index]?.kind === 'interview' ? other : -1;
}

export function moveStage(form: JobForm, index: number, direction: -1 | 1): void {
  const other = interviewNeighbour(form.getValues().stages, index, direction);
  if (other >= 0) swapListEntries(form, 'stages', index, other);
}

/** Where a new interview stage goes: after the last interview, else after the last screen. */
export function newStageIndex(stages: StageValues[]): number {
  const lastInterview = stages.findLastIndex((stage) => stage.kind === 'interview');
  if (lastInterview >= 0) return lastInterview + 1;
  const lastEarly = stages.findLastIndex((stage) => stage.kind === 'applied' || stage.kind === 'screen');
  return lastEarly + 1;
}

/** Sets leaf fields one by one, so exactly those inputs re-mount with their new value. */
function setWeightsAndThresholds(form: JobForm, patch: Partial<Pick<JobFormValues, 'categoryWeights' | 'thresholds'>>) {
  if (patch.categoryWeights) {
    for (const category of RATED_CATEGORIES) {
      form.setFieldValue(`categoryWeights.${category}`, patch.categoryWeights[category]);
    }
  }
  if (patch.thresholds) {
    for (const key of THRESHOLD_KEYS) form.setFieldValue(`thresholds.${key}`, patch.thresholds[key]);
  }
}

export function changeLevel(form: JobForm, level: Level): void {
  const values = form.getValues();
  if (values.level === level) return;
  // No forced re-mount: the Select the user is on keeps its focus.
  form.setFieldValue('level', level, { forceUpdate: false });
  setWeightsAndThresholds(form, levelChangePatch(values, values.level, level));
}

export function applyLevelDefaults(form: JobForm): void {
  setWeightsAndThresholds(form, defaultsForLevel(form.getValues().level));
}

export interface ServerFieldErrors {
  /** Form paths that now show an error. */
  matched: string[];
  /** Errors no input shows; list them in an alert. */
  unmatched: FieldError[];
}

/**
 * Puts a 400's field errors on the inputs that show them. Anything that is not a validation
 * failure with field errors comes back as null (the caller shows its message).
 */
export function applyServerErrors(form: JobForm, error: unknown): ServerFieldErrors | null {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return null;
  const values = form.getValues();
  const matched: Record<string, string> = {};
  const unmatched: FieldError[] = [];
  for (const fieldError of error.fieldErrors) {
    const path = formPathOf(fieldError.field, values);
    if (path) matched[path] ??= fieldError.message;
    else unmatched.push(fieldError);
  }
  form.setErrors(matched);
  return { matched: Object.keys(matched), unmatched };
}

/** Moves focus to the first field (in page order) of `paths`, once the editor shows it. */
export function focusFirstError(form: JobForm, paths: string[]): void {
  requestAnimationFrame(() => {
    const nodes = paths
      .map((path) => form.getInputNode(path))
      .filter((node): node is HTMLElement => node instanceof HTMLElement);
    nodes.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    nodes[0]?.focus();
  });
}
