import type { JobTemplate } from '@shortlist/contracts';
import { jobDraftFromTemplate } from './index';

const template: Partial<JobTemplate> = {
  title: 'Senior Backend Engineer',
  location: 'Lisbon',
  items: [
    {
      category: 'hard_skill',
      label: 'SQL',
      keywords: ['SQL'],
      mustHave: false,
      weight: 1,
      anchors: { '1': 'a', '2': 'b', '3': 'c', '4': 'd' },
    },
  ],
  stages: [{ name: 'Coding assessment', focus: ['SQL', 'Kubernetes'], guidance: [] }],
  redFlags: [{ label: 'Blames others', linkedItemLabels: ['Teamwork'] }],
};

describe('fields given beside a template', () => {
  it('win over the template, a null included, and a given level brings its own defaults', () => {
    const draft = jobDraftFromTemplate(template, { title: 'Lead Engineer', level: 'Junior', location: null });
    expect(draft).toMatchObject({ title: 'Lead Engineer', level: 'Junior', location: null });
    // LEVEL_DEFAULTS.Junior, the design default: 30 / 40 / 30, advance 70, discuss 50.
    expect(draft.categoryWeights).toEqual({ qualification: 30, hard_skill: 40, soft_skill: 30 });
    expect(draft.thresholds.advance).toBe(70);
  });

  it('keep given weights and thresholds whatever the level', () => {
    const categoryWeights = { qualification: 10, hard_skill: 80, soft_skill: 10 };
    const thresholds = { advance: 90, discuss: 60, minCoverage: 75 };
    expect(jobDraftFromTemplate(template, { categoryWeights, thresholds })).toMatchObject({
      level: 'Senior',
      categoryWeights,
      thresholds,
    });
  });

  it('drop focus and red-flag links the page made to items that are not in the draft', () => {
    const draft = jobDraftFromTemplate(template);
    expect(draft.stages.find((s) => s.name === 'Coding assessment')!.focusItemLabels).toEqual(['SQL']);
    expect(draft.redFlagTypes).toEqual([{ label: 'Blames others', linkedItemLabels: [] }]);
  });
});
