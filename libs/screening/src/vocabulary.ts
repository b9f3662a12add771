import { DEGREES, FIELDS } from './degree-terms';
import { SYNONYMS } from './synonyms';

/** Every spelling the tables know, as written there. */
export const ALL_SPELLINGS: readonly string[] = [
  ...SYNONYMS.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]),
  ...DEGREES.flatMap((degree) => degree.spellings),
  ...FIELDS.flatMap((field) => [field.name, ...(field.aliases ?? [])]),
];

export const foldKey = (text: string) => text.toLowerCase().replaceAll('’', "'");

/**
 * One-word spellings with punctuation inside ("Node.js", "CI/CD", "PL/SQL",
 * ".NET", "B.Sc") stay whole instead of being cut at the punctuation. Hyphens
 * always cut, so that "problem-solving" and "problem solving" read the same.
 */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(
  ALL_SPELLINGS.filter((spelling) => !spelling.includes(' ') && !spelling.includes('-')).map(foldKey),
);

/**
 * Names a glued word may be cut between, and is never cut inside:
 * "PythonJavaPostgreSQL" → Python | Java | PostgreSQL, but "JavaScript" stays whole.
 */
export const GLUE_NAMES: readonly string[] = [
  ...ALL_SPELLINGS.filter((spelling) => !/[\s./-]/.test(spelling) && spelling.length >= 2),
  ...['API', 'APIs', 'SDK', 'SDKs', 'IDE', 'IDEs', 'JSON', 'HTML', 'CSS', 'YAML', 'macOS', 'iOS', 'LinkedIn'],
];

/** A full stop after these ends no sentence: "B.Sc. Computer Science", "e.g. Docker". */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'dept', 'univ', 'inc', 'ltd', 'co', 'jr', 'sr', 'dr', 'prof', 'st'],
  ...DEGREES.flatMap((degree) => degree.spellings)
    .filter((spelling) => spelling.includes('.') && !spelling.includes(' '))
    .map(foldKey),
]);
