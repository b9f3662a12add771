/**
 * Caps that keep the output bounded whatever the input: a template is read by
 * people and stored in a row, so 200 entries per list and 500 characters per
 * entry are already far beyond any real job description.
 */
export const MAX_INPUT_CHARS = 1_048_576;
export const MAX_ITEMS_PER_SECTION = 200;
export const MAX_ITEM_CHARS = 500;
export const MAX_PARAGRAPH_CHARS = 5_000;
export const MAX_SHORT_FIELD_CHARS = 200;
/** A heading is a short line; longer lines are never tested against heading phrases. */
export const MAX_HEADING_CHARS = 120;
export const MAX_HEADING_WORDS = 10;
export const MAX_WARNINGS = 50;
/** Real postings have a few dozen sections; past this the text is not a posting. */
export const MAX_SECTIONS = 500;
/** Interview plans have a handful of stages; each stage is matched against every item. */
export const MAX_STAGES = 20;
