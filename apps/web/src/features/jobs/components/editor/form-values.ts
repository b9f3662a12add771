import {
  CHECKLIST_CATEGORIES,
  LEVELS,
  type ChecklistCategory,
  type JobFieldsInput,
  type JobItemInput,
  type JobStageInput,
  type JobTemplate,
  type JobView,
  type Level,
  type ProposalThresholds,
  type RatedCategory,
  type RedFlagTypeInput,
  type StageKind,
} from '@shortlist/contracts';
import { DEFAULT_LEVEL, defaultAnchors, defaultsForLevel, knockoutQuestionFor, toLevel } from '@shortlist/jd-import';
import { DEFAULT_REJECTION_REASONS } from '@shortlist/pipeline';
import { ownRejectionReasons } from '@/lib/rejection-reasons';
import { anchorLevelsOf, CATEGORY_LABELS, RATED_CATEGORIES } from '../../utils/labels';

/**
 * The editor's values. Lists are flat and in the order they are sent, so a field error the
 * API reports as `items.3.label` names `items.3.label` here too. Every list entry carries a
 * `key` (its id once saved) so rows keep their inputs when they move, and so stages and red
 * flags can point at items that have no id yet.
 */
export interface ItemValues {
  key: string;
  id: string | null;
  category: ChecklistCategory;
  label: string;
  /** NumberInput reports '' while the field is empty. */
  weight: number | string;
  mustHave: boolean;
  keywords: string[];
  anchors: Record<string, string>;
  knockoutQuestion: string;
}

export interface GuidanceValues {
  key: string;
  text: string;
}

export interface StageValues {
  key: string;
  id: string | null;
  name: string;
  kind: StageKind;
  /** Keys of the items this stage assesses. */
  focus: string[];
  guidance: GuidanceValues[];
  /** Not edited here; sent back unchanged so saving the plan keeps the assignments. */
  interviewerIds: string[];
}

export interface RedFlagValues {
  key: string;
  id: string | null;
  label: string;
  /** Keys of the items the flag is linked to. */
  linked: string[];
}

export type WeightValues = Record<RatedCategory, number | string>;
export type ThresholdValues = Record<keyof ProposalThresholds, number | string>;

export interface JobFormValues {
  title: string;
  level: Level;
  location: string;
  employmentType: string;
  summary: string;
  items: ItemValues[];
  stages: StageValues[];
  redFlagTypes: RedFlagValues[];
  categoryWeights: WeightValues;
  thresholds: ThresholdValues;
  /** The reasons offered when we reject someone; withdrawals keep the default reasons. */
  rejectionReasons: string[];
  autoRejectOnKnockout: boolean;
}

/** What a new job starts with: the default reasons for a rejection, and knock-outs flagged for a person. */
export const defaultRejectionSettings = (): Pick<JobFormValues, 'rejectionReasons' | 'autoRejectOnKnockout'> => ({
  rejectionReasons: [...DEFAULT_REJECTION_REASONS.rejected_by_us],
  autoRejectOnKnockout: false,
});

export const THRESHOLD_KEYS = [
  'advance',
  'discuss',
  'minCoverage',
] as const satisfies readonly (keyof ProposalThresholds)[];

/** Kinds whose stage assesses items (and so has focus items and guidance). */
export const ASSESSING_STAGE_KINDS: readonly StageKind[] = ['screen', 'interview'];

export const MIN_ITEM_WEIGHT = 0.5;
export const MAX_ITEM_WEIGHT = 100;

let keySequence = 0;
/** A key for an entry the server has not seen yet. */
export function newKey(): string {
  keySequence += 1;
  return `new-${keySequence}`;
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** "Backend Engineer Intern" → Intern, "Sr. Data Engineer" → Senior; the design default otherwise. */
export function guessLevel(title: string | null | undefined): Level {
  const words = (title ?? '').split(/[^A-Za-z.]+/).filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    // Two words first, so "Mid Level" is read as one level.
    const level = (i + 1 < words.length && toLevel(`${words[i]} ${words[i + 1]}`)) || toLevel(words[i]);
    if (level) return level;
  }
  return DEFAULT_LEVEL;
}

function completeAnchors(category: ChecklistCategory, anchors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(anchorLevelsOf(category).map(({ key }) => [key, anchors[key] ?? '']));
}

