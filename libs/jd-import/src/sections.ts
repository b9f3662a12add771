import { unglue } from './glued-words';
import { MAX_HEADING_CHARS, MAX_HEADING_WORDS } from './limits';
import { stripEmphasis } from './bullets';
import { collapseSpaces } from './text';

export type SectionKind =
  | 'preamble'
  | 'about'
  | 'responsibilities'
  | 'qualifications'
  | 'must_have'
  | 'nice_to_have'
  | 'prerequisites'
  | 'hard_skills'
  | 'soft_skills'
  | 'skills'
  | 'perks'
  | 'faq'
  | 'red_flags'
  | 'interview'
  | 'tools'
  | 'title_field'
  | 'location_field'
  | 'type_field'
  | 'company'
  | 'ignored'
  | 'chrome'
  | 'other';

interface Rule {
  kind: SectionKind;
  /** The heading is exactly one of these (lower case, "&" read as "and", punctuation dropped). */
  exact: string[];
  /** …or starts or ends with one of these, when the line is set as a heading ("Backend Engineer Intern Soft Skills"). */
  affix?: string[];
}

const RULES: Rule[] = [
  {
    kind: 'about',
    exact: ['about the role', 'about this role', 'about the job', 'about the position', 'about the opportunity'],
    affix: ['about the role', 'about this role', 'about the job', 'about the position'],
  },
  {
    kind: 'about',
    exact: ['role overview', 'position overview', 'job overview', 'job summary', 'role summary', 'position summary'],
  },
  { kind: 'about', exact: ['summary', 'overview', 'the role', 'your role', 'role description', 'description'] },
  {
    kind: 'responsibilities',
    exact: ['key responsibilities', 'duties', "what you'll do", 'what you will do', "what you'll be doing"],
    affix: ['responsibilities', 'duties', "what you'll do", 'what you will do', "what you'll be doing"],
  },
  {
    kind: 'responsibilities',
    exact: ['what you will be doing', 'day to day', 'your mission', "what you'll work on", 'the job', 'your impact'],
  },
  {
    kind: 'qualifications',
    exact: ['requirements', 'what you bring', "what you'll bring", 'what we are looking for', "what we're looking for"],
    affix: ['qualifications', 'requirements', "what you'll need", 'ideal candidate', "what we're looking for"],
  },
  {
    kind: 'qualifications',
    exact: ['who you are', 'you have', 'about you', 'your profile', 'profile', 'candidate profile', 'experience'],
  },
  {
    kind: 'qualifications',
    exact: [
      'education',
      'what you need',
      "what you'll need",
      'what we need',
      'what we need from you',
      'you should have',
    ],
  },
  {
    kind: 'qualifications',
    exact: ['we are looking for', "we're looking for", 'the ideal candidate', 'you will need'],
  },
  {
    kind: 'must_have',
    exact: ['must have', 'must haves', 'essential', 'essentials', 'essential skills', 'required', 'you must have'],
    affix: ['must have', 'must haves'],
  },
  {
    kind: 'nice_to_have',
    exact: ['preferred', 'bonus', 'bonus points', 'pluses', 'plus', "it's a plus", 'good to have', 'desirable'],
    affix: ['nice to have', 'nice to haves', 'preferred qualifications', 'bonus points', 'preferred skills'],
  },
  { kind: 'nice_to_have', exact: ['desired qualifications', 'desired skills', 'extra credit', 'ideally you have'] },
  {
    kind: 'prerequisites',
    exact: ['prerequisites', 'eligibility', 'eligibility requirements', 'knock out questions', 'screening questions'],
    affix: ['prerequisites'],
  },
  {
    kind: 'hard_skills',
    exact: ['tech stack', 'technology stack', 'technologies', 'our stack', 'stack', 'tech skills'],
    affix: ['hard skills', 'technical skills', 'technical requirements', 'technical qualifications'],
  },
  {
    kind: 'soft_skills',
    exact: ['interpersonal skills', 'personal skills', 'people skills', 'personal qualities', 'personal attributes'],
    affix: ['soft skills'],
  },
  {
    kind: 'skills',
    exact: ['skills', 'key skills', 'skills required', 'required skills', 'skill set', 'skillset', 'competencies'],
    affix: ['skills', 'skills and experience', 'core competencies'],
  },
  {
    kind: 'perks',
    exact: ['what we offer', "what's in it for you", 'why join us', 'compensation', 'we offer', 'our offer'],
    affix: ['perks', 'benefits', 'what we offer', "why you'll love working here"],
  },
  { kind: 'faq', exact: ['faq', 'faqs'], affix: ['frequently asked questions', 'faq', 'faqs'] },
  {
    kind: 'red_flags',
    exact: ['what to watch for', 'watch out for', 'dealbreakers', 'deal breakers'],
    affix: ['red flags', 'warning signs'],
  },
  {
    kind: 'interview',
    exact: ['our process', 'interview stages', 'interview plan', 'how to evaluate', 'how we hire'],
    affix: ['interview process', 'hiring process', 'recruitment process', 'selection process'],
  },
  { kind: 'tools', exact: ['tooling', 'toolbox', 'tools we use', 'software'], affix: ['tools'] },
  { kind: 'title_field', exact: ['job title', 'position title', 'title', 'position'] },
  { kind: 'location_field', exact: ['location', 'job location', 'work location'] },
  { kind: 'type_field', exact: ['employment type', 'job type', 'type of employment', 'contract type'] },
  {
    kind: 'company',
    exact: ['about us', 'about the company', 'who we are', 'our company', 'company overview', 'our mission', 'about'],
    affix: ['about us', 'about the company', 'equal opportunity', 'how to apply'],
  },
  { kind: 'company', exact: ['our values', 'culture', 'our culture', 'diversity and inclusion', 'salary', 'pay'] },
  {
    kind: 'chrome',
    exact: ['search', 'apply now', 'share this job', 'share', 'recent posts', 'related posts'],
    affix: [
      'job description examples',
      'related articles',
      'related jobs',
      'similar jobs',
      'job description templates',
    ],
  },
  {
    kind: 'ignored',
    exact: ['job description', 'job description sample', 'sample job description', 'job description template'],
    affix: ['job description', 'job description sample', 'job description template', 'job posting'],
  },
];

