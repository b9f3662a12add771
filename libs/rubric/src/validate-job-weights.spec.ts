import { type JobFields, validateJob } from './index';

const job = (categoryWeights: JobFields['categoryWeights'], thresholds: JobFields['thresholds']): JobFields => ({
  title: 'Engineer',
  items: [],
  stages: [
    { name: 'Applied', kind: 'applied', focusItemIds: [] },
    { name: 'Interview', kind: 'interview', focusItemIds: [] },
    { name: 'Hired', kind: 'hired', focusItemIds: [] },
  ],
  redFlagTypes: [],
  categoryWeights,
  thresholds,
});
const fields = (j: JobFields) => validateJob(j).map((e) => `${e.field}: ${e.message}`);

describe('the rules for category weights and proposal thresholds', () => {
  it('keeps each weight within 0–100 and their sum positive', () => {
    const thresholds = { advance: 70, discuss: 50, minCoverage: 50 };
    expect(fields(job({ qualification: -1, hard_skill: 101, soft_skill: 30 }, thresholds))).toEqual([
      'categoryWeights.qualification: must be from 0 to 100',
      'categoryWeights.hard_skill: must be from 0 to 100',
    ]);
    // 0 + 0 + 0 = 0: no category would count towards the overall score.
    expect(fields(job({ qualification: 0, hard_skill: 0, soft_skill: 0 }, thresholds))).toEqual([
      'categoryWeights: must not all be 0',
    ]);
  });

  it('keeps thresholds within 0–100 and discuss at or below advance', () => {
    const weights = { qualification: 30, hard_skill: 40, soft_skill: 30 };
    expect(fields(job(weights, { advance: 60, discuss: 61, minCoverage: 50 }))).toEqual([
      'thresholds.discuss: must not be above thresholds.advance',
    ]);
    expect(fields(job(weights, { advance: 120, discuss: 50, minCoverage: -5 }))).toEqual([
      'thresholds.advance: must be from 0 to 100',
      'thresholds.minCoverage: must be from 0 to 100',
    ]);
  });
});
