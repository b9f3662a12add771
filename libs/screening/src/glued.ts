/**
 * Résumés pasted from PDFs and skill badges lose the separators between
 * words: "PythonJavaPostgreSQL". A glued word is cut where the casing says a
 * new word starts (lower→Upper, or the end of an acronym before a capitalised
 * word) and between two known names; never inside a known name ("JavaScript",
 * "MySQL"), never so that a piece shorter than three characters is left in
 * front or one character behind, and never before a plural "s" ("APIs").
 */
const MAX_GLUED_WORD = 64;
const MIN_LEFT_PIECE = 3;
const MIN_RIGHT_PIECE = 2;

export type NameIndex = ReadonlyMap<string, readonly string[]>;

export function indexNames(names: readonly string[]): NameIndex {
  const byFirst = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const list = byFirst.get(name[0]) ?? [];
    list.push(name);
    byFirst.set(name[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase();
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Whether a word could be glued at all: an upper-case letter after its first character. */
export function mayBeGlued(word: string): boolean {
  if (word.length < 4 || word.length > MAX_GLUED_WORD) return false;
  for (let i = 1; i < word.length; i += 1) if (isUpper(word[i])) return true;
  return false;
}

/** Positions where a glued word splits, in order; [] when it is one word. */
export function gluedCuts(word: string, names: NameIndex): number[] {
  if (!mayBeGlued(word)) return [];
  const starts = new Set<number>();
  const ends = new Set<number>();
  const inside = new Set<number>();
  let i = 0;
  while (i < word.length) {
    const name = names.get(word[i])?.find((candidate) => word.startsWith(candidate, i));
    if (!name) {
      i += 1;
      continue;
    }
    starts.add(i);
    ends.add(i + name.length);
    for (let p = i + 1; p < i + name.length; p += 1) inside.add(p);
    i += name.length;
  }
  const cuts: number[] = [];
  let last = 0;
  for (let p = 1; p < word.length; p += 1) {
    const known = ends.has(p) && starts.has(p);
    const at = word[p];
    const before = word[p - 1];
    const byCase =
      isUpper(at) &&
      (isLower(before) || isDigit(before) || (isUpper(before) && isLower(word[p + 1]))) &&
      !inside.has(p) &&
      p - last >= MIN_LEFT_PIECE &&
      word.length - p >= MIN_RIGHT_PIECE &&
      !(word.length - p === 2 && word[p + 1] === 's');
    if (known || byCase) {
      cuts.push(p);
      last = p;
    }
  }
  return cuts;
}
