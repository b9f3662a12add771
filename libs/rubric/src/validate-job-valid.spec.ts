import { type JobFields, validateJob } from './index';

describe('a complete, sensible job', () => {
  it('breaks no rule', () => {
    const job: JobFields = {
      title: 'Backend Engineer Intern',
      items: [
        {
          id: 'i1',
          category: 'prerequisite',
          label: 'Right to work in the EU',
          weight: 1,
          keywords: [],
          anchors: { met: 'Has it', not_met: 'Does not' },
          knockoutQuestion: 'Do you have the right to work in the EU?',
        },
        {
          id: 'i2',
          category: 'hard_skill',
          label: 'SQL',
          weight: 0.5,
          keywords: ['SQL', 'PostgreSQL'],
          anchors: { '1': 'a', '2': 'b', '3': 'c', '4': 'd' },
          knockoutQuestion: null,
        },
      ],
      stages: [
        { name: 'Applied', kind: 'applied', focusItemIds: [] },
        { name: 'Recruiter screen', kind: 'screen', focusItemIds: ['i1'] },
        { name: 'Coding assessment', kind: 'interview', focusItemIds: ['i2'] },
        { name: 'Hired', kind: 'hired', focusItemIds: [] },
      ],
      redFlagTypes: [{ label: 'Poor communication', linkedItemIds: ['i2'] }],
      // One category may weigh 0 as long as the sum is positive: 0 + 100 + 0 = 100.
      categoryWeights: { qualification: 0, hard_skill: 100, soft_skill: 0 },
      // discuss may equal advance: no "discuss" band at all.
      thresholds: { advance: 60, discuss: 60, minCoverage: 0 },
    };
    expect(validateJob(job)).toEqual([]);
  });
});
