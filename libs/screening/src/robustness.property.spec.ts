import fc from 'fast-check';
import { CHECKLIST_CATEGORIES } from '@shortlist/contracts';
import { type ScreeningChecklistItem, compileChecklist, MAX_EVIDENCE_PER_ITEM, screenResume, SYNONYMS } from './index';

const VOCABULARY = SYNONYMS.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]);
const FILLER = [
  'no',
  'not',
  'without',
  'B.Sc.',
  'in',
  'Computer',
  'Science',
  ',',
  '.',
  '\n',
  '—',
  '(',
  ')',
  "'s",
  '-',
  '/',
];

/** Text made of table terms, filler and punctuation, so that matches actually happen. */
const resumeLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...VOCABULARY, ...FILLER),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    {
      maxLength: 120,
    },
  )
  .chain((words) => fc.constantFrom(words.join(' '), words.join(''), words.join('\n')));

const checklist = fc.array(
  fc.record({
    id: fc.uuid(),
    category: fc.constantFrom(...CHECKLIST_CATEGORIES),
    label: fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constant('Currently pursuing BS/MS in Computer Science or related field'),
    ),
    keywords: fc.array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ maxLength: 10 })), { maxLength: 5 }),
    weight: fc.constantFrom(0, 0.5, 1, 2),
  }),
  { maxLength: 12 },
) as fc.Arbitrary<ScreeningChecklistItem[]>;

describe('screening any text against any checklist', () => {
  it('never throws, keeps the score within 0–100 with one decimal, and quotes evidence verbatim', () => {
    fc.assert(
      fc.property(fc.oneof(resumeLike, fc.string({ unit: 'binary', maxLength: 400 })), checklist, (text, items) => {
        const result = screenResume(text, items, [], new Date(0));
        expect(result.screenScore).toBeGreaterThanOrEqual(0);
        expect(result.screenScore).toBeLessThanOrEqual(100);
        expect(Math.round(result.screenScore * 10) / 10).toBe(result.screenScore);
        expect(result.items.map((i) => i.itemId)).toEqual(items.map((i) => i.id));
        for (const item of result.items) {
          expect(item.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_PER_ITEM);
          for (const e of item.evidence) {
            expect(text.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
            expect(e.text.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result compiled once or screened afresh', () => {
    fc.assert(
      fc.property(resumeLike, checklist, (text, items) => {
        const now = new Date(0);
        expect(compileChecklist(items)(text, [], now)).toEqual(screenResume(text, items, [], now));
      }),
      { numRuns: 100 },
    );
  });
});
