import type { TemplateItem, TemplateStage } from '@shortlist/contracts';
import { findTerms } from './keywords';
import { searchable } from './text';
import type { TermKind } from './vocabulary';

/**
 * Interview formats a job description may name, each with the checklist items
 * it is the right place to assess (DESIGN.md, "Default interview plan"): coding
 * → languages, data structures and algorithms, testing; system design →
 * databases, APIs, frameworks; behavioral → soft skills.
 */
export interface StageType {
  name: string;
  /** Phrases that name this format in prose. */
  mentions: string[];
  /** Phrases in a guidance paragraph that make it advice for this stage. */
  guidanceCues: string[];
  assesses: (item: Facts) => boolean;
}

/** What the stage rules look at, worked out once per item. */
interface Facts {
  category: TemplateItem['category'];
  text: string;
  kinds: Set<TermKind>;
}

function factsOf(item: TemplateItem): Facts {
  return {
    category: item.category,
    text: searchable(item.label),
    kinds: new Set(findTerms(item.label).map((t) => t.kind)),
  };
}

const CODING_TOPICS = ['programming', 'coding', 'code', 'data structure', 'algorithm', 'testing', 'unit test', 'tdd'];
const DESIGN_TOPICS = ['database', 'sql', 'api', 'framework', 'system design', 'architecture', 'microservice'];
const MORE_DESIGN_TOPICS = ['distributed', 'scalab', 'caching', 'restful', 'graphql'];

const technical = (item: Facts) => item.category === 'hard_skill' || item.category === 'qualification';
const mentionsAny = (item: Facts, topics: readonly string[]) => topics.some((topic) => item.text.includes(` ${topic}`));
const namesKind = (item: Facts, kinds: readonly TermKind[]) => kinds.some((kind) => item.kinds.has(kind));

const assessesCode = (item: Facts) =>
  technical(item) && (mentionsAny(item, CODING_TOPICS) || namesKind(item, ['language']));
const assessesDesign = (item: Facts) =>
  technical(item) &&
  (mentionsAny(item, DESIGN_TOPICS) ||
    mentionsAny(item, MORE_DESIGN_TOPICS) ||
    namesKind(item, ['database', 'framework', 'api']));

export const STAGE_TYPES: readonly StageType[] = [
  {
    name: 'Coding assessment',
    mentions: ['coding assessment', 'coding test', 'coding challenge', 'coding exercise', 'coding interview'],
    guidanceCues: ['coding', 'code', 'personal projects', 'open source', 'algorithm'],
    assesses: assessesCode,
  },
  {
    name: 'Coding assessment',
    mentions: ['live coding', 'take-home', 'take home', 'programming test', 'programming exercise', 'coding round'],
    guidanceCues: [],
    assesses: assessesCode,
  },
  {
    name: 'System design discussion',
    mentions: ['system design', 'architecture discussion', 'architecture interview', 'design interview'],
    guidanceCues: ['system design', 'architecture', 'scalab', 'trade-off', 'design decision'],
    assesses: assessesDesign,
  },
  {
    name: 'Behavioral interview',
    mentions: ['behavioral', 'behavioural', 'situational questions', 'culture interview', 'culture fit'],
    guidanceCues: ['learning approach', 'past challenges', 'curiosity', 'enthusiasm', 'behavioral', 'behavioural'],
    assesses: (item) => item.category === 'soft_skill',
  },
  {
    name: 'Behavioral interview',
    mentions: ['values interview'],
    guidanceCues: ['motivation', 'development goals', 'teamwork', 'soft skills'],
    assesses: (item) => item.category === 'soft_skill',
  },
  {
    name: 'Pair programming',
    mentions: ['pair programming', 'pairing session'],
    guidanceCues: ['pairing', 'pair programming'],
    assesses: assessesCode,
  },
  {
    name: 'Technical interview',
    mentions: ['technical interview', 'technical discussion', 'technical questions'],
    guidanceCues: [],
    assesses: technical,
  },
  {
    name: 'Recruiter screen',
    mentions: ['phone screen', 'recruiter screen', 'recruiter call', 'screening call', 'intro call'],
    guidanceCues: [],
    assesses: (item) => item.category === 'prerequisite',
  },
];

export const DEFAULT_STAGE_NAMES = ['Coding assessment', 'System design discussion', 'Behavioral interview'];

const typeNamed = (name: string) => STAGE_TYPES.find((type) => type.name === name);

/** Interview formats named in a text, in the order they are first mentioned. */
export function stagesMentioned(text: string): string[] {
  const lower = text.toLowerCase();
  const found: { name: string; at: number }[] = [];
  for (const type of STAGE_TYPES) {
    for (const mention of type.mentions) {
      const at = lower.indexOf(mention);
      if (at < 0) continue;
      const known = found.find((f) => f.name === type.name);
      if (!known) found.push({ name: type.name, at });
      else known.at = Math.min(known.at, at);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** The stage a piece of advice belongs to, among the stages of this plan, or null for general advice. */
export function stageForGuidance(text: string, stageNames: readonly string[]): string | null {
  const lower = text.toLowerCase();
  let best: string | null = null;
  let bestHits = 0;
  for (const name of stageNames) {
    const cues = STAGE_TYPES.filter((type) => type.name === name).flatMap((type) => type.guidanceCues);
    const hits = cues.filter((cue) => lower.includes(cue)).length;
    if (hits > bestHits) {
      best = name;
      bestHits = hits;
    }
  }
  return best;
}

/** The stages of a plan, each with the labels of the items it assesses. */
export function buildStages(names: readonly string[], items: readonly TemplateItem[]): TemplateStage[] {
  const facts = items.map(factsOf);
  return names.map((name) => {
    const type = typeNamed(name);
    const focus = type ? items.filter((_, i) => type.assesses(facts[i])).map((item) => item.label) : [];
    return { name, focus, guidance: [] };
  });
}
