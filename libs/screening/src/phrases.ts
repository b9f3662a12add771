import { type Atom, lex } from './lexer';

/**
 * A spelling compiled once into the words it is made of, so that matching a
 * résumé is a map lookup per word and a few string comparisons, with no
 * regular expression and no backtracking.
 */
export interface PhraseWord {
  key: string;
  /** The other number of the last word ("unit test" ↔ "unit tests"), or null. */
  alternative: string | null;
  /** The exact spelling required, for words that are also ordinary English ("Go", "REST"). */
  exact: string | null;
}

export interface Guards {
  notBefore?: readonly string[];
  notAfter?: readonly string[];
}

export interface Phrase<T> {
  words: PhraseWord[];
  notBefore: ReadonlySet<string> | null;
  notAfter: ReadonlySet<string> | null;
  payload: T;
}

export type PhraseIndex<T> = Map<string, Phrase<T>[]>;

/** `#` in a guard list stands for any number: "Spring 2024". */
export const ANY_NUMBER = '#';

const MIN_PLURAL_STEM = 4;

function isPlainWord(key: string): boolean {
  for (let i = 0; i < key.length; i += 1) {
    const code = key.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

function alternativeNumber(key: string): string | null {
  if (key.length < MIN_PLURAL_STEM || !isPlainWord(key) || key.endsWith('ss')) return null;
  return key.endsWith('s') ? key.slice(0, -1) : `${key}s`;
}

/** The words of a spelling; [] when it has none. */
export function compilePhrase<T>(
  spelling: string,
  exactCase: boolean,
  payload: T,
  guards: Guards = {},
): Phrase<T> | null {
  const atoms = lex(spelling);
  if (atoms.length === 0) return null;
  const words = atoms.map((atom, i): PhraseWord => ({
    key: atom.key,
    alternative: !exactCase && i === atoms.length - 1 ? alternativeNumber(atom.key) : null,
    exact: exactCase ? atom.text : null,
  }));
  const set = (list?: readonly string[]) =>
    list && list.length > 0 ? new Set(list.map((w) => w.toLowerCase())) : null;
  return { words, notBefore: set(guards.notBefore), notAfter: set(guards.notAfter), payload };
}

/** Adds phrases, keeping each first-word list longest first so the longest spelling wins. */
export function addPhrases<T>(index: PhraseIndex<T>, phrases: Iterable<Phrase<T>>): PhraseIndex<T> {
  const touched = new Set<Phrase<T>[]>();
  const add = (key: string, phrase: Phrase<T>) => {
    const list = index.get(key) ?? [];
    list.push(phrase);
    index.set(key, list);
    touched.add(list);
  };
  for (const phrase of phrases) {
    const [first] = phrase.words;
    add(first.key, phrase);
    if (first.alternative !== null) add(first.alternative, phrase);
  }
  for (const list of touched) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function isNumber(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i += 1) {
    const code = key.charCodeAt(i);
    if ((code < 48 || code > 57) && key[i] !== '.') return false;
  }
  return true;
}

function guarded(set: ReadonlySet<string> | null, atom: Atom | undefined, clause: number): boolean {
  if (set === null || atom === undefined || atom.clause !== clause) return false;
  return set.has(atom.key) || (set.has(ANY_NUMBER) && isNumber(atom.key));
}

/** Whether the phrase is written at atoms[i…]: same clause, words in a row, exact case where required, guards clear. */
export function matchesAt<T>(atoms: readonly Atom[], i: number, phrase: Phrase<T>): boolean {
  const { words } = phrase;
  const first = atoms[i];
  if (i + words.length > atoms.length) return false;
  for (let k = 0; k < words.length; k += 1) {
    const atom = atoms[i + k];
    const word = words[k];
    if (atom.key !== word.key && atom.key !== word.alternative) return false;
    if (word.exact !== null && atom.text !== word.exact) return false;
    if (k > 0 && (!atom.tight || atom.clause !== first.clause)) return false;
  }
  if (guarded(phrase.notBefore, atoms[i + words.length], first.clause)) return false;
  return !guarded(phrase.notAfter, atoms[i - 1], first.clause);
}

/** Non-overlapping matches, longest first at each position, left to right. */
export function* findPhrases<T>(
  atoms: readonly Atom[],
  index: PhraseIndex<T>,
): Generator<{ phrase: Phrase<T>; at: number }> {
  let i = 0;
  while (i < atoms.length) {
    const phrase = index.get(atoms[i].key)?.find((candidate) => matchesAt(atoms, i, candidate));
    if (phrase) {
      yield { phrase, at: i };
      i += phrase.words.length;
    } else {
      i += 1;
    }
  }
}
