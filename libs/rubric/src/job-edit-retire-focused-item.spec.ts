import { jobDraftFromTemplate, planJobEdit, planNewJob } from './index';

describe('retiring an item that a stage focuses on and a red flag links to', () => {
  let n = 0;
  const context = { newId: () => `id-${(n += 1)}`, now: new Date('2025-06-01T00:00:00Z') };
  const created = planNewJob(
    jobDraftFromTemplate(undefined, {
      title: 'Engineer',
      items: [
        { category: 'prerequisite', label: 'Right to work in the EU' },
        { category: 'soft_skill', label: 'Teamwork' },
      ],
      redFlagTypes: [{ label: 'Blames others', linkedItemLabels: ['Teamwork', 'Right to work in the EU'] }],
    }),
    context,
  ).next;
  const [rightToWork, teamwork] = created.items;

  it('drops it from the stages and red flags the edit did not send, and bumps the rubric version', () => {
    const edit = planJobEdit(
      created,
      { items: [{ id: teamwork.id, category: 'soft_skill', label: 'Teamwork' }] },
      context,
    );
    expect(edit.errors).toEqual([]);
    expect(edit.next.rubricVersion).toBe(2);
    expect(edit.next.items.find((i) => i.id === rightToWork.id)?.retiredAt).toEqual(context.now);
    expect(edit.next.stages.find((s) => s.name === 'Recruiter screen')?.focusItemIds).toEqual([]);
    expect(edit.next.redFlagTypes[0].linkedItemIds).toEqual([teamwork.id]);
  });

  it('refuses a plan sent with the edit that still focuses on it', () => {
    const stages = created.stages.map((s) => ({ id: s.id, name: s.name }));
    const edit = planJobEdit(
      created,
      {
        items: [{ id: teamwork.id, category: 'soft_skill', label: 'Teamwork' }],
        stages: stages.map((s) => (s.name === 'Recruiter screen' ? { ...s, focusItemIds: [rightToWork.id] } : s)),
      },
      context,
    );
    expect(edit.errors).toEqual([{ field: 'stages.2.focusItemIds.0', message: 'is not an active item of this job' }]);
  });

  it('refuses a focus label that names no active item', () => {
    const edit = planJobEdit(
      created,
      { stages: [{ name: 'Applied', kind: 'applied', focusItemLabels: ['Kubernetes'] }] },
      context,
    );
    expect(edit.errors[0]).toEqual({
      field: 'stages.0.focusItemLabels.0',
      message: 'names no active item of this job',
    });
  });
});
