import { stripEmphasis } from './bullets';
import { MAX_SHORT_FIELD_CHARS } from './limits';
import { normalizeHeading } from './sections';
import { truncate } from './text';

export type FieldName = 'title' | 'location' | 'employmentType';

const FIELD_KEYS = new Map<string, FieldName>([
  ...['job title', 'title', 'position', 'position title', 'role', 'job role', 'job'].map(
    (key) => [key, 'title'] as [string, FieldName],
  ),
  ...['location', 'job location', 'work location', 'office', 'based in', 'workplace'].map(
    (key) => [key, 'location'] as [string, FieldName],
  ),
  ...[
    'type',
    'job type',
    'employment type',
    'employment',
    'contract',
    'contract type',
    'work type',
    'position type',
  ].map((key) => [key, 'employmentType'] as [string, FieldName]),
]);

export interface Field {
  name: FieldName;
  value: string;
}

/** "Location: Hybrid/Remote" → {location, "Hybrid/Remote"}; only the short keys of a posting's header. */
export function parseField(line: string): Field | null {
  const colon = line.slice(0, 40).indexOf(':');
  if (colon <= 0) return null;
  const name = FIELD_KEYS.get(normalizeHeading(stripEmphasis(line.slice(0, colon))));
  if (!name) return null;
  const value = stripEmphasis(line.slice(colon + 1)).trim();
  if (value.length === 0) return null;
  return { name, value: truncate(value, MAX_SHORT_FIELD_CHARS) };
}
