import { defaultInterviewPlan } from './index';

describe('a job description whose only interview stage is a recruiter screen', () => {
  const plan = defaultInterviewPlan(
    [
      {
        name: 'recruiter screen',
        focus: ['Right to work in the EU', 'Fluent in German'],
        guidance: ['Keep it short.'],
      },
    ],
    ['Right to work in the EU'],
  );

  it('merges it into the fixed recruiter screen instead of naming it twice', () => {
    expect(plan.filter((stage) => stage.name.toLowerCase() === 'recruiter screen')).toHaveLength(1);
    expect(plan[2]).toMatchObject({
      name: 'Recruiter screen',
      kind: 'screen',
      // The prerequisite first, then the page's extra focus; the repeated label counted once.
      focusItemLabels: ['Right to work in the EU', 'Fluent in German'],
      guidance: ['Keep it short.'],
    });
  });

  it('still has interview stages to score, the defaults', () => {
    expect(plan.filter((stage) => stage.kind === 'interview')).toHaveLength(3);
  });
});
