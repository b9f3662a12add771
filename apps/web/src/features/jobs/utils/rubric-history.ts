import type { JobItem, RubricVersionView } from '@shortlist/contracts';

export interface RubricChange {
  version: number;
  createdAt: string;
  itemCount: number;
  /** Labels new in this version, compared with the one before. */
  added: string[];
  /** Labels the version before had and this one does not. */
  removed: string[];
  /** Items kept (same id and label) whose weight, keywords, anchors or flags changed. */
  edited: string[];
  isFirst: boolean;
}

const comparable = ({ category, weight, mustHave, keywords, anchors, knockoutQuestion }: JobItem) =>
  JSON.stringify({ category, weight, mustHave, keywords, anchors, knockoutQuestion });

/** Each rubric version with what changed since the previous one, newest first. */
export function rubricChanges(versions: RubricVersionView[]): RubricChange[] {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  return ordered
    .map((current, index) => {
      const previous = ordered[index - 1];
      const labelsNow = new Set(current.items.map((item) => item.label));
      const labelsBefore = new Set(previous?.items.map((item) => item.label) ?? []);
      const before = new Map(previous?.items.map((item) => [item.id, item]) ?? []);
      return {
        version: current.version,
        createdAt: current.createdAt,
        itemCount: current.items.length,
        added: previous ? [...labelsNow].filter((label) => !labelsBefore.has(label)) : [],
        removed: previous ? [...labelsBefore].filter((label) => !labelsNow.has(label)) : [],
        edited: current.items
          .filter((item) => {
            const old = before.get(item.id);
            return old !== undefined && old.label === item.label && comparable(old) !== comparable(item);
          })
          .map((item) => item.label),
        isFirst: previous === undefined,
      };
    })
    .reverse();
}
