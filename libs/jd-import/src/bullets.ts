/**
 * List markers job descriptions use. Pages copied from the web often lose the
 * check-mark icon's markup and keep its alt text glued to the entry
 * ("CheckmarkCurrently pursuing…"); that is a marker only when a capital letter
 * follows at once, so "Checking code" or "Check Point" stay as written.
 */
const SYMBOL_MARKERS = '•◦▪▫●○■□►▶▸➤➢→✔✓☑✅✗✘⁃∙·';
const ASCII_MARKERS = '-*+–—';
const GLUED_DECORATIONS = ['Checkmark', 'Check'];
/** Product names that begin like a decoration but are the entry itself. */
const NOT_DECORATED = ['CheckPoint', 'Checkmarx'];

export interface Bullet {
  text: string;
}

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === ' ';

function afterNumber(line: string): number {
  let i = 0;
  const open = line[0] === '(';
  if (open) i += 1;
  const digitsFrom = i;
  while (i < line.length && i - digitsFrom < 3 && isDigit(line[i])) i += 1;
  if (i === digitsFrom) return -1;
  if (open ? line[i] !== ')' : line[i] !== '.' && line[i] !== ')') return -1;
  i += 1;
  return isSpace(line[i]) ? i : -1;
}

function afterCheckbox(line: string): number {
  return /^\[[ xX]\]/.test(line) ? 3 : 0;
}

/** The entry of a list line without its marker, or null when the line is not a list entry. */
export function parseBullet(rawLine: string): Bullet | null {
  const line = rawLine.trim();
  if (line.length === 0) return null;
  let rest: string | null = null;
  if (SYMBOL_MARKERS.includes(line[0])) {
    rest = line.slice(1);
  } else if (ASCII_MARKERS.includes(line[0]) && isSpace(line[1])) {
    rest = line.slice(2);
  } else {
    const numbered = afterNumber(line);
    if (numbered > 0) rest = line.slice(numbered);
  }
  if (rest === null) {
    const decoration = GLUED_DECORATIONS.find((d) => line.startsWith(d) && isUpper(line[d.length]));
    if (decoration && !NOT_DECORATED.some((name) => line.startsWith(name))) rest = line.slice(decoration.length);
  }
  if (rest === null) return null;
  rest = rest.trim();
  rest = rest.slice(afterCheckbox(rest)).trim();
  return { text: stripEmphasis(rest) };
}

/** Markdown emphasis around words carries no meaning for a checklist entry. */
export function stripEmphasis(text: string): string {
  return text.replaceAll('**', '').replaceAll('__', '').trim();
}