/** A new item as the "Add" button creates it: anchors and knock-out question drafted from the label. */
export function newItem(category: ChecklistCategory, label: string): ItemValues {
  return {
    key: newKey(),
    id: null,
    category,
    label,
    weight: 1,
    mustHave: category === 'prerequisite',
    keywords: [],
    anchors: completeAnchors(category, defaultAnchors(category, label)),
    knockoutQuestion: category === 'prerequisite' ? knockoutQuestionFor(label) : '',
  };
}

export function newStage(): StageValues {
  return { key: newKey(), id: null, name: '', kind: 'interview', focus: [], guidance: [], interviewerIds: [] };
}

export function newGuidance(text = ''): GuidanceValues {
  return { key: newKey(), text };
}

export function newRedFlag(): RedFlagValues {
  return { key: newKey(), id: null, label: '', linked: [] };
}

function planStage(name: string, kind: StageKind, focus: string[] = [], guidance: string[] = []): StageValues {
  return { key: newKey(), id: null, name, kind, focus, guidance: guidance.map(newGuidance), interviewerIds: [] };
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** Blank values for the editor before a template has been read. */
export function emptyJobFormValues(level: Level = DEFAULT_LEVEL): JobFormValues {
  const { categoryWeights, thresholds } = defaultsForLevel(level);
  return {
    title: '',
    level,
    location: '',
    employmentType: '',
    summary: '',
    items: [],
    stages: [],
    redFlagTypes: [],
    categoryWeights,
    thresholds,
    ...defaultRejectionSettings(),
  };
}

/**
 * A parsed job description as editor values. The template names only the interview stages;
 * the plan around them is the default of DESIGN.md: Applied → Résumé screen → Recruiter
 * screen (prerequisites) → interviews → Decision → Offer → Hired.
 */
export function templateToFormValues(template: JobTemplate): JobFormValues {
  const level = guessLevel(template.title);
  const items: ItemValues[] = template.items.map((item) => ({
    key: newKey(),
    id: null,
    category: item.category,
    label: item.label,
    weight: item.weight,
    mustHave: item.mustHave,
    keywords: [...item.keywords],
    anchors: completeAnchors(item.category, item.anchors),
    knockoutQuestion: item.knockoutQuestion ?? '',
  }));
  const keyByLabel = new Map<string, string>();
  for (const item of [...items].reverse()) keyByLabel.set(item.label, item.key);
  const keysOf = (labels: string[]) => unique(labels.flatMap((label) => keyByLabel.get(label) ?? []));

  const isRecruiterScreen = (name: string) => /recruiter screen/i.test(name);
  const recruiterScreen = template.stages.find((stage) => isRecruiterScreen(stage.name));
  const prerequisites = items.filter((item) => item.category === 'prerequisite').map((item) => item.key);
  const stages: StageValues[] = [
    planStage('Applied', 'applied'),
    planStage('Résumé screen', 'screen'),
    planStage(
      'Recruiter screen',
      'screen',
      recruiterScreen?.focus.length ? keysOf(recruiterScreen.focus) : prerequisites,
      recruiterScreen?.guidance,
    ),
    ...template.stages
      .filter((stage) => !isRecruiterScreen(stage.name))
      .map((stage) => planStage(stage.name, 'interview', keysOf(stage.focus), stage.guidance)),
    planStage('Decision', 'decision'),
    planStage('Offer', 'offer'),
    planStage('Hired', 'hired'),
  ];

  const { categoryWeights, thresholds } = defaultsForLevel(level);
  return {
    title: template.title ?? '',
    level,
    location: template.location ?? '',
    employmentType: template.employmentType ?? '',
    summary: template.summary ?? '',
    items,
    stages,
    redFlagTypes: template.redFlags.map((flag) => ({
      key: newKey(),
      id: null,
      label: flag.label,
      linked: keysOf(flag.linkedItemLabels),
    })),
    categoryWeights,
    thresholds,
    ...defaultRejectionSettings(),
  };
}

/** A saved job as editor values: every entry keyed by its id. */
export function jobToFormValues(job: JobView): JobFormValues {
  const items: ItemValues[] = [...job.items]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      key: item.id,
      id: item.id,
      category: item.category,
      label: item.label,
      weight: item.weight,
      mustHave: item.mustHave,
      keywords: [...item.keywords],
      anchors: completeAnchors(item.category, item.anchors),
      knockoutQuestion: item.knockoutQuestion ?? '',
    }));
  // Stages may still name retired items (kept for old scorecards); the editor shows current ones.
  const current = new Set(items.map((item) => item.key));
  const currentOnly = (ids: string[]) => ids.filter((id) => current.has(id));
  return {
    title: job.title,
    level: job.level,
    location: job.location ?? '',
    employmentType: job.employmentType ?? '',
    summary: job.summary ?? '',
    items,
    stages: [...job.stages]
      .sort((a, b) => a.order - b.order)
      .map((stage) => ({
        key: stage.id,
        id: stage.id,
        name: stage.name,
        kind: stage.kind,
        focus: currentOnly(stage.focusItemIds),
        guidance: stage.guidance.map(newGuidance),
        interviewerIds: [...stage.interviewerIds],
      })),
    redFlagTypes: job.redFlagTypes.map((flag) => ({
      key: flag.id,
      id: flag.id,
      label: flag.label,
      linked: currentOnly(flag.linkedItemIds),
    })),
    categoryWeights: { ...job.categoryWeights },
    thresholds: { ...job.thresholds },
    rejectionReasons: ownRejectionReasons(job.rejectionReasons),
    autoRejectOnKnockout: job.autoRejectOnKnockout,
  };
}

