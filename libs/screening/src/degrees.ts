import { DEGREE_LEVEL_NAMES, DEGREE_LEVELS, DEGREES, type DegreeLevel, FIELDS } from './degree-terms';
import { type Atom, lex } from './lexer';
import { compilePhrase, findPhrases, type Phrase, type PhraseIndex, addPhrases } from './phrases';

type Mention =
  | { kind: 'degree'; level: DegreeLevel; boundOnly: boolean; generic: boolean; from: number; to: number }
  | { kind: 'field'; name: string; from: number; to: number };
type Payload =
  { kind: 'degree'; level: DegreeLevel; boundOnly: boolean; generic: boolean } | { kind: 'field'; name: string };

const phrases: Phrase<Payload>[] = [];
for (const degree of DEGREES) {
  for (const spelling of degree.spellings) {
    const payload: Payload = {
      kind: 'degree',
      level: degree.level,
      boundOnly: degree.boundOnly?.includes(spelling) ?? false,
      generic: spelling === 'degree',
    };
    const phrase = compilePhrase(spelling, degree.exactCase?.includes(spelling) ?? false, payload, degree);
    if (phrase) phrases.push(phrase);
  }
}
for (const field of FIELDS) {
  for (const spelling of [field.name, ...(field.aliases ?? [])]) {
    const phrase = compilePhrase<Payload>(spelling, field.exactCase?.includes(spelling) ?? false, {
      kind: 'field',
      name: field.name,
    });
    if (phrase) phrases.push(phrase);
  }
}
const INDEX: PhraseIndex<Payload> = addPhrases(new Map(), phrases);

const RELATED_FIELDS = FIELDS.map((field) => field.name);
/** Words that may sit between a degree and its field: "Master's degree in", "B.Sc. (Hons) Computing". */
const BETWEEN = new Set(['degree', 'hons', 'honours', 'honors', 'with', 'first', 'class', 'candidate', 'student']);
const CONNECTORS = new Set(['in', 'of', 'majoring', 'major', 'concentration']);
const RELATED_WORDS = new Set(['related', 'relevant', 'technical', 'stem', 'quantitative', 'similar']);
const NEARBY_ATOMS = 8;

function mentionsIn(atoms: readonly Atom[]): Mention[] {
  const mentions: Mention[] = [];
  for (const { phrase, at } of findPhrases(atoms, INDEX)) {
    const span = { from: at, to: at + phrase.words.length };
    const previous = mentions[mentions.length - 1];
    // "Master's degree": one degree, not two.
    if (phrase.payload.kind === 'degree' && phrase.payload.generic && previous?.kind === 'degree') {
      if (previous.to === at) continue;
    }
    const { payload } = phrase;
    mentions.push(
      payload.kind === 'degree'
        ? { kind: 'degree', level: payload.level, boundOnly: payload.boundOnly, generic: payload.generic, ...span }
        : { kind: 'field', name: payload.name, ...span },
    );
  }
  return mentions;
}

/** What a checklist label asks for: "Currently pursuing BS/MS in Computer Science or related field". */
export interface DegreeRequirement {
  minLevel: DegreeLevel;
  /** Named fields; [] for a degree in any field. */
  fields: string[];
  /** "or related field": any field in FIELDS counts too. */
  related: boolean;
}

export function degreeRequirement(label: string): DegreeRequirement | null {
  const atoms = lex(label);
  const mentions = mentionsIn(atoms);
  const levels = mentions.flatMap((m) => (m.kind === 'degree' ? [DEGREE_LEVELS.indexOf(m.level)] : []));
  if (levels.length === 0) return null;
  return {
    minLevel: DEGREE_LEVELS[Math.min(...levels)],
    fields: [...new Set(mentions.flatMap((m) => (m.kind === 'field' ? [m.name] : [])))],
    related: atoms.some((atom) => RELATED_WORDS.has(atom.key)),
  };
}

/** A degree the résumé names, with the field attached to it or written near it (null: none, or one we do not know). */
export interface FoundDegree {
  level: DegreeLevel;
  field: string | null;
  start: number;
  end: number;
}

const sameLine = (a: Atom | undefined, b: Atom) => a !== undefined && a.line === b.line;

function afterMinor(atoms: readonly Atom[], from: number): boolean {
  const before = atoms[from - 1]?.key;
  return before === 'minor' || (before === 'in' && atoms[from - 2]?.key === 'minor');
}

