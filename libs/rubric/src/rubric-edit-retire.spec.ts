import { applyRubricEdit, type RubricItem } from './index';

const item = (id: string, label: string, position: number): RubricItem => ({
  id,
  category: 'prerequisite',
  label,
  weight: 1,
  mustHave: true,
  keywords: [],
  anchors: { met: 'Meets it', not_met: 'Does not' },
  knockoutQuestion: `${label}?`,
  position,
  addedInVersion: 1,
  retiredAt: null,
});

describe('leaving an item out of the list', () => {
  const now = new Date('2025-06-01T00:00:00Z');
  const current = [item('a', 'Right to work in the EU', 0), item('b', 'Available for 3 months', 1)];
  const edit = applyRubricEdit(current, [{ id: 'b', category: 'prerequisite', label: 'Available for 3 months' }], {
    newId: () => 'new',
    nextVersion: 2,
    now,
  });

  it('retires it, never deletes it, so scorecards that rated it still resolve', () => {
    expect(edit.retired).toEqual([{ ...current[0], retiredAt: now }]);
    expect(edit.items.map((i) => [i.id, i.retiredAt])).toEqual([
      ['b', null],
      ['a', now],
    ]);
    expect(edit.changed).toBe(true);
  });

  it('moves the remaining item to the top', () => {
    expect(edit.kept[0].position).toBe(0);
  });

  it('brings a retired item back when it is named again', () => {
    const again = applyRubricEdit(
      edit.items,
      [
        { id: 'b', category: 'prerequisite', label: 'Available for 3 months' },
        { id: 'a', category: 'prerequisite', label: 'Right to work in the EU' },
      ],
      { newId: () => 'new', nextVersion: 3, now },
    );
    expect(again.items.map((i) => [i.id, i.position, i.retiredAt])).toEqual([
      ['b', 0, null],
      ['a', 1, null],
    ]);
    expect(again.changed).toBe(true);
  });
});
