import fc from 'fast-check';
import { CHECKLIST_CATEGORIES, type JobTemplate, LEVELS } from '@shortlist/contracts';
import {
  defaultAnchors,
  knockoutQuestionFor,
  MAX_ITEM_CHARS,
  MAX_ITEMS_PER_SECTION,
  parseJobDescription,
  parseLadder,
} from './index';
import { UNREADABLE_WARNING } from './parse-job-description';

const TEMPLATE_KEYS = [
  'title',
  'location',
  'employmentType',
  'summary',
  'responsibilities',
  'additionalResponsibilities',
  'perks',
  'items',
  'redFlags',
  'stages',
  'tools',
  'guidance',
  'levels',
  'warnings',
].sort();

const isBoundedString = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const isBoundedList = (value: unknown, max = MAX_ITEMS_PER_SECTION) => Array.isArray(value) && value.length <= max;

/** Every property of the contract, as a list of broken rules (empty when the template is well-formed). */
function brokenRules(template: JobTemplate): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, rule: string) => {
    if (!ok) broken.push(rule);
  };
  check(JSON.stringify(Object.keys(template).sort()) === JSON.stringify(TEMPLATE_KEYS), 'exact keys');
  for (const key of ['title', 'location', 'employmentType'] as const) {
    check(template[key] === null || isBoundedString(template[key], 200), `${key} null or short`);
  }
  check(template.summary === null || isBoundedString(template.summary, 5_000), 'summary bounded');
  for (const key of ['responsibilities', 'additionalResponsibilities', 'perks', 'guidance'] as const) {
    check(isBoundedList(template[key]), `${key} capped`);
    check(
      template[key].every(
        (entry) => isBoundedString(entry, key === 'guidance' ? 5_000 : MAX_ITEM_CHARS) && entry !== '',
      ),
      `${key} entries bounded`,
    );
  }
  check(Array.isArray(template.items), 'items is an array');
  const labels = new Set(template.items.map((item) => item.label));
  for (const category of CHECKLIST_CATEGORIES) {
    check(template.items.filter((i) => i.category === category).length <= MAX_ITEMS_PER_SECTION, `${category} capped`);
  }
  for (const item of template.items) {
    check((CHECKLIST_CATEGORIES as readonly string[]).includes(item.category), 'known category');
    check(isBoundedString(item.label, MAX_ITEM_CHARS) && item.label.trim() !== '', 'label bounded');
    check(Array.isArray(item.keywords) && item.keywords.every((k) => typeof k === 'string'), 'keywords');
    check(typeof item.mustHave === 'boolean' && item.weight > 0, 'mustHave and weight');
    const anchorKeys = Object.keys(item.anchors).join(',');
    const prerequisite = item.category === 'prerequisite';
    check(anchorKeys === (prerequisite ? 'met,not_met' : '1,2,3,4'), 'anchor keys');
    check(
      Object.values(item.anchors).every((s) => typeof s === 'string' && s.length > 0),
      'anchor sentences',
    );
    check(prerequisite ? /\?$/.test(item.knockoutQuestion ?? '') : item.knockoutQuestion === undefined, 'knock-out');
  }
  check(labels.size === template.items.length, 'labels unique');
  check(isBoundedList(template.redFlags), 'red flags capped');
  for (const flag of template.redFlags) {
    check(isBoundedString(flag.label, MAX_ITEM_CHARS), 'red flag label');
    check(
      flag.linkedItemLabels.every((label) => labels.has(label)),
      'red flags link to items',
    );
  }
  check(isBoundedList(template.stages) && template.stages.length > 0, 'stages present and capped');
  for (const stage of template.stages) {
    check(typeof stage.name === 'string' && stage.name.length > 0, 'stage name');
    check(
      stage.focus.every((label) => labels.has(label)),
      'focus is item labels',
    );
    check(Array.isArray(stage.guidance), 'stage guidance');
  }
  check(isBoundedList(template.tools), 'tool groups capped');
  check(template.tools.reduce((n, g) => n + g.items.length, 0) <= MAX_ITEMS_PER_SECTION, 'tools capped');
  check(
    template.tools.every((g) => typeof g.category === 'string' && g.items.length > 0),
    'tool groups',
  );
  check(Array.isArray(template.levels) && template.levels.length === 0, 'levels left to the caller');
  check(isBoundedList(template.warnings, 50) && !template.warnings.includes(UNREADABLE_WARNING), 'no internal error');
  check(JSON.stringify(JSON.parse(JSON.stringify(template))) === JSON.stringify(template), 'plain JSON');
  return broken;
}

const HEADINGS = [
  'Requirements',
  'Requirements:',
  '## Nice to have',
  '**Benefits**',
  "What you'll do:",
  'Backend Engineer Intern Prerequisites',
  'Hard Skills',
  'soft skills',
  'SKILLS',
  'Frequently Asked Questions',
  'Tools and Programs',
  'Red flags',
  'Interview process',
  'About the Role:',
  'Job Title: ',
  'Location:',
  'Type: Full-time',
  'Job Description Examples',
  '# ',
  ':',
  '',
];
const MARKERS = ['', '- ', '* ', '• ', '✔', '✓ ', '1. ', '2) ', 'Checkmark', 'Check', '  ', '#', '**'];
const PHRASES = [
  'Watch for candidates who ',
  'are also major concerns.',
  'Use a combination of coding assessments, system design discussions, and behavioral questions.',
  'Programming Languages: ',
  'GitGitHub',
  'Visual Studio CodeIntelliJ',
  ', ',
  ' and ',
  ':',
  '?',
  'Ability to ',
  'Available for minimum ',
];

const line = fc.oneof(
  fc.constantFrom(...HEADINGS),
  fc
    .tuple(fc.constantFrom(...MARKERS), fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.string()), { maxLength: 5 }))
    .map(([marker, words]) => marker + words.join('')),
);
const posting = fc.array(line, { maxLength: 80 }).map((lines) => lines.join('\n'));
const latin1 = fc.uint8Array({ maxLength: 4_000 }).map((bytes) => String.fromCharCode(...bytes));

describe('parseJobDescription on arbitrary input', () => {
  it.each([
    ['arbitrary strings', fc.string({ maxLength: 2_000 })],
    ['arbitrary unicode, lone surrogates included', fc.string({ unit: 'binary', maxLength: 2_000 })],
    ['arbitrary bytes read as latin-1', latin1],
    ['random mixes of headings, markers and phrases', posting],
  ])('returns a complete, capped template and never throws: %s', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        expect(brokenRules(parseJobDescription(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a template for values that are not strings at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(brokenRules(parseJobDescription(value as string))).toEqual([]);
      }),
    );
  });

  it('keeps parseLadder, defaultAnchors and knockoutQuestionFor total as well', () => {
    fc.assert(
      fc.property(fc.oneof(posting, fc.string({ unit: 'binary', maxLength: 1_000 })), (text) => {
        const ladder = parseLadder(text);
        const names = ladder.levels.map((level) => level.name);
        expect(names.every((name) => (LEVELS as readonly string[]).includes(name))).toBe(true);
        expect(new Set(names).size).toBe(names.length);
        expect(Array.isArray(ladder.warnings)).toBe(true);
        for (const category of CHECKLIST_CATEGORIES) {
          expect(Object.values(defaultAnchors(category, text)).every((s) => s.length > 0)).toBe(true);
        }
        expect(knockoutQuestionFor(text)).toMatch(/\?$/);
      }),
      { numRuns: 300 },
    );
  });
});
