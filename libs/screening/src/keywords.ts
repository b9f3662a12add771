import { lex } from './lexer';
import { addPhrases, compilePhrase, findPhrases, type Phrase, type PhraseIndex } from './phrases';
import { type Synonym, SYNONYMS } from './synonyms';
import { foldKey } from './vocabulary';

/** A spelling's phrase, compiled once for the whole table. */
type Spelling = Phrase<string>;

const normalized = (text: string) =>
  lex(text)
    .map((atom) => atom.key)
    .join(' ');

const BY_NAME = new Map(SYNONYMS.map((entry) => [entry.name, entry]));
const BY_SPELLING = new Map<string, Synonym>();
for (const entry of SYNONYMS) BY_SPELLING.set(normalized(entry.name), entry);
for (const entry of SYNONYMS) {
  for (const alias of entry.aliases ?? [])
    if (!BY_SPELLING.has(normalized(alias))) BY_SPELLING.set(normalized(alias), entry);
}

function ownSpellings(entry: Synonym): Spelling[] {
  return [entry.name, ...(entry.aliases ?? [])].flatMap((spelling) => {
    const phrase = compilePhrase(spelling, entry.exactCase?.includes(spelling) ?? false, spelling, entry);
    return phrase ? [phrase] : [];
  });
}
const OWN = new Map(SYNONYMS.map((entry) => [entry, ownSpellings(entry)]));

/** The entry's spellings and those of every entry it includes, transitively (Databases → SQL → Postgres). */
function evidenceSpellings(entry: Synonym, seen = new Set<Synonym>()): Spelling[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const own = entry.umbrella ? [] : (OWN.get(entry) ?? []);
  const included = (entry.includes ?? []).flatMap((name) => {
    const member = BY_NAME.get(name);
    return member ? evidenceSpellings(member, seen) : [];
  });
  return [...own, ...included];
}

/** How a keyword is matched, and the name its evidence is reported under. */
export interface KeywordMatcher {
  name: string;
  spellings: Spelling[];
}

/**
 * A checklist keyword → the spellings that are evidence for it. A keyword the
 * table does not know is matched as written, without regard to case unless it
 * is one or two characters long ("R", "Qt").
 */
export function keywordMatcher(keyword: string): KeywordMatcher | null {
  const entry = BY_SPELLING.get(normalized(keyword));
  if (entry) return { name: entry.name, spellings: evidenceSpellings(entry) };
  const phrase = compilePhrase(keyword.trim(), keyword.trim().length <= 2, keyword.trim());
  return phrase ? { name: keyword.trim(), spellings: [phrase] } : null;
}

const LABEL_INDEX: PhraseIndex<Synonym> = addPhrases(
  new Map(),
  SYNONYMS.flatMap((entry) => (OWN.get(entry) ?? []).map((phrase) => ({ ...phrase, payload: entry }))),
);

/** Table terms a label names, for items that came without keywords: "…at least one backend programming language". */
export function termsInLabel(label: string): string[] {
  const names: string[] = [];
  for (const { phrase } of findPhrases(lex(label), LABEL_INDEX)) {
    if (!names.includes(phrase.payload.name)) names.push(phrase.payload.name);
  }
  return names;
}

const singular = (text: string) => {
  const key = foldKey(text);
  return key.endsWith('s') ? key.slice(0, -1) : key;
};

/** "SQL (via Postgres)"; just "Databases" when the résumé wrote the name itself (or its other number). */
export function matchedLabel(name: string, spelling: string): string {
  return singular(name) === singular(spelling) ? name : `${name} (via ${spelling})`;
}