/** The job fields the editor owns, as the API takes them (POST beside a template, or PATCH). */
export type EditorFields = Required<
  Pick<
    JobFieldsInput,
    | 'title'
    | 'level'
    | 'location'
    | 'employmentType'
    | 'summary'
    | 'items'
    | 'stages'
    | 'redFlagTypes'
    | 'categoryWeights'
    | 'thresholds'
    | 'rejectionReasons'
    | 'autoRejectOnKnockout'
  >
>;

const orNull = (text: string) => text.trim() || null;

/**
 * References to items: saved items by id, new ones by label (the API resolves those after it
 * creates the items). Only non-empty lists are sent; an empty reference is `…Ids: []`.
 */
function itemReferences(keys: string[], items: ItemValues[]): { ids: string[]; labels: string[] } {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const ids: string[] = [];
  const labels: string[] = [];
  for (const key of unique(keys)) {
    const item = byKey.get(key);
    if (!item) continue;
    if (item.id) ids.push(item.id);
    else labels.push(item.label.trim());
  }
  return { ids, labels };
}

function toItemInput(item: ItemValues): JobItemInput {
  return {
    ...(item.id ? { id: item.id } : {}),
    category: item.category,
    label: item.label.trim(),
    weight: Number(item.weight),
    mustHave: item.mustHave,
    keywords: unique(item.keywords.map((keyword) => keyword.trim()).filter(Boolean)),
    anchors: Object.fromEntries(
      anchorLevelsOf(item.category).map(({ key }) => [key, (item.anchors[key] ?? '').trim()]),
    ),
    ...(item.category === 'prerequisite' ? { knockoutQuestion: orNull(item.knockoutQuestion) } : {}),
  };
}

function toStageInput(stage: StageValues, items: ItemValues[]): JobStageInput {
  const { ids, labels } = itemReferences(stage.focus, items);
  return {
    ...(stage.id ? { id: stage.id } : {}),
    name: stage.name.trim(),
    kind: stage.kind,
    ...(ids.length > 0 || labels.length === 0 ? { focusItemIds: ids } : {}),
    ...(labels.length > 0 ? { focusItemLabels: labels } : {}),
    guidance: stage.guidance.map((entry) => entry.text.trim()).filter(Boolean),
    interviewerIds: stage.interviewerIds,
  };
}

function toRedFlagInput(flag: RedFlagValues, items: ItemValues[]): RedFlagTypeInput {
  const { ids, labels } = itemReferences(flag.linked, items);
  return {
    ...(flag.id ? { id: flag.id } : {}),
    label: flag.label.trim(),
    ...(ids.length > 0 || labels.length === 0 ? { linkedItemIds: ids } : {}),
    ...(labels.length > 0 ? { linkedItemLabels: labels } : {}),
  };
}

