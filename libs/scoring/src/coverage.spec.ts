import { card, JUNIOR_POLICY, prerequisite, rated } from '../fixtures/builders';
import { assess } from './index';

describe('coverage: Σ weight of assessed rated items / Σ weight of all rated items × 100', () => {
  const items = [
    prerequisite('authorization'),
    rated('degree', 'qualification', 1),
    rated('languages', 'hard_skill', 2),
    rated('databases', 'hard_skill', 1),
    rated('teamwork', 'soft_skill', 1),
  ];

  it('counts the assessed weight, prerequisites aside', () => {
    const result = assess(
      items,
      [card('1', 'ann', { authorization: 'met', degree: 3, languages: 2 })],
      [],
      JUNIOR_POLICY,
    );

    // assessed: degree 1 + languages 2 = 3; all rated: 1 + 2 + 1 + 1 = 5; 3/5×100 = 60.0 (authorization is a gate)
    expect(result.coverage).toBe(60);
  });

  it('is a percentage with one decimal', () => {
    const result = assess(items, [card('1', 'ann', { languages: 1 })], [], JUNIOR_POLICY);

    // languages 2 of 5 → 2/5×100 = 40.0; a 1 (strong no) is assessed all the same
    expect(result.coverage).toBe(40);
    const three = [rated('a', 'soft_skill'), rated('b', 'soft_skill'), rated('c', 'soft_skill')];
    // 2/3×100 = 66.67 → 66.7
    expect(assess(three, [card('1', 'ann', { a: 3, b: 3 })], [], JUNIOR_POLICY).coverage).toBe(66.7);
  });

  it('is 0 with no scorecard, and 0 for a rubric of prerequisites only', () => {
    expect(assess(items, [], [], JUNIOR_POLICY).coverage).toBe(0); // 0/5
    expect(assess([prerequisite('authorization')], [], [], JUNIOR_POLICY).coverage).toBe(0); // no rated weight
  });
});
