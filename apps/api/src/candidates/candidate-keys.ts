/**
 * The lower-cased search columns of a candidate, and the LIKE patterns that
 * read them. Pure, so both the service and the CSV import derive them alike.
 */

export const normalizeCandidateEmail = (email: string): string => email.trim().toLowerCase();

/** Lower-cased words separated by single spaces, padded with a space at both ends (dots inside words kept: "node.js"). */
export function wordsKey(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}+#.]+/gu, ' ')
    .replace(/\.+(?=\s|$)/g, '')
    .replace(/(^|\s)\.+/g, '$1')
    .trim()
    .replace(/\s+/g, ' ');
  return words ? ` ${words} ` : ' ';
}

/** `|a|b|`: a tag matches as `%|tag|%`. */
export const tagsKey = (tags: readonly string[]): string =>
  `|${tags.map((tag) => tag.trim().toLowerCase()).join('|')}|`;

export const cleanTags = (tags: readonly string[]): string[] => [
  ...new Map(
    tags
      .map((tag) => tag.trim())
      .filter(Boolean)
      .map((tag) => [tag.toLowerCase(), tag]),
  ).values(),
];

export interface CandidateKeys {
  nameKey: string;
  tagsKey: string;
  skillsKey: string;
}

export const candidateKeys = (c: {
  name: string;
  tags: readonly string[];
  resumeText: string | null;
}): CandidateKeys => ({
  nameKey: c.name.trim().toLowerCase(),
  tagsKey: tagsKey(c.tags),
  skillsKey: wordsKey(c.resumeText ?? ''),
});

/** Escapes LIKE's wildcards; use with `ESCAPE '\'`. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface SynonymEntry {
  name: string;
  aliases?: readonly string[];
  /** Names of other entries that also count as evidence for this one. */
  includes?: readonly string[];
}

/**
 * The words a skill search looks for: every spelling of the skill's entry in
 * the screening synonyms and of the entries that count for it (searching
 * "SQL" finds a résumé that says "Postgres"; searching "Postgres" does not
 * find "MySQL"). A skill the table does not know is looked for as written.
 */
export function skillTerms(skill: string, synonyms: readonly SynonymEntry[]): string[] {
  const wanted = wordsKey(skill).trim();
  if (!wanted) return [];
  const key = (text: string) => wordsKey(text).trim();
  const spellings = (entry: SynonymEntry) => [entry.name, ...(entry.aliases ?? [])].map(key).filter(Boolean);
  const byName = new Map(synonyms.map((entry) => [key(entry.name), entry]));
  const terms = new Set([wanted]);
  const start = synonyms.find((entry) => spellings(entry).includes(wanted));
  const seen = new Set<SynonymEntry>();
  const queue = start ? [start] : [];
  while (queue.length) {
    const entry = queue.pop()!;
    if (seen.has(entry)) continue;
    seen.add(entry);
    for (const term of spellings(entry)) terms.add(term);
    for (const name of entry.includes ?? []) {
      const included = byName.get(key(name));
      if (included) queue.push(included);
    }
  }
  return [...terms].sort();
}