/**
 * Binds each degree to its field: the field written right after it (through
 * "in"/"of"), or right before it ("Computer Science, BS"). "in"/"of" followed
 * by anything else binds it to a field we do not know ("Bachelor of Science in
 * Nursing"). Unbound, it takes the nearest field within a few words on its line
 * or the next, unless that field is a minor.
 */
export function findDegrees(atoms: readonly Atom[]): FoundDegree[] {
  const mentions = mentionsIn(atoms);
  const byStart = new Map<number, Mention>();
  const fieldEndingAt = new Map<number, Mention>();
  for (const m of mentions) {
    byStart.set(m.from, m);
    if (m.kind === 'field') fieldEndingAt.set(m.to, m);
  }
  const found: FoundDegree[] = [];
  mentions.forEach((degree, k) => {
    if (degree.kind !== 'degree') return;
    const anchor = atoms[degree.from];
    let j = degree.to;
    for (let skipped = 0; skipped < 4 && sameLine(atoms[j], anchor); skipped += 1) {
      const next = byStart.get(j);
      if (next?.kind === 'degree') j = next.to;
      else if (BETWEEN.has(atoms[j].key)) j += 1;
      else break;
    }
    let field: Mention | null | undefined;
    if (sameLine(atoms[j], anchor) && CONNECTORS.has(atoms[j].key)) {
      j += atoms[j + 1]?.key === 'in' || atoms[j + 1]?.key === 'the' ? 2 : 1;
      const next = byStart.get(j);
      field = next?.kind === 'field' && sameLine(atoms[j], anchor) ? next : null;
    } else {
      const next = byStart.get(j);
      if (next?.kind === 'field' && sameLine(atoms[j], anchor)) field = next;
      const before = fieldEndingAt.get(degree.from);
      if (!field && before && sameLine(atoms[before.from], anchor) && !afterMinor(atoms, before.from)) field = before;
    }
    if (field === undefined && !degree.boundOnly) field = nearestField(atoms, mentions, k) ?? null;
    if (field === undefined) return;
    const span = field ? [degree, field] : [degree];
    found.push({
      level: degree.level,
      field: field?.kind === 'field' ? field.name : null,
      start: Math.min(...span.map((m) => atoms[m.from].start)),
      end: Math.max(...span.map((m) => atoms[m.to - 1].end)),
    });
  });
  return found;
}

/**
 * The closest field mention within NEARBY_ATOMS words of mentions[k], on its
 * line or the next. Mentions are in text order and each takes a word at least,
 * so the scan stops after a few of them whatever the text.
 */
function nearestField(atoms: readonly Atom[], mentions: readonly Mention[], k: number): Mention | undefined {
  const degree = mentions[k];
  const line = atoms[degree.from].line;
  let best: Mention | undefined;
  let bestDistance = Infinity;
  const consider = (m: Mention, distance: number) => {
    if (m.kind !== 'field' || distance >= bestDistance || afterMinor(atoms, m.from)) return;
    if (Math.abs(atoms[m.from].line - line) > 1) return;
    best = m;
    bestDistance = distance;
  };
  for (let i = k + 1; i < mentions.length && mentions[i].from - degree.to <= NEARBY_ATOMS; i += 1) {
    consider(mentions[i], mentions[i].from - degree.to);
  }
  for (let i = k - 1; i >= 0 && degree.from - mentions[i].to <= NEARBY_ATOMS; i -= 1) {
    consider(mentions[i], degree.from - mentions[i].to);
  }
  return best;
}

/** Whether a degree the résumé names meets the requirement, and how to say so: "Bachelor's in Computer Science". */
export function meets(requirement: DegreeRequirement, degree: FoundDegree): string | null {
  if (DEGREE_LEVELS.indexOf(degree.level) < DEGREE_LEVELS.indexOf(requirement.minLevel)) return null;
  const level = DEGREE_LEVEL_NAMES[degree.level];
  if (requirement.fields.length === 0) return degree.field ? `${level} in ${degree.field}` : level;
  if (degree.field === null) return null;
  if (requirement.fields.includes(degree.field)) return `${level} in ${degree.field}`;
  return requirement.related && RELATED_FIELDS.includes(degree.field)
    ? `${level} in ${degree.field} (related field)`
    : null;
}
