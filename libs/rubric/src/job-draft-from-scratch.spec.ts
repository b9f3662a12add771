import { jobDraftFromTemplate } from './index';

describe('a job from scratch: a title and a few items, no template', () => {
  const draft = jobDraftFromTemplate(undefined, {
    title: '  Platform Engineer ',
    items: [
      { category: 'prerequisite', label: 'Right to work in the EU' },
      { category: 'hard_skill', label: 'Kubernetes' },
    ],
  });

  it('is a Junior draft when the title names no level, with the design defaults', () => {
    expect(draft).toMatchObject({ title: 'Platform Engineer', level: 'Junior', status: 'draft', summary: null });
    expect(draft.categoryWeights).toEqual({ qualification: 30, hard_skill: 40, soft_skill: 30 });
  });

  it('gets the default plan, the recruiter screen on its prerequisite', () => {
    // 3 + 3 default interviews + 3 = 9 stages.
    expect(draft.stages).toHaveLength(9);
    expect(draft.stages[2]).toMatchObject({ name: 'Recruiter screen', focusItemLabels: ['Right to work in the EU'] });
    expect(draft.redFlagTypes).toEqual([]);
  });
});
