import type { KnockoutAnswer } from '@shortlist/contracts';
import { card, JUNIOR_POLICY, prerequisite, rated } from '../fixtures/builders';
import { assess } from './index';

describe('gates: must-have prerequisites from scorecards and knock-out answers', () => {
  const items = [
    prerequisite('authorization', 'Authorization to work in the country of employment'),
    prerequisite('availability', 'Available for minimum 3-month commitment'),
    prerequisite('portfolio', 'Portfolio link', false), // not a must-have: informational
    rated('languages', 'hard_skill'),
  ];
  const gate = (knockouts: KnockoutAnswer[], ...cards: ReturnType<typeof card>[]) =>
    assess(items, cards, knockouts, JUNIOR_POLICY).gates;

  it('passes when every must-have is met by a knock-out answer or a scorecard', () => {
    const gates = gate([{ itemId: 'authorization', met: true }], card('1', 'ann', { availability: 'met' }));

    expect(gates.status).toBe('pass');
    expect(gates.items).toEqual([
      {
        itemId: 'authorization',
        label: 'Authorization to work in the country of employment',
        mustHave: true,
        status: 'met',
        sources: [{ kind: 'knockout', value: 'met' }],
      },
      {
        itemId: 'availability',
        label: 'Available for minimum 3-month commitment',
        mustHave: true,
        status: 'met',
        sources: [{ kind: 'scorecard', scorecardId: '1', interviewerId: 'ann', value: 'met' }],
      },
      { itemId: 'portfolio', label: 'Portfolio link', mustHave: false, status: 'unverified', sources: [] },
    ]);
  });

  it('is pending while a must-have is unverified', () => {
    const gates = gate([{ itemId: 'authorization', met: true }]);

    expect(gates.status).toBe('pending');
    expect(gates.items[1].status).toBe('unverified');
  });

  it('fails when a knock-out says not met, even if a scorecard says met', () => {
    const gates = gate(
      [{ itemId: 'availability', met: false }],
      card('1', 'ann', { availability: 'met', authorization: 'met' }),
    );

    expect(gates.status).toBe('fail');
    expect(gates.items[1]).toMatchObject({
      status: 'not_met',
      sources: [
        { kind: 'knockout', value: 'not_met' },
        { kind: 'scorecard', interviewerId: 'ann', value: 'met' },
      ],
    });
  });

  it('fails when one scorecard says not met, even if the knock-out and another scorecard say met', () => {
    const gates = gate(
      [{ itemId: 'authorization', met: true }],
      card('1', 'ann', { authorization: 'met', availability: 'met' }),
      card('2', 'bob', { authorization: 'not_met' }),
    );

    expect(gates.status).toBe('fail');
    expect(gates.items[0].status).toBe('not_met');
  });

  it('reports a non-must-have prerequisite that is not met without gating on it', () => {
    const gates = gate([
      { itemId: 'authorization', met: true },
      { itemId: 'availability', met: true },
      { itemId: 'portfolio', met: false },
    ]);

    expect(gates.status).toBe('pass');
    expect(gates.items[2]).toMatchObject({ mustHave: false, status: 'not_met' });
  });

  it('passes with no must-have prerequisite at all', () => {
    expect(assess([rated('languages', 'hard_skill')], [], [], JUNIOR_POLICY).gates).toEqual({
      status: 'pass',
      items: [],
    });
  });

  it('ignores knock-out answers about items that are not prerequisites', () => {
    const gates = gate([
      { itemId: 'authorization', met: true },
      { itemId: 'availability', met: true },
      { itemId: 'languages', met: false },
    ]);

    expect(gates.status).toBe('pass');
  });
});
