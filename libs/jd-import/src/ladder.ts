import { type Level, LEVELS, type ParsedLadder } from '@shortlist/contracts';
import { stripEmphasis } from './bullets';
import { toLevel } from './levels';
import { MAX_ITEMS_PER_SECTION, MAX_PARAGRAPH_CHARS } from './limits';
import { normalizeText } from './normalize';
import { collapseSpaces, truncate } from './text';

const ARTICLES = new Set(['a', 'an', 'the']);
const LEVEL_WORDS = [
  'mid-level',
  'mid level',
  'intern',
  'graduate',
  'junior',
  'senior',
  'lead',
  'sr.',
  'jr.',
  'sr',
  'jr',
];

/**
 * Paragraphs of a ladder document. Each line ending a sentence is a paragraph of
 * its own (the usual copy-paste of a web page); a line without end punctuation
 * runs on into the next, and blank lines always separate.
 */
function ladderParagraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = stripEmphasis(raw.replace(/^#+\s*/, '')).trim();
    if (line.length === 0) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    current = current ? `${current} ${line}` : line;
    if (current.length > MAX_PARAGRAPH_CHARS || /[.!?:]$/.test(line) || looksLikeLevelHeader(line)) {
      out.push(truncate(collapseSpaces(current), MAX_PARAGRAPH_CHARS));
      current = '';
    }
    if (out.length > MAX_ITEMS_PER_SECTION * 10) break;
  }
  if (current) out.push(truncate(collapseSpaces(current), MAX_PARAGRAPH_CHARS));
  return out;
}

/**
 * The level a paragraph introduces: it opens with the level, after an optional
 * article, followed by a capitalised role word or nothing ("A Graduate Back-End
 * Engineer is …", "Intern Back-End Engineers are …", "## Senior"). "Senior
 * engineers review …" inside another level's text introduces nothing.
 */
function levelIntroduced(paragraph: string): Level | null {
  const words = paragraph.slice(0, 200).split(' ');
  const start = ARTICLES.has(words[0]?.toLowerCase() ?? '') ? 1 : 0;
  const rest = words.slice(start).join(' ');
  const lower = rest.toLowerCase();
  for (const word of LEVEL_WORDS) {
    if (!lower.startsWith(word)) continue;
    const after = rest.slice(word.length);
    const next = after.replace(/^[\s:—–-]+/, '');
    const boundary = after.length === 0 || /^[\s:—–-]/.test(after);
    if (!boundary) continue;
    if (next.length === 0 || /^\p{Lu}/u.test(next)) return toLevel(word);
  }
  return null;
}

function looksLikeLevelHeader(line: string): boolean {
  return line.split(' ').length <= 5 && levelIntroduced(line) !== null;
}

/**
 * A career ladder → its levels, each with the first paragraph that describes it
 * (for a level given as a bare heading, the paragraph after the heading).
 */
export function parseLadder(text: string): ParsedLadder {
  const { lines, warnings } = normalizeText(text);
  const found = new Map<Level, string>();
  let waitingFor: Level | null = null;
  for (const paragraph of ladderParagraphs(lines)) {
    const level = levelIntroduced(paragraph);
    const header = level !== null && paragraph.split(' ').length <= 5;
    if (level && !found.has(level)) {
      if (header) {
        waitingFor = level;
        found.set(level, '');
      } else {
        found.set(level, paragraph);
        waitingFor = null;
      }
      continue;
    }
    if (waitingFor && !level) {
      found.set(waitingFor, paragraph);
      waitingFor = null;
    }
  }
  const levels = LEVELS.filter((level) => found.has(level)).map((level) => ({
    name: level,
    description: found.get(level) ?? '',
  }));
  for (const level of levels) {
    if (level.description.length === 0) warnings.push(`No description found for the ${level.name} level`);
  }
  if (levels.length === 0) warnings.push('No career levels found');
  else {
    const missing = LEVELS.filter((level) => !found.has(level));
    if (missing.length > 0) warnings.push(`Levels not described: ${missing.join(', ')}`);
  }
  return { levels, warnings };
}
