import { jobDraftFromTemplate, planNewJob } from './index';

describe('creating a job from a draft', () => {
  let n = 0;
  const draft = jobDraftFromTemplate(
    {
      title: 'Backend Engineer Intern',
      items: [
        {
          category: 'prerequisite',
          label: 'Right to work in the EU',
          keywords: [],
          mustHave: true,
          weight: 1,
          anchors: { met: 'Has it', not_met: 'Does not' },
          knockoutQuestion: 'Do you have the right to work in the EU?',
        },
        {
          category: 'soft_skill',
          label: 'Teamwork',
          keywords: [],
          mustHave: false,
          weight: 1,
          anchors: { '1': 'a', '2': 'b', '3': 'c', '4': 'd' },
        },
      ],
      stages: [{ name: 'Behavioral interview', focus: ['Teamwork'], guidance: [] }],
      redFlags: [{ label: 'Inability to work in teams', linkedItemLabels: ['teamwork'] }],
    },
    {},
  );
  const { next, rubricChanged, errors } = planNewJob(draft, {
    newId: () => `id-${(n += 1)}`,
    now: new Date('2025-06-01T00:00:00Z'),
  });

  it('is valid and starts at rubric version 1, every item added in it', () => {
    expect(errors).toEqual([]);
    expect(rubricChanged).toBe(true);
    expect(next.rubricVersion).toBe(1);
    expect(next.items.map((i) => [i.id, i.position, i.addedInVersion])).toEqual([
      ['id-1', 0, 1],
      ['id-2', 1, 1],
    ]);
  });

  it('resolves focus and red-flag links from labels to item ids', () => {
    // Stages are made after the items: Applied is id-3, so the recruiter screen (3rd) is id-5.
    expect(next.stages.map((s) => [s.id, s.name, s.order, s.focusItemIds])).toEqual([
      ['id-3', 'Applied', 0, []],
      ['id-4', 'Résumé screen', 1, []],
      ['id-5', 'Recruiter screen', 2, ['id-1']],
      ['id-6', 'Behavioral interview', 3, ['id-2']],
      ['id-7', 'Decision', 4, []],
      ['id-8', 'Offer', 5, []],
      ['id-9', 'Hired', 6, []],
    ]);
    expect(next.redFlagTypes).toEqual([{ id: 'id-10', label: 'Inability to work in teams', linkedItemIds: ['id-2'] }]);
  });
});
