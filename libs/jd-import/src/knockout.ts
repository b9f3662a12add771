import { MAX_ITEM_CHARS } from './limits';
import { collapseSpaces, lowerFirst, stripTrailingPunctuation, truncate } from './text';

/**
 * A yes/no question an applicant answers on the form, drafted from a
 * prerequisite. Each rule turns one common shape of requirement into the
 * question a recruiter would ask; the fallback asks for a self-assessment.
 */
type Rule = [RegExp, (match: RegExpExecArray) => string];

const withArticle = (phrase: string) => {
  if (/^(?:a|an|the|any|\d)/i.test(phrase)) return phrase;
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
};

const VERBS = new Set([
  'work',
  'relocate',
  'travel',
  'commute',
  'pass',
  'start',
  'attend',
  'lift',
  'speak',
  'drive',
  'obtain',
  'hold',
  'maintain',
  'undergo',
  'complete',
  'commit',
]);

const RULES: Rule[] = [
  [
    /^(?:must be |should be )?available (for|to|on|from|in) (minimum|maximum) (.+)$/i,
    (m) => `Are you available ${m[1]} a ${m[2]} ${m[3]}?`,
  ],
  [/^(?:must be |should be )?available (.+)$/i, (m) => `Are you available ${m[1]}?`],
  [
    /^(?:must be |should be )?(?:legally )?(?:authori([sz])(?:ation|ed)|eligib(?:le|ility)) to work (.+)$/i,
    (m) => `Are you authori${m[1] ?? 'z'}ed to work ${m[2]}?`,
  ],
  [
    /^(?:work authori([sz])ation|authori([sz])ation to work)$/i,
    (m) => `Are you authori${m[1] ?? m[2]}ed to work here?`,
  ],
  [/^(?:the )?right to work (.+)$/i, (m) => `Do you have the right to work ${m[1]}?`],
  [/^(?:the )?(?:ability|able) to (.+)$/i, (m) => `Are you able to ${m[1]}?`],
  [/^(?:must be )?willing(?:ness)? to (.+)$/i, (m) => `Are you willing to ${m[1]}?`],
  [/^currently (.+)$/i, (m) => `Are you currently ${m[1]}?`],
  [/^(?:must be|should be|be) (.+)$/i, (m) => `Are you ${m[1]}?`],
  [/^(?:must have|should have|has|have) (.+)$/i, (m) => `Do you have ${m[1]}?`],
  [/^(?:fluent|fluency) in (.+)$/i, (m) => `Are you fluent in ${m[1]}?`],
  [/^(?:proficient|proficiency) in (.+)$/i, (m) => `Are you proficient in ${m[1]}?`],
  [/^(\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten) (.+)$/i, (m) => `Do you have ${m[1]} ${m[2]}?`],
  [
    /^((?:experience|knowledge|familiarity|understanding|exposure) (?:with|of|in|to) .+)$/i,
    (m) => `Do you have ${lowerFirst(m[1])}?`,
  ],
  [
    /^((?:a |an )?(?:valid |current |active )?.{0,80}(?:licen[cs]e|certificate|certification|degree|diploma|clearance|passport|visa)\b.*)$/i,
    (m) => `Do you have ${withArticle(lowerFirst(m[1]))}?`,
  ],
];

/** "Valid driver's licence required" asks about the licence. */
function withoutRequiredSuffix(label: string): string {
  const lower = label.toLowerCase();
  for (const suffix of [' is required', ' required', ' is a must', ' a must', ' is mandatory', ' mandatory']) {
    if (lower.endsWith(suffix)) return label.slice(0, -suffix.length).trim();
  }
  return label;
}

export function knockoutQuestionFor(label: string): string {
  const clean = withoutRequiredSuffix(
    truncate(stripTrailingPunctuation(collapseSpaces(String(label ?? '').slice(0, MAX_ITEM_CHARS * 2)))),
  );
  if (clean.length === 0) return 'Do you meet this requirement?';
  for (const [pattern, ask] of RULES) {
    const match = pattern.exec(clean);
    if (match) return ask(match);
  }
  const firstWord = clean.split(' ', 1)[0].toLowerCase();
  if (VERBS.has(firstWord)) return `Are you able to ${lowerFirst(clean)}?`;
  return `Would you say you have ${lowerFirst(clean)}?`;
}
