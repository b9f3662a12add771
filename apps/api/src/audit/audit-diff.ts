import { canonicalJson } from './audit-chain';

export type AuditRecord = Record<string, unknown>;

/** A list keyed by id, so a diff names the one entry that changed rather than restating the whole list. */
export function keyedById<T extends { id: string }>(list: readonly T[]): Record<string, Omit<T, 'id'>> {
  return Object.fromEntries(list.map(({ id, ...rest }) => [id, rest]));
}

const isRecord = (value: unknown): value is AuditRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

export interface ChangeOptions {
  /** Keys kept on both sides even when unchanged (e.g. version numbers, for context). */
  always?: readonly string[];
  /** Keys holding id-keyed records: only the entries that were added, removed or changed are kept. */
  nested?: readonly string[];
}

/**
 * The before/after of an audit event: only the keys whose value changed (by
 * canonical JSON), plus the `always` ones. A key missing on one side is left
 * out of that side, so an added entry shows as after-only.
 */
export function changesBetween(
  before: AuditRecord,
  after: AuditRecord,
  { always = [], nested = [] }: ChangeOptions = {},
): { before: AuditRecord; after: AuditRecord } {
  const was: AuditRecord = {};
  const now: AuditRecord = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[key], after[key]];
    if (nested.includes(key) && isRecord(a) && isRecord(b)) {
      const inner = changesBetween(a, b);
      if (Object.keys(inner.before).length) was[key] = inner.before;
      if (Object.keys(inner.after).length) now[key] = inner.after;
      continue;
    }
    if (!always.includes(key) && same(a, b)) continue;
    if (key in before) was[key] = a;
    if (key in after) now[key] = b;
  }
  return { before: was, after: now };
}
