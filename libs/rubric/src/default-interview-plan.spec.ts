import { defaultInterviewPlan } from './index';

describe('the default plan around the interview stages a job description names', () => {
  const plan = defaultInterviewPlan(
    [
      { name: 'Coding assessment', focus: ['Testing: Unit Testing'], guidance: ['Ask about personal projects.'] },
      { name: 'Behavioral interview', focus: ['Attention to detail'], guidance: [] },
    ],
    ['Available for minimum 3-month commitment', 'Authorization to work in the country of employment'],
  );

  it('runs Applied → Résumé screen → Recruiter screen → the interviews → Decision → Offer → Hired', () => {
    // 3 stages before, 2 interviews, 3 after: 3 + 2 + 3 = 8.
    expect(plan.map((stage) => [stage.name, stage.kind])).toEqual([
      ['Applied', 'applied'],
      ['Résumé screen', 'screen'],
      ['Recruiter screen', 'screen'],
      ['Coding assessment', 'interview'],
      ['Behavioral interview', 'interview'],
      ['Decision', 'decision'],
      ['Offer', 'offer'],
      ['Hired', 'hired'],
    ]);
  });

  it('has the recruiter screen check the prerequisites, and keeps each interview focus and guidance', () => {
    expect(plan[2].focusItemLabels).toEqual([
      'Available for minimum 3-month commitment',
      'Authorization to work in the country of employment',
    ]);
    expect(plan[3]).toMatchObject({
      focusItemLabels: ['Testing: Unit Testing'],
      guidance: ['Ask about personal projects.'],
    });
    expect(plan.every((stage) => stage.interviewerIds?.length === 0)).toBe(true);
  });
});
