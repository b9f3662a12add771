export interface DiffRow {
  /** Dotted path into the event's before/after, e.g. `ratings.<item id>.value`. */
  field: string;
  before: unknown;
  after: unknown;
  /** Present on one side only, or different on the two. */
  changed: boolean;
}

/** Absent on that side (as opposed to a stored null). */
export const ABSENT = Symbol('absent');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaves of nested objects by dotted path; arrays and empty objects are leaves. */
function flatten(value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (isPlainObject(value) && (Object.keys(value).length > 0 || prefix === '')) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix !== '') {
    into.set(prefix, value);
  } else if (value !== null && value !== undefined) {
    into.set('(value)', value);
  }
  return into;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Before and after side by side, one row per field, in the order the event lists them. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const was = flatten(before, '', new Map());
  const now = flatten(after, '', new Map());
  const fields = [...new Set([...was.keys(), ...now.keys()])];
  return fields.map((field) => {
    const a = was.has(field) ? was.get(field) : ABSENT;
    const b = now.has(field) ? now.get(field) : ABSENT;
    return { field, before: a, after: b, changed: a === ABSENT || b === ABSENT || !same(a, b) };
  });
}

/** A value as one line of text. */
export function formatValue(value: unknown): string {
  if (value === ABSENT) return '—';
  if (value === null) return 'none';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 0) return 'none';
  if (isPlainObject(value) && Object.keys(value).length === 0) return 'none';
  return JSON.stringify(value);
}