export function toJobFields(values: JobFormValues): EditorFields {
  return {
    title: values.title.trim(),
    level: values.level,
    location: orNull(values.location),
    employmentType: orNull(values.employmentType),
    summary: orNull(values.summary),
    items: values.items.map(toItemInput),
    stages: values.stages.map((stage) => toStageInput(stage, values.items)),
    redFlagTypes: values.redFlagTypes.map((flag) => toRedFlagInput(flag, values.items)),
    categoryWeights: {
      qualification: Number(values.categoryWeights.qualification),
      hard_skill: Number(values.categoryWeights.hard_skill),
      soft_skill: Number(values.categoryWeights.soft_skill),
    },
    thresholds: {
      advance: Number(values.thresholds.advance),
      discuss: Number(values.thresholds.discuss),
      minCoverage: Number(values.thresholds.minCoverage),
    },
    rejectionReasons: unique(values.rejectionReasons.map((reason) => reason.trim()).filter(Boolean)),
    autoRejectOnKnockout: values.autoRejectOnKnockout,
  };
}

/**
 * Only the fields that differ from what was loaded, so saving a new title does not resend
 * (and re-version) an unchanged checklist. Lists go whole when anything in them changed.
 */
export function changedJobFields(values: JobFormValues, initial: JobFormValues): Partial<EditorFields> {
  const now = toJobFields(values);
  const before = toJobFields(initial);
  const changed: Partial<EditorFields> = {};
  for (const field of Object.keys(now) as (keyof EditorFields)[]) {
    if (JSON.stringify(now[field]) !== JSON.stringify(before[field])) {
      Object.assign(changed, { [field]: now[field] });
    }
  }
  return changed;
}

/** Same keys holding the same numbers ('35' equals 35, as NumberInput may report either). */
function sameNumbers(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => Number(left[key]) === Number(right[key]));
}

/**
 * What changing the level does to weights and thresholds: each group follows the new level's
 * defaults while it still equals the old level's, and stays as the user set it otherwise.
 */
export function levelChangePatch(
  values: Pick<JobFormValues, 'categoryWeights' | 'thresholds'>,
  from: Level,
  to: Level,
): Partial<Pick<JobFormValues, 'categoryWeights' | 'thresholds'>> {
  const before = defaultsForLevel(from);
  const after = defaultsForLevel(to);
  return {
    ...(sameNumbers(values.categoryWeights, before.categoryWeights) ? { categoryWeights: after.categoryWeights } : {}),
    ...(sameNumbers(values.thresholds, before.thresholds) ? { thresholds: after.thresholds } : {}),
  };
}

const ITEM_FIELDS = new Set(['label', 'weight', 'mustHave', 'keywords']);

/**
 * The editor field that shows an API field error (`items.3.weight`, `stages.4.focusItemLabels`),
 * or null when no input shows it (the caller lists those in an alert).
 */
export function formPathOf(apiPath: string, values: JobFormValues): string | null {
  const parts = apiPath
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  const [head, indexText, field, sub] = parts;
  const index = Number(indexText);
  switch (head) {
    case 'title':
    case 'level':
    case 'location':
    case 'employmentType':
    case 'summary':
    case 'rejectionReasons':
    case 'autoRejectOnKnockout':
      return parts.length === 1 ? head : null;
    case 'categoryWeights':
      if (parts.length === 1) return head;
      return parts.length === 2 && (RATED_CATEGORIES as readonly string[]).includes(indexText) ? apiPath : null;
    case 'thresholds':
      return parts.length === 2 && (THRESHOLD_KEYS as readonly string[]).includes(indexText) ? apiPath : null;
    case 'items': {
      if (parts.length === 1) return head;
      const item = Number.isInteger(index) ? values.items[index] : undefined;
      if (!item) return null;
      if (field === undefined) return `items.${index}.label`;
      if (ITEM_FIELDS.has(field)) return `items.${index}.${field}`;
      if (field === 'knockoutQuestion') return item.category === 'prerequisite' ? `items.${index}.${field}` : null;
      if (field === 'anchors' && sub !== undefined) return sub in item.anchors ? `items.${index}.anchors.${sub}` : null;
      return null;
    }
    case 'stages': {
      const stage = Number.isInteger(index) ? values.stages[index] : undefined;
      if (!stage) return null;
      const assesses = ASSESSING_STAGE_KINDS.includes(stage.kind);
      if ((field === 'name' || field === undefined) && stage.kind === 'interview') return `stages.${index}.name`;
      if ((field === 'focusItemIds' || field === 'focusItemLabels') && assesses) return `stages.${index}.focus`;
      if (field === 'guidance' && assesses) {
        const entry = Number(sub);
        return Number.isInteger(entry) && stage.guidance[entry] ? `stages.${index}.guidance.${entry}.text` : null;
      }
      return null;
    }
    case 'redFlagTypes': {
      if (!(Number.isInteger(index) && values.redFlagTypes[index])) return null;
      if (field === 'label' || field === undefined) return `redFlagTypes.${index}.label`;
      if (field === 'linkedItemIds' || field === 'linkedItemLabels') return `redFlagTypes.${index}.linked`;
      return null;
    }
    default:
      return null;
  }
}

