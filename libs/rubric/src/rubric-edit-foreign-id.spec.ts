import { applyRubricEdit } from './index';

describe('an input id that is not one of the job’s items', () => {
  it('is an error naming the entry, as is an id sent twice', () => {
    const edit = applyRubricEdit(
      [],
      [
        { id: 'from-another-job', category: 'soft_skill', label: 'Teamwork' },
        { category: 'soft_skill', label: 'Curiosity' },
      ],
      { newId: () => 'new', nextVersion: 1, now: new Date() },
    );
    expect(edit.errors).toEqual([{ field: 'items.0.id', message: 'is not an item of this job' }]);
  });
});
