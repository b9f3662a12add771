import { jobDraftFromTemplate, planNewJob } from './index';

describe('items with the longest label allowed and everything else drafted', () => {
  it('are valid, although the drafted anchors and knock-out question quote the label', () => {
    // 500 characters of label + the sentence around it: more than 500, within the 1,000 allowed.
    let n = 0;
    const label = `Experience with ${'x'.repeat(484)}`;
    expect(label).toHaveLength(500);
    const { next, errors } = planNewJob(
      jobDraftFromTemplate(undefined, {
        title: 'Engineer',
        items: [
          { category: 'prerequisite', label },
          { category: 'qualification', label },
        ],
      }),
      { newId: () => `id-${(n += 1)}`, now: new Date() },
    );
    expect(errors).toEqual([]);
    expect(next.items[0].knockoutQuestion!.length).toBeGreaterThan(500);
    expect(Math.max(...Object.values(next.items[1].anchors).map((a) => a.length))).toBeGreaterThan(500);
  });
});
