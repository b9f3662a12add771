import type { FieldError, JobItemInput } from '@shortlist/contracts';
import { defaultAnchors, knockoutQuestionFor } from '@shortlist/jd-import';
import { cleanLabel, labelKey } from './text';
import type { NewId, RubricItem } from './types';

export interface RubricEdit {
  /** Items of the input that already existed, with the input's changes, in input order. */
  kept: RubricItem[];
  /** New items, in input order. */
  added: RubricItem[];
  /** Items left out of the input: kept with `retiredAt`, never deleted. */
  retired: RubricItem[];
  /** Active items (kept and added) in input order, then every retired item. */
  items: RubricItem[];
  /** Whether the checklist differs from before: an added, retired, revived, edited or moved item. */
  changed: boolean;
  /** Input ids that are not this job's items, or appear twice. */
  errors: FieldError[];
}

export interface RubricEditContext {
  newId: NewId;
  /** The rubric version an edit that changes the checklist produces; new items record it. */
  nextVersion: number;
  now: Date;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

const sameRecord = (a: Record<string, string>, b: Record<string, string>) =>
  sameList(Object.keys(a).sort(), Object.keys(b).sort()) && Object.keys(a).every((key) => a[key] === b[key]);

function sameItem(a: RubricItem, b: RubricItem): boolean {
  return (
    a.category === b.category &&
    a.label === b.label &&
    a.weight === b.weight &&
    a.mustHave === b.mustHave &&
    a.knockoutQuestion === b.knockoutQuestion &&
    a.position === b.position &&
    (a.retiredAt === null) === (b.retiredAt === null) &&
    sameList(a.keywords, b.keywords) &&
    sameRecord(a.anchors, b.anchors)
  );
}

function cleanKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  return keywords
    .map(cleanLabel)
    .filter((keyword) => keyword.length > 0 && !seen.has(keyword.toLowerCase()) && seen.add(keyword.toLowerCase()));
}

/**
 * The item an input describes. What the input leaves out is kept from the
 * current item, except what follows from the label and category: when either
 * changes, omitted anchors and knock-out question are drafted again.
 */
function resolveItem(
  input: JobItemInput,
  current: RubricItem | undefined,
  position: number,
): Omit<RubricItem, 'id' | 'addedInVersion'> {
  const category = input.category;
  const label = cleanLabel(input.label);
  const sameMeaning = current !== undefined && current.category === category && current.label === label;
  const knockout =
    input.knockoutQuestion === undefined
      ? sameMeaning
        ? current.knockoutQuestion
        : category === 'prerequisite'
          ? knockoutQuestionFor(label)
          : null
      : input.knockoutQuestion === null || input.knockoutQuestion.trim() === ''
        ? null
        : input.knockoutQuestion.trim();
  return {
    category,
    label,
    weight: input.weight ?? current?.weight ?? 1,
    mustHave: input.mustHave ?? (current?.category === category ? current.mustHave : category === 'prerequisite'),
    keywords: input.keywords ? cleanKeywords(input.keywords) : [...(current?.keywords ?? [])],
    anchors: input.anchors
      ? Object.fromEntries(Object.entries(input.anchors).map(([k, v]) => [k, v.trim()]))
      : sameMeaning
        ? { ...current.anchors }
        : defaultAnchors(category, label),
    knockoutQuestion: knockout,
    position,
    retiredAt: null,
  };
}

/**
 * A full-list replacement of a job's checklist. Inputs with an id keep that
 * item (a retired item named again comes back); inputs without one are added;
 * active items left out are retired. Labels are compared as written (after
 * trimming), so a change of case is a change.
 */
export function applyRubricEdit(
  currentItems: readonly RubricItem[],
  inputItems: readonly JobItemInput[],
  context: RubricEditContext,
): RubricEdit {
  const byId = new Map(currentItems.map((item) => [item.id, item]));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const kept: RubricItem[] = [];
  const added: RubricItem[] = [];
  const active: RubricItem[] = [];
  let changed = false;
  inputItems.forEach((input, position) => {
    if (input.id !== undefined) {
      const current = byId.get(input.id);
      if (!current) {
        errors.push({ field: `items.${position}.id`, message: 'is not an item of this job' });
        return;
      }
      if (seen.has(input.id)) {
        errors.push({ field: `items.${position}.id`, message: 'appears more than once' });
        return;
      }
      seen.add(input.id);
      const next: RubricItem = {
        ...resolveItem(input, current, position),
        id: current.id,
        addedInVersion: current.addedInVersion,
      };
      if (!sameItem(current, next)) changed = true;
      kept.push(next);
      active.push(next);
      return;
    }
    const next: RubricItem = {
      ...resolveItem(input, undefined, position),
      id: context.newId(),
      addedInVersion: context.nextVersion,
    };
    changed = true;
    added.push(next);
    active.push(next);
  });
  const retired: RubricItem[] = [];
  const stillRetired: RubricItem[] = [];
  for (const item of currentItems) {
    if (seen.has(item.id)) continue;
    if (item.retiredAt === null) {
      retired.push({ ...item, retiredAt: context.now });
      changed = true;
    } else {
      stillRetired.push(item);
    }
  }
  return { kept, added, retired, items: [...active, ...retired, ...stillRetired], changed, errors };
}

/** Whether a label names an active item (case and spacing aside): the items it names. */
export function itemsLabelled(items: readonly RubricItem[], label: string): RubricItem[] {
  const key = labelKey(label);
  return items.filter((item) => item.retiredAt === null && labelKey(item.label) === key);
}
