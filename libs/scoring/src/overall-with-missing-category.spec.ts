import { card, JUNIOR_POLICY, rated } from '../fixtures/builders';
import { assess } from './index';

describe('overall score when a whole category is unassessed', () => {
  const items = [rated('degree', 'qualification'), rated('languages', 'hard_skill'), rated('teamwork', 'soft_skill')];
  const result = assess(items, [card('1', 'ann', { degree: 3, languages: 4 })], [], JUNIOR_POLICY);

  it('averages only the categories with an assessed item, by W_c', () => {
    // qualification (3−1)/3×100 = 66.67, W 30; hard_skill (4−1)/3×100 = 100, W 40; soft_skill unassessed
    // (30×66.67 + 40×100) / (30 + 40) = (2000 + 4000) / 70 = 85.71 → 85.7
    // (not (2000 + 4000 + 30×0) / 100 = 60.0)
    expect(result.overall).toBe(85.7);
  });

  it('has no overall score before anything is assessed', () => {
    expect(assess(items, [], [], JUNIOR_POLICY).overall).toBeNull();
  });

  it('uses the job weights, not the default ones', () => {
    const intern = { ...JUNIOR_POLICY, categoryWeights: { qualification: 35, hard_skill: 30, soft_skill: 35 } };
    // (35×66.67 + 30×100) / (35 + 30) = (2333.33 + 3000) / 65 = 82.05 → 82.1
    expect(assess(items, [card('1', 'ann', { degree: 3, languages: 4 })], [], intern).overall).toBe(82.1);
  });
});
