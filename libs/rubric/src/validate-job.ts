import {
  CHECKLIST_CATEGORIES,
  type CategoryWeights,
  type ChecklistCategory,
  type FieldError,
  type JobItem,
  type JobStage,
  type ProposalThresholds,
  type RedFlagType,
  STAGE_KINDS,
} from '@shortlist/contracts';
import { labelKey } from './text';

/** Limits of a job, chosen far beyond any real rubric so they only stop abuse and mistakes. */
export const JOB_LIMITS = {
  titleChars: 200,
  items: 200,
  labelChars: 500,
  maxWeight: 100,
  keywords: 50,
  keywordChars: 100,
  /** Drafted anchors and questions quote the label (up to 500 characters) in a sentence. */
  anchorChars: 1000,
  knockoutChars: 1000,
  stages: 30,
  stageNameChars: 100,
  redFlags: 200,
} as const;

export const RATED_ANCHOR_KEYS = ['1', '2', '3', '4'] as const;
export const PREREQUISITE_ANCHOR_KEYS = ['met', 'not_met'] as const;

export const anchorKeysFor = (category: ChecklistCategory): readonly string[] =>
  category === 'prerequisite' ? PREREQUISITE_ANCHOR_KEYS : RATED_ANCHOR_KEYS;

export interface JobFields {
  title: string;
  /** The active items, in order. */
  items: ReadonlyArray<
    Pick<JobItem, 'id' | 'category' | 'label' | 'weight' | 'keywords' | 'anchors' | 'knockoutQuestion'>
  >;
  stages: ReadonlyArray<Pick<JobStage, 'name' | 'kind' | 'focusItemIds'>>;
  redFlagTypes: ReadonlyArray<Pick<RedFlagType, 'label' | 'linkedItemIds'>>;
  categoryWeights: CategoryWeights;
  thresholds: ProposalThresholds;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const inRange = (value: unknown, min: number, max: number) => isNumber(value) && value >= min && value <= max;

function checkItems(items: JobFields['items'], errors: FieldError[]): void {
  if (items.length > JOB_LIMITS.items)
    errors.push({ field: 'items', message: `must have at most ${JOB_LIMITS.items} items` });
  const labels = new Map<string, number>();
  items.forEach((item, i) => {
    const at = (field: string) => `items.${i}.${field}`;
    if (!(CHECKLIST_CATEGORIES as readonly string[]).includes(item.category)) {
      errors.push({ field: at('category'), message: `must be one of ${CHECKLIST_CATEGORIES.join(', ')}` });
    }
    if (item.label.length < 1 || item.label.length > JOB_LIMITS.labelChars) {
      errors.push({ field: at('label'), message: `must be 1 to ${JOB_LIMITS.labelChars} characters` });
    } else {
      const key = `${item.category}:${labelKey(item.label)}`;
      if (labels.has(key)) {
        errors.push({
          field: at('label'),
          message: `repeats the label of items.${labels.get(key)} in the same category`,
        });
      } else labels.set(key, i);
    }
    if (!isNumber(item.weight) || item.weight <= 0 || item.weight > JOB_LIMITS.maxWeight) {
      errors.push({ field: at('weight'), message: `must be greater than 0 and at most ${JOB_LIMITS.maxWeight}` });
    }
    if (item.keywords.length > JOB_LIMITS.keywords) {
      errors.push({ field: at('keywords'), message: `must have at most ${JOB_LIMITS.keywords} keywords` });
    }
    item.keywords.forEach((keyword, k) => {
      if (keyword.length < 1 || keyword.length > JOB_LIMITS.keywordChars) {
        errors.push({ field: at(`keywords.${k}`), message: `must be 1 to ${JOB_LIMITS.keywordChars} characters` });
      }
    });
    const allowed = anchorKeysFor(item.category);
    const keys = Object.keys(item.anchors);
    if (keys.length !== allowed.length || !allowed.every((key) => keys.includes(key))) {
      errors.push({ field: at('anchors'), message: `must have exactly the keys ${allowed.join(', ')}` });
    }
    for (const key of keys.filter((k) => allowed.includes(k))) {
      const anchor = item.anchors[key];
      if (anchor.length < 1 || anchor.length > JOB_LIMITS.anchorChars) {
        errors.push({ field: at(`anchors.${key}`), message: `must be 1 to ${JOB_LIMITS.anchorChars} characters` });
      }
    }
    if (item.knockoutQuestion !== null && item.knockoutQuestion.length > JOB_LIMITS.knockoutChars) {
      errors.push({ field: at('knockoutQuestion'), message: `must be at most ${JOB_LIMITS.knockoutChars} characters` });
    }
  });
}

function checkStages(stages: JobFields['stages'], active: Set<string>, errors: FieldError[]): void {
  if (stages.length < 1 || stages.length > JOB_LIMITS.stages) {
    errors.push({ field: 'stages', message: `must have 1 to ${JOB_LIMITS.stages} stages` });
  }
  const names = new Map<string, number>();
  stages.forEach((stage, i) => {
    if (stage.name.length < 1 || stage.name.length > JOB_LIMITS.stageNameChars) {
      errors.push({ field: `stages.${i}.name`, message: `must be 1 to ${JOB_LIMITS.stageNameChars} characters` });
    } else if (names.has(labelKey(stage.name))) {
      errors.push({
        field: `stages.${i}.name`,
        message: `repeats the name of stages.${names.get(labelKey(stage.name))}`,
      });
    } else names.set(labelKey(stage.name), i);
    if (!(STAGE_KINDS as readonly string[]).includes(stage.kind)) {
      errors.push({ field: `stages.${i}.kind`, message: `must be one of ${STAGE_KINDS.join(', ')}` });
    }
    stage.focusItemIds.forEach((id, f) => {
      if (!active.has(id))
        errors.push({ field: `stages.${i}.focusItemIds.${f}`, message: 'is not an active item of this job' });
    });
  });
  const count = (kind: string) => stages.filter((stage) => stage.kind === kind).length;
  for (const kind of ['applied', 'hired'] as const) {
    if (stages.length > 0 && count(kind) !== 1) {
      errors.push({ field: 'stages', message: `must have exactly one ${kind} stage (has ${count(kind)})` });
    }
  }
  if (stages.length > 0 && count('interview') === 0) {
    errors.push({ field: 'stages', message: 'must have at least one interview stage' });
  }
}

function checkRedFlags(flags: JobFields['redFlagTypes'], active: Set<string>, errors: FieldError[]): void {
  if (flags.length > JOB_LIMITS.redFlags) {
    errors.push({ field: 'redFlagTypes', message: `must have at most ${JOB_LIMITS.redFlags} red flag types` });
  }
  const labels = new Map<string, number>();
  flags.forEach((flag, i) => {
    if (flag.label.length < 1 || flag.label.length > JOB_LIMITS.labelChars) {
      errors.push({ field: `redFlagTypes.${i}.label`, message: `must be 1 to ${JOB_LIMITS.labelChars} characters` });
    } else if (labels.has(labelKey(flag.label))) {
      errors.push({
        field: `redFlagTypes.${i}.label`,
        message: `repeats the label of redFlagTypes.${labels.get(labelKey(flag.label))}`,
      });
    } else labels.set(labelKey(flag.label), i);
    flag.linkedItemIds.forEach((id, l) => {
      if (!active.has(id)) {
        errors.push({ field: `redFlagTypes.${i}.linkedItemIds.${l}`, message: 'is not an active item of this job' });
      }
    });
  });
}

function checkWeightsAndThresholds(fields: JobFields, errors: FieldError[]): void {
  const weights = Object.entries(fields.categoryWeights);
  for (const [category, weight] of weights) {
    if (!inRange(weight, 0, 100))
      errors.push({ field: `categoryWeights.${category}`, message: 'must be from 0 to 100' });
  }
  if (weights.every(([, weight]) => inRange(weight, 0, 100)) && weights.reduce((sum, [, w]) => sum + w, 0) <= 0) {
    errors.push({ field: 'categoryWeights', message: 'must not all be 0' });
  }
  for (const [name, value] of Object.entries(fields.thresholds)) {
    if (!inRange(value, 0, 100)) errors.push({ field: `thresholds.${name}`, message: 'must be from 0 to 100' });
  }
  const { advance, discuss } = fields.thresholds;
  if (inRange(advance, 0, 100) && inRange(discuss, 0, 100) && discuss > advance) {
    errors.push({ field: 'thresholds.discuss', message: 'must not be above thresholds.advance' });
  }
}

/**
 * Every rule a job must satisfy whatever its origin (a page, a form, an edit),
 * each broken rule named by its dotted path: `items.3.weight`,
 * `stages.2.focusItemIds.0`. An empty list means the job may be saved.
 */
export function validateJob(fields: JobFields): FieldError[] {
  const errors: FieldError[] = [];
  if (fields.title.length < 1 || fields.title.length > JOB_LIMITS.titleChars) {
    errors.push({ field: 'title', message: `must be 1 to ${JOB_LIMITS.titleChars} characters` });
  }
  checkItems(fields.items, errors);
  const active = new Set(fields.items.map((item) => item.id));
  checkStages(fields.stages, active, errors);
  checkRedFlags(fields.redFlagTypes, active, errors);
  checkWeightsAndThresholds(fields, errors);
  return errors;
}
