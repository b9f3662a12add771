import { LEVELS } from '@shortlist/contracts';
import { defaultsForLevel, LEVEL_DEFAULTS } from './index';

describe('level defaults for category weights and proposal thresholds', () => {
  it('covers every level with weights summing to 100 and thresholds in order', () => {
    for (const level of LEVELS) {
      const { categoryWeights, thresholds } = LEVEL_DEFAULTS[level];
      expect(categoryWeights.qualification + categoryWeights.hard_skill + categoryWeights.soft_skill).toBe(100);
      expect(thresholds.advance).toBeGreaterThan(thresholds.discuss);
      expect(thresholds.minCoverage).toBeGreaterThanOrEqual(50);
    }
  });

  it('keeps the design default (30/40/30, 70/50/50) for juniors and unknown levels', () => {
    const design = {
      categoryWeights: { qualification: 30, hard_skill: 40, soft_skill: 30 },
      thresholds: { advance: 70, discuss: 50, minCoverage: 50 },
    };
    expect(defaultsForLevel('Junior')).toEqual(design);
    expect(defaultsForLevel('Principal')).toEqual(design);
  });

  it('weighs an intern on fundamentals and learning, and lets all-"yes" ratings advance', () => {
    const intern = defaultsForLevel('Intern');
    expect(intern.categoryWeights).toEqual({ qualification: 35, hard_skill: 30, soft_skill: 35 });
    // A rating of 3 scores (3 − 1) / 3 × 100 = 66.7, above the intern bar of 65 but below the default 70.
    expect(((3 - 1) / 3) * 100).toBeGreaterThan(intern.thresholds.advance);
    expect(((3 - 1) / 3) * 100).toBeLessThan(defaultsForLevel('Junior').thresholds.advance);
  });

  it('weighs a lead on design and leadership, with a higher bar and more coverage', () => {
    const lead = defaultsForLevel('lead');
    expect(lead.categoryWeights.hard_skill).toBe(45);
    expect(lead.categoryWeights.soft_skill).toBe(40);
    expect(lead.categoryWeights.qualification).toBeLessThan(defaultsForLevel('Intern').categoryWeights.qualification);
    // 75 needs about one "strong yes" in four: (3 × 66.7 + 100) / 4 = 75.
    expect(lead.thresholds).toEqual({ advance: 75, discuss: 55, minCoverage: 70 });
  });

  it('reads level names loosely and hands out copies', () => {
    expect(defaultsForLevel('mid level')).toEqual(LEVEL_DEFAULTS['Mid-Level']);
    expect(defaultsForLevel('Sr.')).toEqual(LEVEL_DEFAULTS.Senior);
    const copy = defaultsForLevel('Senior');
    copy.categoryWeights.hard_skill = 0;
    expect(LEVEL_DEFAULTS.Senior.categoryWeights.hard_skill).toBe(45);
  });
});
