import { applyRubricEdit, type RubricItem } from './index';

const item = (id: string, label: string, position: number): RubricItem => ({
  id,
  category: 'hard_skill',
  label,
  weight: 2,
  mustHave: false,
  keywords: [label],
  anchors: { '1': 'No', '2': 'Some', '3': 'Yes', '4': 'Expert' },
  knockoutQuestion: null,
  position,
  addedInVersion: 1,
  retiredAt: null,
});

describe('moving an item up and adding one', () => {
  const current = [item('a', 'SQL', 0), item('b', 'Docker', 1)];
  let next = 0;
  const edit = applyRubricEdit(
    current,
    [
      { id: 'b', category: 'hard_skill', label: 'Docker' },
      { category: 'prerequisite', label: 'Willing to relocate to Lisbon' },
      { id: 'a', category: 'hard_skill', label: 'SQL' },
    ],
    { newId: () => `new-${(next += 1)}`, nextVersion: 4, now: new Date() },
  );

  it('orders the items as the input does', () => {
    expect(edit.items.map((i) => [i.id, i.position])).toEqual([
      ['b', 0],
      ['new-1', 1],
      ['a', 2],
    ]);
    expect(edit.changed).toBe(true);
  });

  it('keeps what the input leaves out of kept items: weight, keywords, anchors', () => {
    expect(edit.kept[0]).toMatchObject({ weight: 2, keywords: ['Docker'], anchors: current[1].anchors });
  });

  it('gives a new prerequisite the defaults: weight 1, a gate, met/not-met anchors, a knock-out question', () => {
    expect(edit.added).toEqual([
      {
        id: 'new-1',
        category: 'prerequisite',
        label: 'Willing to relocate to Lisbon',
        weight: 1,
        mustHave: true,
        keywords: [],
        anchors: expect.objectContaining({ met: expect.any(String), not_met: expect.any(String) }),
        knockoutQuestion: 'Are you willing to relocate to Lisbon?',
        position: 1,
        addedInVersion: 4,
        retiredAt: null,
      },
    ]);
  });
});