const EXACT = new Map<string, SectionKind>();
const AFFIX = new Map<string, SectionKind>();
let affixWords = 1;
for (const rule of RULES) {
  for (const phrase of rule.exact) if (!EXACT.has(phrase)) EXACT.set(phrase, rule.kind);
  for (const phrase of rule.affix ?? []) {
    if (!EXACT.has(phrase)) EXACT.set(phrase, rule.kind);
    if (!AFFIX.has(phrase)) AFFIX.set(phrase, rule.kind);
    affixWords = Math.max(affixWords, phrase.split(' ').length);
  }
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'and', 'in', 'on', 'at', 'with', 'by', 'or', 'is']);

export type HeadingMarkup = 'markdown' | 'bold' | 'colon' | 'none';

export interface Heading {
  kind: SectionKind;
  text: string;
  markup: HeadingMarkup;
  /** Markdown heading level (1–6), 0 otherwise. */
  level: number;
  /** Text after "Heading:" on the same line, if any. */
  inline: string | null;
}

export function normalizeHeading(text: string): string {
  return collapseSpaces(
    text
      .toLowerCase()
      .replaceAll('&', ' and ')
      .replace(/[^\p{L}\p{N}' ]+/gu, ' '),
  );
}

/** Title Case or ALL CAPS: how pages set a heading that has no markup. */
function looksLikeTitle(text: string): boolean {
  const words = text.split(' ').filter((w) => w.length > 0);
  return (
    words.length > 0 &&
    words.every((w) => {
      const first = w[0];
      if (first.toLowerCase() === first.toUpperCase()) return true;
      return first === first.toUpperCase() || SMALL_WORDS.has(w.toLowerCase());
    })
  );
}

const HAS_LETTER = /\p{L}/u;
const GLUED = /\p{Ll}\p{Lu}/u;

function kindOf(text: string, allowAffix: boolean): SectionKind | null {
  const norm = normalizeHeading(GLUED.test(text) ? unglue(text) : text);
  if (norm.length === 0) return null;
  const exact = EXACT.get(norm);
  if (exact) return exact;
  if (!allowAffix) return null;
  const words = norm.split(' ');
  // The longest phrase decides: "… Soft Skills" is soft skills, not skills.
  for (let n = Math.min(affixWords, words.length - 1); n >= 1; n -= 1) {
    const kind = AFFIX.get(words.slice(0, n).join(' ')) ?? AFFIX.get(words.slice(-n).join(' '));
    if (kind) return kind;
  }
  return null;
}

function stripMarkup(line: string): { text: string; markup: HeadingMarkup; level: number } {
  let text = line.trim();
  let markup: HeadingMarkup = 'none';
  let level = 0;
  while (level < text.length && level < 7 && text[level] === '#') level += 1;
  if (level > 0 && level <= 6 && text[level] === ' ') {
    text = text.slice(level);
    while (text.endsWith('#')) text = text.slice(0, -1);
    text = text.trim();
    markup = 'markdown';
  } else {
    level = 0;
  }
  for (const mark of ['**', '__']) {
    const close = text.endsWith(mark) ? mark : text.endsWith(`${mark}:`) ? `${mark}:` : null;
    if (close && text.startsWith(mark) && text.length > mark.length + close.length) {
      text = text.slice(mark.length, text.length - close.length).trim() + (close.endsWith(':') ? ':' : '');
      if (markup === 'none') markup = 'bold';
    }
  }
  if (text.endsWith(':')) {
    text = text.slice(0, -1).trim();
    if (markup === 'none') markup = 'colon';
  }
  return { text, markup, level };
}

/**
 * Whether a line heads a section, and which. A short line is a heading when it
 * is one of the known headings, or carries heading markup (markdown, bold, a
 * trailing colon); an unknown heading with markup is returned as `other` so the
 * caller can end or subdivide the current section.
 */
export function parseHeading(line: string): Heading | null {
  const trimmed = line.trim();
  if (!HAS_LETTER.test(trimmed)) return null;
  if (trimmed.length > MAX_HEADING_CHARS) return parseInlineHeading(trimmed);
  const { text, markup, level } = stripMarkup(trimmed);
  if (text.length === 0 || text.includes(':') || /[.?!,;]$/.test(text)) return parseInlineHeading(trimmed);
  const words = text.split(' ').filter((w) => w.length > 0).length;
  if (words > MAX_HEADING_WORDS) return parseInlineHeading(trimmed);
  const kind = kindOf(text, markup !== 'none' || looksLikeTitle(text));
  if (kind) return { kind, text, markup, level, inline: null };
  if (markup !== 'none') return { kind: 'other', text, markup, level, inline: null };
  return parseInlineHeading(trimmed);
}

/** "Requirements: Python and SQL" opens a section and holds its first entry. */
function parseInlineHeading(line: string): Heading | null {
  const colon = line.slice(0, 60).indexOf(':');
  if (colon <= 0) return null;
  const inline = line.slice(colon + 1).trim();
  if (inline.length === 0) return null;
  const { text, markup, level } = stripMarkup(line.slice(0, colon + 1));
  // Exact headings only: "Development Tools: Docker, Postman" is a skill line, not a tools section.
  const kind = kindOf(text, false);
  if (!kind || kind.endsWith('_field')) return null;
  return { kind, text, markup, level, inline: stripEmphasis(inline) };
}
