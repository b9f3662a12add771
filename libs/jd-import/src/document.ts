import { parseBullet } from './bullets';
import { type Field, parseField } from './fields';
import { MAX_ITEM_CHARS, MAX_ITEMS_PER_SECTION, MAX_PARAGRAPH_CHARS, MAX_SECTIONS } from './limits';
import { type Heading, parseHeading, type SectionKind } from './sections';
import { collapseSpaces, truncate } from './text';

export type Line =
  | { type: 'blank' }
  | { type: 'heading'; heading: Heading }
  | { type: 'subheading'; text: string }
  | { type: 'field'; field: Field }
  | { type: 'bullet'; text: string }
  | { type: 'text'; text: string; indented: boolean };

export interface Section {
  kind: SectionKind;
  heading: string;
  level: number;
  body: Line[];
}

export function classifyLine(raw: string): Line {
  const text = raw.trim();
  if (text.length === 0) return { type: 'blank' };
  const bullet = parseBullet(text);
  if (bullet) return { type: 'bullet', text: bullet.text };
  const field = parseField(text);
  if (field) return { type: 'field', field };
  const heading = parseHeading(text);
  if (heading) return { type: 'heading', heading };
  return { type: 'text', text, indented: raw.startsWith(' ') };
}

/**
 * Known headings open a section. An unknown heading set with a colon or in bold
 * subdivides the current section ("Technical:" inside "Requirements"); an
 * unknown markdown heading ends it unless it is nested below the section's own.
 */
export function groupSections(lines: readonly Line[]): { sections: Section[]; truncated: boolean } {
  let current: Section = { kind: 'preamble', heading: '', level: 0, body: [] };
  const sections: Section[] = [current];
  for (const line of lines) {
    if (sections.length > MAX_SECTIONS) return { sections: sections.slice(0, MAX_SECTIONS), truncated: true };
    if (line.type !== 'heading') {
      current.body.push(line);
      continue;
    }
    const { heading } = line;
    const nested = heading.markup === 'markdown' && current.level > 0 && heading.level > current.level;
    if (heading.kind === 'other' && (heading.markup !== 'markdown' || nested)) {
      current.body.push({ type: 'subheading', text: heading.text });
      continue;
    }
    current = { kind: heading.kind, heading: heading.text, level: heading.level, body: [] };
    sections.push(current);
    if (heading.inline) current.body.push({ type: 'text', text: heading.inline, indented: false });
  }
  return { sections, truncated: false };
}

export interface Entries {
  entries: string[];
  /** How many entries were dropped beyond the cap. */
  dropped: number;
  /** How many entries were cut to the length cap. */
  shortened: number;
}

const hasWordCharacter = (text: string) => /[\p{L}\p{N}]/u.test(text);
const startsLowercase = (text: string) => text[0] !== text[0].toUpperCase();

/**
 * A section's list entries. With list markers, unmarked lines are prose
 * (lead-ins like "Here's what a solid candidate brings:") unless they continue
 * the entry above; without markers, every line is an entry except a lead-in
 * ending with a colon.
 */
export function listEntries(body: readonly Line[], limit: number = MAX_ITEMS_PER_SECTION): Entries {
  const hasBullets = body.some((line) => line.type === 'bullet');
  const raw: string[] = [];
  let previous: Line['type'] = 'blank';
  for (const line of body) {
    let type = line.type;
    if (line.type === 'bullet') {
      raw.push(line.text);
    } else if (line.type === 'text') {
      const continues =
        hasBullets && previous === 'bullet' && raw.length > 0 && (line.indented || startsLowercase(line.text));
      if (continues) {
        const last = raw.length - 1;
        if (raw[last].length <= MAX_ITEM_CHARS) raw[last] = `${raw[last]} ${line.text}`;
        type = 'bullet';
      } else if (!hasBullets && !line.text.endsWith(':')) {
        raw.push(line.text);
      }
    }
    previous = type;
    if (raw.length > limit * 4) break;
  }
  const cleaned = raw.map((entry) => collapseSpaces(entry.slice(0, MAX_ITEM_CHARS * 2))).filter(hasWordCharacter);
  const kept = cleaned.slice(0, limit);
  let shortened = 0;
  const entries = kept.map((entry) => {
    const cut = truncate(entry);
    if (cut.length < entry.length) shortened += 1;
    return cut;
  });
  return { entries, dropped: Math.max(0, cleaned.length - limit), shortened };
}

/** Prose of a section: lines joined within a paragraph, paragraphs split at blank lines. */
export function paragraphs(body: readonly Line[], maxChars: number = MAX_PARAGRAPH_CHARS): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  const close = () => {
    if (current.length > 0) out.push(truncate(collapseSpaces(current.join(' ')), maxChars));
    current = [];
    length = 0;
  };
  for (const line of body) {
    if (line.type === 'blank' || line.type === 'subheading') {
      close();
    } else if ((line.type === 'text' || line.type === 'bullet') && length <= maxChars) {
      const text = line.text.slice(0, maxChars + 1);
      current.push(text);
      length += text.length + 1;
    }
    if (out.length > MAX_ITEMS_PER_SECTION) break;
  }
  close();
  return out.filter(hasWordCharacter);
}
