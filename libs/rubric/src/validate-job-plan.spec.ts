import { type JobFields, validateJob } from './index';

const job = (stages: JobFields['stages'], redFlagTypes: JobFields['redFlagTypes'] = []): JobFields => ({
  title: 'Engineer',
  items: [
    {
      id: 'active',
      category: 'soft_skill',
      label: 'Teamwork',
      weight: 1,
      keywords: [],
      anchors: { '1': 'a', '2': 'b', '3': 'c', '4': 'd' },
      knockoutQuestion: null,
    },
  ],
  stages,
  redFlagTypes,
  categoryWeights: { qualification: 30, hard_skill: 40, soft_skill: 30 },
  thresholds: { advance: 70, discuss: 50, minCoverage: 50 },
});
const fields = (job: JobFields) => validateJob(job).map((e) => `${e.field}: ${e.message}`);

describe('the rules for the interview plan and the red flags', () => {
  it('needs 1 to 30 stages', () => {
    expect(fields(job([]))).toEqual(['stages: must have 1 to 30 stages']);
    const many = Array.from({ length: 31 }, (_, i) => ({
      name: `Stage ${i}`,
      kind: i === 0 ? 'applied' : i === 30 ? 'hired' : 'interview',
      focusItemIds: [],
    })) as JobFields['stages'];
    expect(fields(job(many))).toEqual(['stages: must have 1 to 30 stages']);
  });

  it('needs exactly one applied and one hired stage, an interview, and unique names', () => {
    expect(
      fields(
        job([
          { name: 'Applied', kind: 'applied', focusItemIds: [] },
          { name: 'applied ', kind: 'applied', focusItemIds: [] },
          { name: 'Screen', kind: 'screen', focusItemIds: [] },
        ]),
      ),
    ).toEqual([
      'stages.1.name: repeats the name of stages.0',
      'stages: must have exactly one applied stage (has 2)',
      'stages: must have exactly one hired stage (has 0)',
      'stages: must have at least one interview stage',
    ]);
  });

  it('focuses stages and links red flags only to active items of the job, and keeps flag labels unique', () => {
    const plan: JobFields['stages'] = [
      { name: 'Applied', kind: 'applied', focusItemIds: [] },
      { name: 'Interview', kind: 'interview', focusItemIds: ['active', 'retired-or-foreign'] },
      { name: 'Hired', kind: 'hired', focusItemIds: [] },
    ];
    expect(
      fields(
        job(plan, [
          { label: 'Blames others', linkedItemIds: ['active'] },
          { label: 'blames others', linkedItemIds: ['nope'] },
          { label: '', linkedItemIds: [] },
        ]),
      ),
    ).toEqual([
      'stages.1.focusItemIds.1: is not an active item of this job',
      'redFlagTypes.1.label: repeats the label of redFlagTypes.0',
      'redFlagTypes.1.linkedItemIds.0: is not an active item of this job',
      'redFlagTypes.2.label: must be 1 to 500 characters',
    ]);
  });
});
