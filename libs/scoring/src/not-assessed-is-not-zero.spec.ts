import { card, JUNIOR_POLICY, prerequisite, rated } from '../fixtures/builders';
import { assess } from './index';

describe('"not assessed" is never 0', () => {
  const items = [prerequisite('availability'), rated('degree', 'qualification'), rated('languages', 'hard_skill')];

  it('leaves a null rating out of the item mean', () => {
    const result = assess(
      items,
      [card('1', 'ann', { languages: 4 }), card('2', 'bob', { languages: null })],
      [],
      JUNIOR_POLICY,
    );

    // only ann's 4 counts: (4−1)/3×100 = 100 (not (100 + 0)/2 = 50)
    expect(result.items[2]).toMatchObject({ score: 100, assessed: true });
    expect(result.items[2].ratings.map((r) => r.interviewerId)).toEqual(['ann']);
  });

  it('leaves an item rated only null unassessed: no score, no coverage, no weight in its category', () => {
    const result = assess(items, [card('1', 'ann', { degree: null, languages: 3 })], [], JUNIOR_POLICY);

    expect(result.items[1]).toMatchObject({ itemId: 'degree', score: null, assessed: false, ratings: [] });
    expect(result.categories[0]).toMatchObject({ category: 'qualification', score: null, assessedWeight: 0 });
    // overall = hard_skill alone: (3−1)/3×100 = 66.67 → 66.7 (not (30×0 + 40×66.67)/70 = 38.1)
    expect(result.overall).toBe(66.7);
    // coverage: languages 1 of 2 → 50.0
    expect(result.coverage).toBe(50);
  });

  it('leaves an unassessed prerequisite unverified, not failed', () => {
    const result = assess(items, [card('1', 'ann', { availability: null })], [], JUNIOR_POLICY);

    expect(result.gates).toMatchObject({
      status: 'pending',
      items: [{ itemId: 'availability', status: 'unverified' }],
    });
  });

  it('ignores a value that does not fit the item (met on a skill, a number on a prerequisite)', () => {
    const result = assess(items, [card('1', 'ann', { languages: 'met', availability: 4 })], [], JUNIOR_POLICY);

    expect(result.items[2]).toMatchObject({ score: null, assessed: false });
    expect(result.gates.items[0].status).toBe('unverified');
  });
});
