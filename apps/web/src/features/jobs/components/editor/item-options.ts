import { CHECKLIST_CATEGORIES } from '@shortlist/contracts';
import { CATEGORY_LABELS } from '../../utils/labels';
import type { JobFormValues } from './form-values';

export interface ItemOptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** Checklist items as grouped options for the focus-item and linked-item pickers. */
export function itemOptions(values: Pick<JobFormValues, 'items'>): ItemOptionGroup[] {
  return CHECKLIST_CATEGORIES.map((category) => ({
    group: CATEGORY_LABELS[category].plural,
    items: values.items
      .filter((item) => item.category === category)
      .map((item) => ({
        value: item.key,
        label: item.label.trim() || `Untitled ${CATEGORY_LABELS[category].singular.toLowerCase()}`,
      })),
  })).filter((group) => group.items.length > 0);
}
