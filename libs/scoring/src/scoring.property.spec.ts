import fc from 'fast-check';
import type { Assessment, RatingValue } from '@shortlist/contracts';
import { assess, type KnockoutAnswer, type ScoringItem, type ScoringPolicy, type SubmittedScorecard } from './index';

const CATEGORIES = ['prerequisite', 'qualification', 'hard_skill', 'soft_skill'] as const;
const INTERVIEWERS = ['ann', 'bob', 'cat', 'dan'];

const rubric = fc
  .array(
    fc.record({
      category: fc.constantFrom(...CATEGORIES),
      weight: fc.constantFrom(0, 0.5, 1, 2, 3),
      mustHave: fc.boolean(),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((items): ScoringItem[] => items.map((item, i) => ({ ...item, id: `item-${i}`, label: `Item ${i}` })));

const anyValue: fc.Arbitrary<RatingValue> = fc.constantFrom<RatingValue[]>(1, 2, 3, 4, 'met', 'not_met', null);

function scorecardsFor(items: readonly ScoringItem[]): fc.Arbitrary<SubmittedScorecard[]> {
  return fc
    .array(
      fc.record({
        interviewerId: fc.constantFrom(...INTERVIEWERS),
        stageId: fc.constantFrom('coding', 'design', 'behavioral'),
        ratings: fc.array(fc.record({ itemId: fc.constantFrom(...items.map((i) => i.id)), value: anyValue }), {
          maxLength: 12,
        }),
        redFlags: fc.array(
          fc.record({
            typeId: fc.constantFrom('basics', 'feedback'),
            severity: fc.constantFrom('note', 'concern', 'dealbreaker'),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 5 },
    )
    .map((cards) => cards.map((c, i) => ({ ...c, id: `sc-${i}` })));
}

function knockoutsFor(items: readonly ScoringItem[]): fc.Arbitrary<KnockoutAnswer[]> {
  return fc.array(fc.record({ itemId: fc.constantFrom(...items.map((i) => i.id)), met: fc.boolean() }), {
    maxLength: 4,
  });
}

const policy: fc.Arbitrary<ScoringPolicy> = fc.record({
  categoryWeights: fc.record({
    qualification: fc.integer({ min: 0, max: 50 }),
    hard_skill: fc.integer({ min: 0, max: 50 }),
    soft_skill: fc.integer({ min: 0, max: 50 }),
  }),
  thresholds: fc.record({
    advance: fc.integer({ min: 50, max: 90 }),
    discuss: fc.integer({ min: 20, max: 50 }),
    minCoverage: fc.integer({ min: 0, max: 80 }),
  }),
});

const scenario = rubric.chain((items) =>
  fc.record({ items: fc.constant(items), cards: scorecardsFor(items), knockouts: knockoutsFor(items), policy }),
);

const scores = (a: Assessment) => ({
  overall: a.overall,
  coverage: a.coverage,
  categories: a.categories.map((c) => c.score),
  items: a.items.map((i) => i.score),
});

describe('scoring any rubric and any scorecards', () => {
  it('keeps every score within 0–100 with one decimal', () => {
    fc.assert(
      fc.property(scenario, ({ items, cards, knockouts, policy }) => {
        const result = assess(items, cards, knockouts, policy);
        const numbers = [
          result.overall,
          result.coverage,
          ...result.categories.map((c) => c.score),
          ...result.items.map((i) => i.score),
        ];
        for (const n of numbers) {
          if (n === null) continue;
          expect(n).toBeGreaterThanOrEqual(0);
          expect(n).toBeLessThanOrEqual(100);
          expect(Math.round(n * 10) / 10).toBe(n);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the scorecards or knock-out answers', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ items, cards, knockouts, policy }, seed) => {
        const shuffle = <T>(list: T[]) =>
          list
            .map((value, i) => ({ value, key: ((i + 1) * 2654435761 + seed) % 1000003 }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.value);
        expect(assess(items, shuffle(cards), shuffle(knockouts), policy)).toEqual(
          assess(items, cards, knockouts, policy),
        );
        expect(assess(items, [...cards].reverse(), [...knockouts].reverse(), policy)).toEqual(
          assess(items, cards, knockouts, policy),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers an item score by adding a strong yes (4)', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ items, cards, knockouts, policy }, pick) => {
        const ratedItems = items.filter((i) => i.category !== 'prerequisite');
        fc.pre(ratedItems.length > 0);
        const target = ratedItems[pick % ratedItems.length];
        const before = assess(items, cards, knockouts, policy).items.find((i) => i.itemId === target.id)?.score;
        const strongYes = {
          id: 'sc-new',
          interviewerId: 'eve',
          stageId: 'coding',
          ratings: [{ itemId: target.id, value: 4 as const }],
          redFlags: [],
        };
        const after = assess(items, [...cards, strongYes], knockouts, policy).items.find(
          (i) => i.itemId === target.id,
        )?.score;
        // a first rating of 4 scores (4−1)/3×100 = 100; a further one only pulls the mean up
        expect(after).toBeGreaterThanOrEqual(before ?? 100);
      }),
      { numRuns: 300 },
    );
  });

  it('always proposes reject when a must-have prerequisite is not met', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.boolean(), ({ items, cards, knockouts, policy }, pick, byScorecard) => {
        const gates = items.filter((i) => i.category === 'prerequisite' && i.mustHave);
        fc.pre(gates.length > 0);
        const failed = gates[pick % gates.length];
        const notMet = byScorecard
          ? {
              cards: [
                ...cards,
                {
                  id: 'sc-no',
                  interviewerId: 'eve',
                  stageId: 'screen',
                  ratings: [{ itemId: failed.id, value: 'not_met' as const }],
                  redFlags: [],
                },
              ],
              knockouts,
            }
          : { cards, knockouts: [...knockouts, { itemId: failed.id, met: false }] };
        const result = assess(items, notMet.cards, notMet.knockouts, policy);
        expect(result.gates.status).toBe('fail');
        expect(result.proposal).toBe('reject');
      }),
      { numRuns: 300 },
    );
  });

  it('never changes a score with "not assessed" ratings', () => {
    fc.assert(
      fc.property(scenario, ({ items, cards, knockouts, policy }) => {
        const withNulls = cards.map((c) => ({
          ...c,
          ratings: [...c.ratings, ...items.map((i) => ({ itemId: i.id, value: null }))],
        }));
        const blank = {
          id: 'sc-blank',
          interviewerId: 'eve',
          stageId: 'coding',
          ratings: items.map((i) => ({ itemId: i.id, value: null })),
          redFlags: [],
        };
        const before = assess(items, cards, knockouts, policy);
        const after = assess(items, [...withNulls, blank], knockouts, policy);
        expect(scores(after)).toEqual(scores(before));
        expect(after.gates).toEqual(before.gates);
        expect(after.proposal).toBe(before.proposal);
      }),
      { numRuns: 300 },
    );
  });
});
