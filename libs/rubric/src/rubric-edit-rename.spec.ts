import { applyRubricEdit, type RubricItem } from './index';

const item = (id: string, label: string, position: number): RubricItem => ({
  id,
  category: 'soft_skill',
  label,
  weight: 1,
  mustHave: false,
  keywords: [],
  anchors: { '1': 'Poor', '2': 'Weak', '3': 'Good', '4': 'Excellent' },
  knockoutQuestion: null,
  position,
  addedInVersion: 1,
  retiredAt: null,
});

describe('renaming one item of the checklist', () => {
  const current = [item('a', 'Attention to detail', 0), item('b', 'Teamwork', 1)];
  const edit = applyRubricEdit(
    current,
    [
      { id: 'a', category: 'soft_skill', label: 'Attention to detail' },
      { id: 'b', category: 'soft_skill', label: 'Collaboration' },
    ],
    { newId: () => 'new', nextVersion: 2, now: new Date('2025-06-01T00:00:00Z') },
  );

  it('keeps both items, the renamed one with its id and the version it was added in', () => {
    expect(edit.errors).toEqual([]);
    expect(edit.added).toEqual([]);
    expect(edit.retired).toEqual([]);
    expect(edit.kept.map((i) => [i.id, i.label, i.addedInVersion])).toEqual([
      ['a', 'Attention to detail', 1],
      ['b', 'Collaboration', 1],
    ]);
  });

  it('is a change of the checklist', () => {
    expect(edit.changed).toBe(true);
  });

  it('drafts anchors for the new wording, which the input left out', () => {
    expect(edit.kept[1].anchors['3']).toBe('Shows good collaboration');
    // The untouched item keeps the anchors it had, although the input left them out too.
    expect(edit.kept[0].anchors['3']).toBe('Good');
  });
});
