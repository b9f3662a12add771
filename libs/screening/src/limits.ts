/**
 * A résumé is a few pages; 200,000 characters is about 60 of them. Anything
 * longer is screened on its first 200,000 characters only, so that one pasted
 * book cannot cost what a thousand résumés do.
 */
export const MAX_RESUME_CHARS = 200_000;

/** A reviewer reads a handful of snippets per item; the rest would only repeat them. */
export const MAX_EVIDENCE_PER_ITEM = 5;

/** Characters of context on each side of a match, before trimming to whole words. */
export const SNIPPET_RADIUS = 40;
