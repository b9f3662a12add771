import type { JobItem, KnockoutAnswer, ScreeningEvidence, ScreeningItem, ScreeningResult } from '@shortlist/contracts';
import { type DegreeRequirement, degreeRequirement, findDegrees, meets } from './degrees';
import { keywordMatcher, matchedLabel, termsInLabel } from './keywords';
import { lex } from './lexer';
import { MAX_EVIDENCE_PER_ITEM, MAX_RESUME_CHARS } from './limits';
import { isNegated } from './negation';
import { addPhrases, matchesAt, type Phrase, type PhraseIndex } from './phrases';
import { screenScore } from './score';
import { snippetAround } from './snippet';

export type ScreeningChecklistItem = Pick<JobItem, 'id' | 'category' | 'label' | 'keywords' | 'weight'>;

/** A checklist compiled once; screens one résumé per call. */
export type Screener = (resumeText: string, knockoutAnswers?: readonly KnockoutAnswer[], now?: Date) => ScreeningResult;

interface Hit {
  item: number;
  matched: string;
}

/**
 * Per item: a degree rule when its label names a degree ("BS/MS in Computer
 * Science or related field"), else its keywords, else the table terms its
 * label names. Every spelling becomes a phrase in one index keyed by first word.
 */
function compile(items: readonly ScreeningChecklistItem[]): {
  index: PhraseIndex<Hit>;
  degrees: (DegreeRequirement | null)[];
} {
  const phrases: Phrase<Hit>[] = [];
  const degrees = items.map((item, n) => {
    const rule = degreeRequirement(item.label ?? '');
    if (rule) return rule;
    const keywords = item.keywords?.length ? item.keywords : termsInLabel(item.label ?? '');
    const seen = new Set<string>();
    for (const keyword of keywords) {
      const matcher = keywordMatcher(keyword);
      if (!matcher) continue;
      for (const spelling of matcher.spellings) {
        const matched = matchedLabel(matcher.name, spelling.payload);
        if (seen.has(`${matched}\u0000${spelling.payload}`)) continue;
        seen.add(`${matched}\u0000${spelling.payload}`);
        phrases.push({ ...spelling, payload: { item: n, matched } });
      }
    }
    return null;
  });
  return { index: addPhrases(new Map(), phrases), degrees };
}

/** Prerequisites a knock-out answer settles: false when any answer says not met. */
function knockoutsByItem(answers: readonly KnockoutAnswer[]): Map<string, boolean> {
  const met = new Map<string, boolean>();
  for (const answer of answers ?? []) {
    if (!answer || typeof answer.itemId !== 'string') continue;
    met.set(answer.itemId, (met.get(answer.itemId) ?? true) && answer.met === true);
  }
  return met;
}

export function compileChecklist(items: readonly ScreeningChecklistItem[]): Screener {
  const checklist = [...items];
  const { index, degrees } = compile(checklist);
  const anyDegree = degrees.some((rule) => rule !== null);
  const isTerm = (key: string) => index.has(key);

  return (resumeText, knockoutAnswers = [], now = new Date()) => {
    const text = typeof resumeText === 'string' ? resumeText.slice(0, MAX_RESUME_CHARS) : '';
    const atoms = lex(text);
    const evidence: ScreeningEvidence[][] = checklist.map(() => []);
    const lastEnd = checklist.map(() => -1);

    for (let i = 0; i < atoms.length; i += 1) {
      const candidates = index.get(atoms[i].key);
      if (!candidates) continue;
      let negated: boolean | undefined;
      for (const phrase of candidates) {
        const { item, matched } = phrase.payload;
        if (evidence[item].length >= MAX_EVIDENCE_PER_ITEM || !matchesAt(atoms, i, phrase)) continue;
        negated ??= isNegated(atoms, i, isTerm);
        if (negated) break;
        const start = atoms[i].start;
        const end = atoms[i + phrase.words.length - 1].end;
        // The longest spelling at a position came first; a shorter one inside it is the same evidence.
        if (start < lastEnd[item]) continue;
        evidence[item].push({ ...snippetAround(text, start, end), matched });
        lastEnd[item] = end;
      }
    }

    if (anyDegree) {
      const found = findDegrees(atoms);
      degrees.forEach((rule, item) => {
        if (!rule) return;
        for (const degree of found) {
          if (evidence[item].length >= MAX_EVIDENCE_PER_ITEM) break;
          const matched = meets(rule, degree);
          if (matched) evidence[item].push({ ...snippetAround(text, degree.start, degree.end), matched });
        }
      });
    }

    const answers = knockoutsByItem(knockoutAnswers);
    const failedKnockouts: string[] = [];
    const screened: ScreeningItem[] = checklist.map((item, n) => {
      const answer = item.category === 'prerequisite' ? answers.get(item.id) : undefined;
      if (answer === false) failedKnockouts.push(item.label);
      // A knock-out answer settles a prerequisite; the résumé's word on it no longer matters.
      const settled = answer !== undefined;
      return { itemId: item.id, category: item.category, label: item.label, evidence: settled ? [] : evidence[n] };
    });

    return {
      screenScore: screenScore(
        checklist.map((item, n) => ({
          category: item.category,
          weight: item.weight,
          hasEvidence: evidence[n].length > 0,
        })),
      ),
      items: screened,
      failedKnockouts,
      screenedAt: now.toISOString(),
    };
  };
}

/** Screens one résumé; to screen many against one checklist, compile it once with compileChecklist. */
export function screenResume(
  resumeText: string,
  items: readonly ScreeningChecklistItem[],
  knockoutAnswers: readonly KnockoutAnswer[] = [],
  now: Date = new Date(),
): ScreeningResult {
  return compileChecklist(items)(resumeText, knockoutAnswers, now);
}
