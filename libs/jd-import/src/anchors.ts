import type { ChecklistCategory } from '@shortlist/contracts';
import { listedTerms } from './hard-skills';
import { findTerms } from './keywords';
import { MAX_ITEM_CHARS } from './limits';
import { capitalize, collapseSpaces, joinOr, lowerFirst, stripTrailingPunctuation, truncate } from './text';

/**
 * One sentence per rating level, so two interviewers mean the same thing by a
 * "3". The sentence depends on the shape of the label: a list of technologies,
 * an ability ("Ability to …"), knowledge of a topic, a trait; anything else is
 * quoted as written.
 */
type RatedAnchors = Record<'1' | '2' | '3' | '4', string>;

const INTENSIFIERS = new Set(['strong', 'excellent', 'good', 'solid', 'great', 'exceptional', 'outstanding']);
const MORE_INTENSIFIERS = new Set(['proven', 'demonstrated', 'basic', 'quick', 'effective', 'very', 'highly']);
const KNOWLEDGE =
  // eslint-disable-next-line security/detect-unsafe-regex -- literal words between \s+ runs: no two ways to split a line (one JD line at a time)
  /^(?:(?:strong|solid|good|basic|deep|excellent|working|some|proven|hands-on)\s+)?(?:understanding|knowledge|proficiency|experience|familiarity|expertise|command|grasp)\s+(?:of|in|with)\s+(.+)$/i;
// eslint-disable-next-line security/detect-unsafe-regex -- as KNOWLEDGE: literal words separated by \s+
const ABILITY = /^(?:(?:the|an?|proven|demonstrated)\s+)?(?:ability|able)\s+to\s+(.+)$/i;

function codeAnchors(terms: string): RatedAnchors {
  return {
    '1': `Cannot write working code in ${terms}`,
    '2': `Writes code in ${terms} only with close guidance`,
    '3': `Writes working, readable code in ${terms} for routine tasks`,
    '4': `Writes idiomatic, tested code in ${terms} and explains trade-offs`,
  };
}

function toolAnchors(terms: string): RatedAnchors {
  return {
    '1': `Cannot use ${terms} even for simple tasks`,
    '2': `Uses ${terms} only with close guidance`,
    '3': `Uses ${terms} competently for routine tasks`,
    '4': `Uses ${terms} fluently on non-trivial problems and explains trade-offs`,
  };
}

function abilityAnchors(action: string): RatedAnchors {
  return {
    '1': `Unable to ${action}`,
    '2': `Struggles to ${action} without support`,
    '3': `Able to ${action}`,
    '4': `Consistently able to ${action}, with specific examples`,
  };
}

function knowledgeAnchors(topic: string): RatedAnchors {
  const any = topic.replace(/^at least one /i, 'any ');
  return {
    '1': `Shows no working knowledge of ${any}`,
    '2': `Shows only superficial knowledge of ${any}`,
    '3': `Shows solid working knowledge of ${topic}`,
    '4': `Shows deep knowledge of ${topic} and applies it to unfamiliar problems`,
  };
}

function traitAnchors(trait: string): RatedAnchors {
  return {
    '1': `Shows poor ${trait}`,
    '2': `Shows inconsistent ${trait}`,
    '3': `Shows good ${trait}`,
    '4': `Shows excellent ${trait}, backed by specific examples`,
  };
}

function quotedAnchors(label: string): RatedAnchors {
  return {
    '1': `Clearly does not meet "${label}"`,
    '2': `Falls short of "${label}"`,
    '3': `Meets "${label}"`,
    '4': `Meets "${label}" with strong, specific evidence`,
  };
}

function withoutIntensifiers(phrase: string): string {
  const words = phrase.split(' ');
  let i = 0;
  while (
    i < words.length - 1 &&
    (INTENSIFIERS.has(words[i].toLowerCase()) || MORE_INTENSIFIERS.has(words[i].toLowerCase()))
  )
    i += 1;
  return words.slice(i).join(' ');
}

const isTraitLike = (label: string) => /\b(?:skills|abilities|attitude|ethic|mindset)$/i.test(label);

function ratedAnchors(category: ChecklistCategory, label: string): RatedAnchors {
  const listed = listedTerms(label);
  if (listed && (category === 'hard_skill' || listed.length > 1)) {
    const head = label.slice(0, label.indexOf(':')).toLowerCase();
    const terms = findTerms(listed.join(', '));
    const languages = head.includes('language') || (terms.length > 0 && terms.every((t) => t.kind === 'language'));
    return languages ? codeAnchors(joinOr(listed)) : toolAnchors(joinOr(listed));
  }
  const ability = ABILITY.exec(label);
  if (ability) return abilityAnchors(lowerFirst(ability[1]));
  const knowledge = KNOWLEDGE.exec(label);
  if (knowledge) return knowledgeAnchors(knowledge[1]);
  if (category === 'soft_skill' || isTraitLike(label)) return traitAnchors(lowerFirst(withoutIntensifiers(label)));
  if (category === 'hard_skill') {
    const terms = findTerms(label);
    if (terms.length > 0) {
      const names = terms.map((t) => t.name);
      return terms.every((t) => t.kind === 'language') ? codeAnchors(joinOr(names)) : toolAnchors(joinOr(names));
    }
  }
  return quotedAnchors(label);
}

export function defaultAnchors(category: ChecklistCategory, label: string): Record<string, string> {
  const clean =
    truncate(stripTrailingPunctuation(collapseSpaces(String(label ?? '').slice(0, MAX_ITEM_CHARS * 2)))) ||
    'this requirement';
  if (category === 'prerequisite') {
    const requirement = lowerFirst(clean);
    return {
      met: `Meets the requirement: ${requirement}`,
      not_met: `Does not meet the requirement: ${requirement}`,
    };
  }
  const anchors = ratedAnchors(category, clean);
  return Object.fromEntries(Object.entries(anchors).map(([level, sentence]) => [level, capitalize(sentence)]));
}
