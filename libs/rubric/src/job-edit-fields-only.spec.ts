import { jobDraftFromTemplate, planJobEdit, planNewJob } from './index';

describe('editing the title and status only', () => {
  let n = 0;
  const context = { newId: () => `id-${(n += 1)}`, now: new Date() };
  const created = planNewJob(
    jobDraftFromTemplate(undefined, { title: 'Engineer', items: [{ category: 'soft_skill', label: 'Teamwork' }] }),
    context,
  ).next;
  const edit = planJobEdit(created, { title: ' Senior Engineer ', status: 'open' }, context);

  it('changes those fields and leaves the rubric version alone', () => {
    expect(edit.errors).toEqual([]);
    expect(edit.rubricChanged).toBe(false);
    expect(edit.next).toEqual({ ...created, title: 'Senior Engineer', status: 'open', rubricVersion: 1 });
  });

  it('does not re-infer the level from the new title', () => {
    expect(edit.next.level).toBe('Junior');
  });
});
