import { applyRubricEdit, type RubricItem } from './index';

const current: RubricItem[] = [
  {
    id: 'a',
    category: 'qualification',
    label: 'BS in Computer Science',
    weight: 0.5,
    mustHave: false,
    keywords: ['BS', 'Computer Science'],
    anchors: { '1': 'No', '2': 'Partly', '3': 'Yes', '4': 'With honours' },
    knockoutQuestion: null,
    position: 0,
    addedInVersion: 1,
    retiredAt: null,
  },
];

describe('sending the checklist back as it is', () => {
  it('is no change, whether fields are repeated or left out', () => {
    const context = { newId: () => 'new', nextVersion: 2, now: new Date() };
    const { id, category, label, weight, mustHave, keywords, anchors, knockoutQuestion } = current[0];
    const repeated = applyRubricEdit(
      current,
      [{ id, category, label, weight, mustHave, keywords, anchors, knockoutQuestion }],
      context,
    );
    const minimal = applyRubricEdit(current, [{ id, category, label: ` ${label} ` }], context);
    for (const edit of [repeated, minimal]) {
      expect(edit.changed).toBe(false);
      expect(edit.items).toEqual(current);
    }
  });
});
