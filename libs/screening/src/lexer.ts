import { gluedCuts, indexNames } from './glued';
import { ABBREVIATIONS, foldKey, GLUE_NAMES, WHOLE_WORDS } from './vocabulary';

/** A word of the text, where it is, and which clause and line it belongs to. */
export interface Atom {
  /** As written. */
  text: string;
  /** Lower-cased, for matching. */
  key: string;
  start: number;
  end: number;
  /** Increments at every sentence or clause break (. ; : ! ? brackets, dashes, bullets, line ends). */
  clause: number;
  line: number;
  /** Only spaces (or a cut inside one written word) separate it from the atom before. */
  tight: boolean;
}

const NAMES = indexNames(GLUE_NAMES);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const TAB = 9;
const LINE_FEED = 10;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const SPACE = 32;

/** Characters a word may contain besides letters and digits: C++, C#, Node.js, CI/CD, T-SQL, Bachelor's. */
const WORD_PUNCTUATION = new Set(['+', '#', '.', "'", '’', '/', '-']);
const CLAUSE_BREAKS = new Set([
  ...['!', '?', ';', ':', '(', ')', '[', ']', '{', '}', '|', '<', '>'],
  ...['•', '·', '▪', '●', '◦', '■', '►', '➢', '✓', '✔', '–', '—', '\u2028', '\u2029'],
]);
const TRAILING_STRIP = new Set(['.', "'", '’', '-', '/', '+']);
const LEADING_STRIP = new Set(['.', "'", '’', '-', '/', '+']);

function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      WORD_PUNCTUATION.has(char)
    );
  }
  return char === '’' || LETTER_OR_DIGIT.test(char);
}

/** "Google's" → "Google"; "Bachelor's" is a whole word and kept. */
function isPossessive(text: string, start: number, end: number): boolean {
  return (
    end - start >= 3 &&
    (text[end - 1] === 's' || text[end - 1] === 'S') &&
    (text[end - 2] === "'" || text[end - 2] === '’')
  );
}

const LONGEST_WHOLE_WORD = Math.max(...[...WHOLE_WORDS].map((word) => word.length));

/** Whether text[start, end) is a whole word of the tables; the length check keeps punctuation runs linear. */
function isWhole(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_WHOLE_WORD && WHOLE_WORDS.has(keyOf(text.slice(start, end)));
}

function keyOf(text: string): string {
  const key = foldKey(text);
  for (let i = 0; i < key.length; i += 1) {
    // Text from PDFs carries ligatures and full-width letters ("ﬁ", "Ｐython") that NFKC folds.
    if (key.charCodeAt(i) > 127) return key.normalize('NFKC');
  }
  return key;
}

class Lexer {
  readonly atoms: Atom[] = [];
  private clause = 0;
  private line = 0;
  private tight = false;

  constructor(private readonly text: string) {}

  run(): Atom[] {
    const { text } = this;
    let i = 0;
    while (i < text.length) {
      const char = text[i];
      if (isWordChar(char)) {
        let j = i + 1;
        while (j < text.length && isWordChar(text[j])) j += 1;
        this.word(i, j);
        i = j;
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === LINE_FEED || code === FORM_FEED || (code === CARRIAGE_RETURN && text[i + 1] !== '\n')) {
        this.line += 1;
        this.clause += 1;
      } else if (CLAUSE_BREAKS.has(char)) {
        this.clause += 1;
      }
      if (code !== SPACE && code !== TAB) this.tight = false;
      i += 1;
    }
    return this.atoms;
  }

  /** One run of word characters: trimmed of punctuation, then kept whole, split at - and /, or unglued. */
  private word(from: number, to: number): void {
    const { text } = this;
    let start = from;
    let end = to;
    let sentenceEnd = false;
    while (end > start && TRAILING_STRIP.has(text[end - 1]) && !isWhole(text, start, end)) {
      if (text[end - 1] === '.') sentenceEnd = true;
      end -= 1;
    }
    while (start < end && LEADING_STRIP.has(text[start]) && !isWhole(text, start, end)) {
      start += 1;
    }
    if (start === end) {
      // A lone dash or full stop between words separates clauses.
      for (let p = from; p < to; p += 1) if (text[p] === '.' || text[p] === '-') this.clause += 1;
      this.tight = false;
      return;
    }
    if (isWhole(text, start, end)) {
      this.push(start, end, keyOf(text.slice(start, end)));
    } else {
      this.parts(start, end);
    }
    if (sentenceEnd && !ABBREVIATIONS.has(this.atoms[this.atoms.length - 1]?.key ?? '')) this.clause += 1;
    this.tight = true;
  }

  private parts(from: number, to: number): void {
    const { text } = this;
    let partStart = from;
    for (let p = from; p <= to; p += 1) {
      if (p < to && text[p] !== '/' && text[p] !== '-') continue;
      let start = partStart;
      let end = p;
      partStart = p + 1;
      if (end > start && isWhole(text, start, end)) {
        this.push(start, end, keyOf(text.slice(start, end)));
        continue;
      }
      while (end > start && (text[end - 1] === '.' || text[end - 1] === "'" || text[end - 1] === '’')) end -= 1;
      while (start < end && (text[start] === '.' || text[start] === "'" || text[start] === '’')) start += 1;
      if (isPossessive(text, start, end) && !isWhole(text, start, end)) end -= 2;
      if (start === end) continue;
      const piece = text.slice(start, end);
      if (isWhole(text, start, end)) {
        this.push(start, end, keyOf(piece));
        continue;
      }
      let last = 0;
      for (const cut of [...gluedCuts(piece, NAMES), piece.length]) {
        this.push(start + last, start + cut, keyOf(piece.slice(last, cut)));
        last = cut;
      }
    }
  }

  private push(start: number, end: number, key: string): void {
    this.atoms.push({
      text: this.text.slice(start, end),
      key,
      start,
      end,
      clause: this.clause,
      line: this.line,
      tight: this.tight,
    });
    this.tight = true;
  }
}

/** The words of a text, with their offsets: one pass, no regular expression built per text. */
export function lex(text: string): Atom[] {
  return new Lexer(text).run();
}
