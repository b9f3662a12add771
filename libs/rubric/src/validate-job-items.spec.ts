import { type JobFields, validateJob } from './index';

const rated = { '1': 'a', '2': 'b', '3': 'c', '4': 'd' };
const plan: JobFields['stages'] = [
  { name: 'Applied', kind: 'applied', focusItemIds: [] },
  { name: 'Interview', kind: 'interview', focusItemIds: [] },
  { name: 'Hired', kind: 'hired', focusItemIds: [] },
];
const job = (items: JobFields['items'], title = 'Engineer'): JobFields => ({
  title,
  items,
  stages: plan,
  redFlagTypes: [],
  categoryWeights: { qualification: 30, hard_skill: 40, soft_skill: 30 },
  thresholds: { advance: 70, discuss: 50, minCoverage: 50 },
});
const item = (over: Partial<JobFields['items'][number]>, i = 0): JobFields['items'][number] => ({
  id: `i${i}`,
  category: 'hard_skill',
  label: `Skill ${i}`,
  weight: 1,
  keywords: [],
  anchors: rated,
  knockoutQuestion: null,
  ...over,
});

describe('the rules for the title and the checklist items', () => {
  it('names each broken rule by its dotted path', () => {
    const errors = validateJob(
      job(
        [
          item({ label: '' }, 0),
          item({ label: 'x'.repeat(501) }, 1),
          item({ label: 'SQL' }, 2),
          item({ label: ' sql ' }, 3),
          item({ label: 'SQL', category: 'qualification' }, 4),
          item({ weight: 0 }, 5),
          item({ weight: 100.5 }, 6),
          item({ keywords: Array.from({ length: 51 }, (_, k) => `k${k}`) }, 7),
          item({ keywords: ['ok', 'k'.repeat(101)] }, 8),
          item({ anchors: { '1': 'a', '2': 'b', '3': 'c' } }, 9),
          item({ category: 'prerequisite', anchors: rated }, 10),
          item({ category: 'prerequisite', anchors: { met: '', not_met: 'no' } }, 11),
        ],
        '',
      ),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'title',
      'items.0.label',
      'items.1.label',
      // "SQL" and " sql " are one label in one category; a qualification may reuse it.
      'items.3.label',
      'items.5.weight',
      'items.6.weight',
      'items.7.keywords',
      'items.8.keywords.1',
      'items.9.anchors',
      'items.10.anchors',
      'items.11.anchors.met',
    ]);
    expect(errors[3].message).toBe('repeats the label of items.2 in the same category');
    expect(errors[4].message).toBe('must be greater than 0 and at most 100');
    expect(errors[9].message).toBe('must have exactly the keys met, not_met');
  });

  it('allows at most 200 items', () => {
    const many = Array.from({ length: 201 }, (_, i) => item({}, i));
    expect(validateJob(job(many))).toEqual([{ field: 'items', message: 'must have at most 200 items' }]);
    expect(validateJob(job(many.slice(0, 200)))).toEqual([]);
  });
});
