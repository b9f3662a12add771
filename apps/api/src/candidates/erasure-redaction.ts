import { type CsvImportRowError, ERASED_TEXT, type ScreeningResult } from '@shortlist/contracts';

/** What identifies an erased candidate in text that stays: their email, full name and phone as stored. */
export interface CandidateIdentifiers {
  email: string;
  name: string;
  phone: string | null;
}

/** Shorter than this, a name or phone would match inside unrelated words ("Al" in "Also"). */
const MIN_NAME_CHARS = 3;
const MIN_PHONE_CHARS = 5;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One case-insensitive pattern for every identifier of these candidates, or
 * null when none is long enough to look for. A name matches with any run of
 * whitespace between its words, and only as whole words.
 */
export function identifierPattern(people: readonly CandidateIdentifiers[]): RegExp | null {
  const emails = new Set<string>();
  const phones = new Set<string>();
  const names = new Set<string>();
  for (const person of people) {
    const email = person.email.trim();
    if (email) emails.add(escapeRegExp(email));
    const phone = person.phone?.trim() ?? '';
    if (phone.length >= MIN_PHONE_CHARS) phones.add(escapeRegExp(phone));
    const words = person.name.trim().split(/\s+/).filter(Boolean);
    if (words.join(' ').length >= MIN_NAME_CHARS) {
      names.add(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`);
    }
  }
  // Emails first, so "dana@…" goes whole rather than as the name "Dana"; longer names before shorter.
  const byLength = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length);
  const alternatives = [...byLength(emails), ...byLength(phones), ...byLength(names)];
  // eslint-disable-next-line security/detect-non-literal-regexp -- every alternative is built from escapeRegExp'd values
  return alternatives.length ? new RegExp(alternatives.join('|'), 'giu') : null;
}

/** The text with every identifier replaced by ERASED_TEXT. */
export function redactText(text: string, pattern: RegExp | null): string {
  if (!pattern) return text;
  return text.replace(pattern, ERASED_TEXT);
}

/** Every string inside a JSON value redacted (for stored snapshots); the shape is kept. */
export function redactDeep<T>(value: T, pattern: RegExp | null): T {
  if (!pattern) return value;
  if (typeof value === 'string') return redactText(value, pattern) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, pattern)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, redactDeep(item, pattern)]),
    ) as T;
  }
  return value;
}

/**
 * A screening result without the résumé quotes: which items had evidence,
 * by which keyword, and the screen score stay (they explain the stored
 * number); the snippets, verbatim slices of the erased résumé, go.
 */
export function withoutResumeQuotes(screening: ScreeningResult | null): ScreeningResult | null {
  if (!screening) return null;
  return {
    ...screening,
    items: screening.items.map((item) => ({
      ...item,
      evidence: item.evidence.map((evidence) => ({ text: '', offset: 0, matched: evidence.matched })),
    })),
  };
}

/** Import report rows that mention one of these people, with the mention replaced; null when none does. */
export function redactImportErrors(
  errors: readonly CsvImportRowError[],
  pattern: RegExp | null,
): CsvImportRowError[] | null {
  if (!pattern) return null;
  let changed = false;
  const redacted = errors.map((error) => {
    const message = redactText(error.message, pattern);
    if (message === error.message) return error;
    changed = true;
    return { ...error, message };
  });
  return changed ? redacted : null;
}

/** Whether the text mentions one of the identifiers. */
export const mentions = (text: string, pattern: RegExp | null): boolean => {
  if (!pattern) return false;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
};
