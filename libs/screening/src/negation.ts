import type { Atom } from './lexer';
import { foldKey } from './vocabulary';
import { SYNONYMS } from './synonyms';

/**
 * A term listed as missing is no evidence: "no OpenAPI yet", "without Docker",
 * "not familiar with Kubernetes, Docker or Helm", "lacking GraphQL", "haven't
 * used AWS". The cue must come before the term, in the same clause, with only
 * filler words ("familiar", "with", "experience", "any") or other listed terms
 * between them. Any other word ends the cue's reach, so "Built REST APIs
 * without Docker, deployed to AWS" still counts AWS.
 */
const CUES = new Set(['no', 'not', 'without', 'lacking', 'lack', 'lacks', 'never', 'none', 'nor', 'neither']);
const CUES_TOO = new Set(['unfamiliar', 'cannot', 'excluding', 'except']);

const FILLER = new Set([
  ...['a', 'an', 'the', 'any', 'much', 'some', 'of', 'on', 'in', 'to', 'for', 'at', 'as', 'with', 'and', 'or', 'also'],
  ...['experience', 'experienced', 'exposure', 'knowledge', 'familiarity', 'familiar', 'skills', 'skill', 'yet'],
  ...['proficiency', 'proficient', 'background', 'expertise', 'prior', 'previous', 'professional', 'commercial'],
  ...['production', 'practical', 'hands', 'real', 'world', 'formal', 'deep', 'direct', 'extensive', 'solid', 'strong'],
  ...['used', 'use', 'using', 'worked', 'work', 'working', 'know', 'learned', 'learnt', 'had', 'have', 'has', 'been'],
  ...['written', 'wrote', 'either', 'really', 'very', 'too', 'still', 'so', 'far', 'i', 'we', 'do', 'did', 'does'],
  ...['am', 'is', 'are', 'was', 'be', 'tools', 'tool', 'frameworks', 'framework', 'technologies', 'like', 'such'],
  ...['e.g', 'including', 'access', 'learn', 'learning'],
]);

/** Words that open a new thought even without punctuation. */
const SCOPE_ENDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'instead', 'only']);

/** Single words of the synonym table, and the capitalised words of its longer names ("Google Cloud"). */
const TERM_WORDS: ReadonlySet<string> = new Set(
  SYNONYMS.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]).flatMap((spelling) =>
    spelling.includes(' ')
      ? spelling
          .split(' ')
          .filter((word) => word[0] !== word[0].toLowerCase())
          .map(foldKey)
      : [foldKey(spelling)],
  ),
);

const REACH = 8;

const isCue = (key: string) => CUES.has(key) || CUES_TOO.has(key) || key.endsWith("n't");

/** Whether the term starting at atoms[i] is listed as missing; `isTerm` adds the checklist's own words to the table's. */
export function isNegated(atoms: readonly Atom[], i: number, isTerm: (key: string) => boolean = () => false): boolean {
  const { clause } = atoms[i];
  for (let j = i - 1; j >= 0 && j >= i - REACH; j -= 1) {
    const { key } = atoms[j];
    if (atoms[j].clause !== clause) return false;
    if (isCue(key)) return true;
    // "yet to learn Docker"
    if (key === 'yet' && atoms[j + 1]?.key === 'to') return true;
    if (SCOPE_ENDS.has(key)) return false;
    if (!FILLER.has(key) && !TERM_WORDS.has(key) && !isTerm(key)) return false;
  }
  return false;
}
