import { CAMEL_CASE_NAMES } from './vocabulary';

/**
 * Scraped pages lose the markup between list entries, so "Git" and "GitHub"
 * arrive as "GitGitHub". A glued word is cut only where the casing says a new
 * word starts (lower→Upper, or the end of an acronym before a capitalised word)
 * or between two known names; never inside a known CamelCase name, and never
 * so that a piece shorter than three letters is left in front ("iOS", "PyCharm")
 * or a single letter behind ("IntelliJ").
 */
const MAX_GLUED_WORD = 64;
const MIN_LEFT_PIECE = 3;
const MIN_RIGHT_PIECE = 2;

function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c < '\u0080') return c >= 'A' && c <= 'Z';
  return c !== c.toLowerCase();
}
function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c < '\u0080') return c >= 'a' && c <= 'z';
  return c !== c.toUpperCase();
}
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

type NameIndex = Map<string, string[]>;

export function indexNames(names: readonly string[]): NameIndex {
  const byFirst: NameIndex = new Map();
  for (const name of new Set(names)) {
    if (name.length < 2) continue;
    const list = byFirst.get(name[0]) ?? [];
    list.push(name);
    byFirst.set(name[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

const DEFAULT_NAMES = indexNames(CAMEL_CASE_NAMES);

interface Span {
  start: number;
  end: number;
}

function knownSpans(word: string, names: NameIndex): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < word.length) {
    const name = names.get(word[i])?.find((candidate) => word.startsWith(candidate, i));
    if (name) {
      spans.push({ start: i, end: i + name.length });
      i += name.length;
    } else {
      i += 1;
    }
  }
  return spans;
}

function caseBoundary(word: string, p: number): boolean {
  const before = word[p - 1];
  const at = word[p];
  if (!isUpper(at)) return false;
  if (isLower(before) || isDigit(before)) return true;
  return isUpper(before) && isLower(word[p + 1]);
}

export function splitGluedWord(word: string, names: NameIndex = DEFAULT_NAMES): string[] {
  if (word.length < 2 || word.length > MAX_GLUED_WORD) return [word];
  const spans = knownSpans(word, names);
  const insideKnown = (p: number) => spans.some((s) => p > s.start && p < s.end);
  const betweenKnown = (p: number) => spans.some((s) => s.end === p) && spans.some((s) => s.start === p);
  const cuts: number[] = [];
  let last = 0;
  for (let p = 1; p < word.length; p += 1) {
    const known = betweenKnown(p);
    const byCase =
      caseBoundary(word, p) && !insideKnown(p) && p - last >= MIN_LEFT_PIECE && word.length - p >= MIN_RIGHT_PIECE;
    if (known || byCase) {
      cuts.push(p);
      last = p;
    }
  }
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...cuts, word.length]) {
    pieces.push(word.slice(from, cut));
    from = cut;
  }
  return pieces;
}

/** Splits glued words but keeps spaces: "Backend Engineer InternJob Description" → "… Intern Job Description". */
export function unglue(text: string): string {
  return text
    .split(' ')
    .map((word) => splitGluedWord(word).join(' '))
    .join(' ');
}

const LIST_SEPARATORS = [',', ';', '|', '·', '•', ' / ', ' and ', ' & ', ' or '];

function splitOnSeparators(line: string): string[] {
  let parts = [line];
  for (const separator of LIST_SEPARATORS) parts = parts.flatMap((part) => part.split(separator));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * A line of tool names → the names. Spaces join the words of one name ("New
 * Relic"); glue boundaries and separators end a name: "GrafanaNew Relic" →
 * ["Grafana", "New Relic"].
 */
export function splitGluedList(line: string): string[] {
  const items: string[] = [];
  for (const part of splitOnSeparators(line)) {
    let current: string[] = [];
    for (const word of part.split(' ')) {
      if (word.length === 0) continue;
      const pieces = splitGluedWord(word);
      current.push(pieces[0]);
      for (const piece of pieces.slice(1)) {
        items.push(current.join(' '));
        current = [piece];
      }
    }
    if (current.length > 0) items.push(current.join(' '));
  }
  return [...new Set(items)];
}
