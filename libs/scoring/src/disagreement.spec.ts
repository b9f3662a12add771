import { card, JUNIOR_POLICY, prerequisite, rated } from '../fixtures/builders';
import { assess } from './index';

describe('disagreement: submitted ratings of an item that differ by 2 or more', () => {
  const items = [
    prerequisite('authorization'),
    rated('dsa', 'qualification'),
    rated('sql', 'hard_skill'),
    rated('apis', 'hard_skill'),
    rated('teamwork', 'soft_skill'),
  ];
  const result = assess(
    items,
    [
      card('1', 'ann', { authorization: 'met', dsa: 1, sql: 2, apis: 1, teamwork: 4 }),
      card('2', 'bob', { authorization: 'not_met', dsa: 3, sql: 3, apis: 4 }),
    ],
    [],
    JUNIOR_POLICY,
  );
  const spreadOf = (id: string) => result.items.find((i) => i.itemId === id);

  it('flags a spread of 2 or 3', () => {
    expect(spreadOf('dsa')).toMatchObject({ spread: 2, disagreement: true }); // 3 − 1 = 2
    expect(spreadOf('apis')).toMatchObject({ spread: 3, disagreement: true }); // 4 − 1 = 3
  });

  it('does not flag a spread of 1 or a single rating', () => {
    expect(spreadOf('sql')).toMatchObject({ spread: 1, disagreement: false }); // 3 − 2 = 1
    expect(spreadOf('teamwork')).toMatchObject({ spread: 0, disagreement: false }); // one rating
  });

  it('lists the disagreements in rubric order; a met / not met split is a gate matter, not one of them', () => {
    expect(result.disagreements).toEqual(['dsa', 'apis']);
    expect(spreadOf('authorization')).toMatchObject({ spread: 0, disagreement: false });
    expect(result.gates.items[0].status).toBe('not_met');
  });
});
