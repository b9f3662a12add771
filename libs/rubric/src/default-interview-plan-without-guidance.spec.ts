import { DEFAULT_INTERVIEW_STAGES, defaultInterviewPlan } from './index';

describe('the default plan when the job description names no interview stage', () => {
  it('interviews with a coding assessment, a system design discussion and a behavioral interview', () => {
    const plan = defaultInterviewPlan([]);
    expect(DEFAULT_INTERVIEW_STAGES).toEqual(['Coding assessment', 'System design discussion', 'Behavioral interview']);
    expect(plan.filter((stage) => stage.kind === 'interview').map((stage) => stage.name)).toEqual(
      DEFAULT_INTERVIEW_STAGES,
    );
    // 3 before + 3 interviews + 3 after.
    expect(plan).toHaveLength(9);
    expect(plan[2]).toMatchObject({ name: 'Recruiter screen', focusItemLabels: [] });
  });
});
