import type { ChecklistCategory, TemplateItem } from '@shortlist/contracts';
import { defaultAnchors } from './anchors';
import { keywordsFor } from './hard-skills';
import { knockoutQuestionFor } from './knockout';
import { searchable } from './text';

/**
 * Weights and gates by where an entry was listed:
 * - prerequisites are gates (mustHave) and get a knock-out question;
 * - "Must have" entries stay rated qualifications flagged mustHave rather than
 *   becoming gates: "3+ years with Go" is a matter of degree that interviewers
 *   rate, and a gate would reject on a single "not met". A hiring manager can
 *   still turn one into a prerequisite;
 * - "Nice to have" entries count half (weight 0.5), so they can lift a score
 *   but not carry it.
 */
export interface ItemOptions {
  mustHave?: boolean;
  weight?: number;
}

export function buildItem(category: ChecklistCategory, label: string, options: ItemOptions = {}): TemplateItem {
  const item: TemplateItem = {
    category,
    label,
    keywords: keywordsFor(label, category === 'hard_skill'),
    mustHave: options.mustHave ?? category === 'prerequisite',
    weight: options.weight ?? 1,
    anchors: defaultAnchors(category, label),
  };
  if (category === 'prerequisite') item.knockoutQuestion = knockoutQuestionFor(label);
  return item;
}

const SOFT_CUES = [
  'communicat',
  'team',
  'interpersonal',
  'leadership',
  'attitude',
  'adaptab',
  'self-motivated',
  'self motivated',
  'detail',
  'collaborat',
  'empathy',
  'ownership',
  'curious',
  'curiosity',
  'proactive',
  'organized',
  'organised',
  'time management',
  'work ethic',
  'initiative',
  'mentor',
  'problem-solving',
  'problem solving',
];

/** Under a plain "Skills" heading, people skills are soft skills and everything else is a hard skill. */
export function skillCategory(label: string): ChecklistCategory {
  const text = searchable(label);
  return SOFT_CUES.some((cue) => text.includes(` ${cue.replace('-', ' ')}`)) ? 'soft_skill' : 'hard_skill';
}
