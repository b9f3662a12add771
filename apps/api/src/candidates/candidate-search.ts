/**
 * What a candidate search matches, as data: the LIKE patterns PostgreSQL
 * reads and the FTS5 queries SQLite reads give the same answer.
 *
 * - `q` (trimmed, lower-cased) of 3 characters or more: the name or the email
 *   contains it, or the résumé has its words in a row, the last one as the
 *   start of a word when it has 3 characters or more, else whole ("spring
 *   bo" needs the word "bo").
 * - `q` of 1 or 2 characters: the name or the email starts with it, or the
 *   résumé has it as a word ("go", "c#"). Shorter than a trigram, a substring
 *   anywhere would need a scan of every candidate.
 * - `tag`: one of the candidate's tags, exactly (case aside).
 * - `skill`: a word of the résumé, with the screening synonyms.
 */
import { escapeLike, tagsKey, wordsKey } from './candidate-keys';

/** The shortest text a trigram index can find anywhere in a string. */
export const MIN_SUBSTRING = 3;

export interface TextTerms {
  /** Lower-cased and trimmed: what name and email are compared with. */
  text: string;
  /** Under MIN_SUBSTRING characters: name and email by prefix, the résumé by whole word. */
  short: boolean;
  /** The résumé's words to look for in a row ('' when the text has none). */
  words: string;
  /** Whether the last of `words` may be the start of a longer word. */
  lastWordPrefix: boolean;
}

export function textTerms(q: string): TextTerms | null {
  const text = q.trim().toLowerCase();
  if (!text) return null;
  const words = wordsKey(text).trim();
  const short = [...text].length < MIN_SUBSTRING;
  const last = words.split(' ').pop() ?? '';
  return { text, short, words, lastWordPrefix: !short && [...last].length >= MIN_SUBSTRING };
}

// ── PostgreSQL: LIKE on the key columns (pg_trgm GIN indexes) ────────────────

/** The LIKE patterns (`ESCAPE '\'`) for the text: name/email, and the résumé's words ('' when none). */
export function likePatterns(terms: TextTerms): { nameOrEmail: string; resume: string } {
  return {
    nameOrEmail: terms.short ? `${escapeLike(terms.text)}%` : `%${escapeLike(terms.text)}%`,
    resume: terms.words ? `% ${escapeLike(terms.words)}${terms.lastWordPrefix ? '' : ' '}%` : '',
  };
}

export const tagLike = (tag: string): string => `%${escapeLike(tagsKey([tag]))}%`;

// ── SQLite: FTS5 (see migration 1766707200000) ───────────────────────────────

/** An FTS5 string: tokenized by the table's tokenizer, no operator inside it means anything. */
export const ftsString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The résumé part of the text, for candidate_search_words ('' when the text has no word). */
export function resumeMatch(terms: TextTerms): string {
  if (!terms.words) return '';
  return `skills_key : ${ftsString(terms.words)}${terms.lastWordPrefix ? '*' : ''}`;
}

/** Name or email containing the text, for candidate_search_names (3 characters or more). */
export const nameOrEmailMatch = (terms: TextTerms): string => `{name_key email} : ${ftsString(terms.text)}`;

/** The exact tag, for candidate_search_names: `|tag|` inside tags_key. */
export const tagNamesMatch = (tag: string): string => `tags_key : ${ftsString(tagsKey([tag]))}`;

/**
 * The tag as one term `|tag|` of candidate_search_words (one term, so cheaper
 * than the trigrams of candidate_search_names); null when the tag has a
 * character the tokenizer splits words on (a space, a slash…): that tag has
 * no term of its own.
 */
export function tagWordsMatch(tag: string): string | null {
  const key = tagsKey([tag]);
  return /^\|[\p{L}\p{N}+#._-]+\|$/u.test(key) ? `tag_words : ${ftsString(key)}` : null;
}

/** A skill as whole words, any of its spellings, for candidate_search_words. */
export const skillMatch = (terms: readonly string[]): string => `skills_key : (${terms.map(ftsString).join(' OR ')})`;

/** GLOB pattern for "starts with": the wildcards * ? [ taken literally. */
export const globPrefix = (text: string): string => `${text.replace(/[*?[]/g, (c) => `[${c}]`)}*`;
