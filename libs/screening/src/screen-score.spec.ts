import type { ScreeningChecklistItem } from './index';
import { screenResume, screenScore } from './index';

const item = (
  id: string,
  category: ScreeningChecklistItem['category'],
  keywords: string[],
  weight = 1,
): ScreeningChecklistItem => ({
  id,
  category,
  label: id,
  keywords,
  weight,
});

describe('the screen score: weighted share of hard-skill and qualification items with evidence', () => {
  const checklist = [
    item('python', 'hard_skill', ['Python'], 2),
    item('sql', 'hard_skill', ['SQL'], 1),
    item('docker', 'hard_skill', ['Docker'], 1),
    item('git', 'qualification', ['Git'], 0.5),
    item('graphql', 'qualification', ['GraphQL'], 1.5),
    // Neither counts, with or without evidence:
    item('prerequisite', 'prerequisite', ['Python']),
    item('soft', 'soft_skill', ['Communication']),
  ];

  it('weighs the items with evidence against all of them', () => {
    const result = screenResume('Python and Postgres, on GitHub. Good communication.', checklist);
    // With evidence: python 2 + sql 1 + git 0.5 = 3.5; all: 2 + 1 + 1 + 0.5 + 1.5 = 6.
    // 3.5 / 6 × 100 = 58.333… → 58.3
    expect(result.screenScore).toBe(58.3);
  });

  it('rounds halves up to one decimal', () => {
    // 1 / 8 × 100 = 12.5 exactly; 1 / 16 × 100 = 6.25 → 6.3; 2 / 3 × 100 = 66.666… → 66.7
    const scored = (covered: number, total: number) =>
      screenScore(
        Array.from({ length: total }, (_, i) => ({
          category: 'hard_skill' as const,
          weight: 1,
          hasEvidence: i < covered,
        })),
      );
    expect(scored(1, 8)).toBe(12.5);
    expect(scored(1, 16)).toBe(6.3);
    expect(scored(2, 3)).toBe(66.7);
    expect(scored(3, 3)).toBe(100);
  });

  it('is 0 with nothing to screen', () => {
    expect(screenResume('Python', []).screenScore).toBe(0);
    expect(screenResume('Python', [item('soft', 'soft_skill', ['Python'])]).screenScore).toBe(0);
    expect(screenScore([{ category: 'hard_skill', weight: 0, hasEvidence: true }])).toBe(0);
  });
});