/** How the API compares labels and names: case and spacing do not make two different. */
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

const toNumber = (value: number | string): number | null =>
  value === '' || !Number.isFinite(Number(value)) ? null : Number(value);

/** Checks made before anything is sent; the API checks again and its errors land on the same fields. */
export function validateJobForm(values: JobFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = 'Enter a title';
  if (!isLevel(values.level)) errors.level = 'Choose a level';

  if (values.items.length === 0) errors.items = 'Add at least one checklist item';
  // As the API compares them: per category, ignoring case and spacing.
  const labels = new Set<string>();
  values.items.forEach((item, index) => {
    const label = labelKey(item.label);
    if (!label) errors[`items.${index}.label`] = 'Enter a label';
    else if (labels.has(`${item.category}:${label}`)) {
      errors[`items.${index}.label`] =
        `Another ${CATEGORY_LABELS[item.category].singular.toLowerCase()} has this label`;
    }
    labels.add(`${item.category}:${label}`);
    const weight = toNumber(item.weight);
    if (weight === null || weight < MIN_ITEM_WEIGHT || weight > MAX_ITEM_WEIGHT) {
      errors[`items.${index}.weight`] = `Between ${MIN_ITEM_WEIGHT} and ${MAX_ITEM_WEIGHT}`;
    }
    for (const { key } of anchorLevelsOf(item.category)) {
      if (!item.anchors[key]?.trim()) errors[`items.${index}.anchors.${key}`] = 'Describe this level';
    }
  });

  // Only interview stages have a name input, so a clash is reported on the interview stage.
  const stageNames = new Set(
    values.stages.filter((stage) => stage.kind !== 'interview').map((stage) => labelKey(stage.name)),
  );
  values.stages.forEach((stage, index) => {
    if (stage.kind !== 'interview') return;
    const name = labelKey(stage.name);
    if (!name) errors[`stages.${index}.name`] = 'Name the stage';
    else if (stageNames.has(name)) errors[`stages.${index}.name`] = 'Another stage has this name';
    stageNames.add(name);
  });

  const flagLabels = new Set<string>();
  values.redFlagTypes.forEach((flag, index) => {
    const label = labelKey(flag.label);
    if (!label) errors[`redFlagTypes.${index}.label`] = 'Describe the red flag';
    else if (flagLabels.has(label)) errors[`redFlagTypes.${index}.label`] = 'Another red flag has this label';
    flagLabels.add(label);
  });

  let weightSum = 0;
  for (const category of RATED_CATEGORIES) {
    const weight = toNumber(values.categoryWeights[category]);
    if (weight === null || weight < 0 || weight > 100) errors[`categoryWeights.${category}`] = 'Between 0 and 100';
    else weightSum += weight;
  }
  if (weightSum === 0 && !RATED_CATEGORIES.some((c) => errors[`categoryWeights.${c}`])) {
    errors.categoryWeights = 'At least one category needs a weight above 0';
  }

  for (const key of THRESHOLD_KEYS) {
    const value = toNumber(values.thresholds[key]);
    if (value === null || value < 0 || value > 100) errors[`thresholds.${key}`] = 'Between 0 and 100';
  }
  const advance = toNumber(values.thresholds.advance);
  const discuss = toNumber(values.thresholds.discuss);
  if (!errors['thresholds.discuss'] && advance !== null && discuss !== null && discuss > advance) {
    errors['thresholds.discuss'] = 'Must not be above the advance mark';
  }
  return errors;
}

export function countByCategory(items: Pick<ItemValues, 'category'>[]): Record<ChecklistCategory, number> {
  const counts = Object.fromEntries(CHECKLIST_CATEGORIES.map((category) => [category, 0])) as Record<
    ChecklistCategory,
    number
  >;
  for (const item of items) counts[item.category] += 1;
  return counts;
}
