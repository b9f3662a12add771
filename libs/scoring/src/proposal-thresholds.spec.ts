import type { RatingValue } from '@shortlist/contracts';
import { card, JUNIOR_POLICY, prerequisite, rated } from '../fixtures/builders';
import { assess } from './index';

describe('proposal: gates, then coverage, then the overall score against the job thresholds', () => {
  const items = [
    prerequisite('authorization', 'Authorization to work in the country of employment'),
    rated('degree', 'qualification'),
    rated('languages', 'hard_skill'),
    rated('teamwork', 'soft_skill'),
  ];
  const met = [{ itemId: 'authorization', met: true }];
  const allRated = (value: RatingValue) => card('1', 'ann', { degree: value, languages: value, teamwork: value });

  it('rejects when a gate fails, whatever the scores', () => {
    const result = assess(items, [allRated(4)], [{ itemId: 'authorization', met: false }], JUNIOR_POLICY);

    expect(result.proposal).toBe('reject');
    expect(result.proposalReasons).toEqual(['Gate failed: Authorization to work in the country of employment']);
  });

  it('asks for more evidence below the minimum coverage', () => {
    const result = assess(items, [card('1', 'ann', { languages: 4 })], met, JUNIOR_POLICY);

    expect(result.proposal).toBe('insufficient_evidence');
    // 1 of 3 rated items: 1/3×100 = 33.33 → 33.3 < 50
    expect(result.proposalReasons).toEqual(['Coverage 33.3% is below 50%']);
  });

  it('advances at or above the advance threshold', () => {
    const result = assess(items, [allRated(4)], met, JUNIOR_POLICY);

    expect(result.proposal).toBe('advance');
    // coverage 3/3 = 100.0; overall (30×100 + 40×100 + 30×100)/100 = 100.0 ≥ 70
    expect(result.proposalReasons).toEqual(['Coverage 100.0% ≥ 50%', 'Overall 100.0 ≥ advance 70']);
  });

  it('discusses between discuss and advance', () => {
    const result = assess(items, [allRated(3)], met, JUNIOR_POLICY);

    expect(result.proposal).toBe('discuss');
    // every item (3−1)/3×100 = 66.67, so overall 66.67 → 66.7: ≥ 50, < 70
    expect(result.proposalReasons).toEqual(['Coverage 100.0% ≥ 50%', 'Overall 66.7 ≥ discuss 50, below advance 70']);
  });

  it('rejects below the discuss threshold', () => {
    const result = assess(items, [allRated(2)], met, JUNIOR_POLICY);

    expect(result.proposal).toBe('reject');
    // every item (2−1)/3×100 = 33.33 → 33.3 < 50
    expect(result.proposalReasons).toEqual(['Coverage 100.0% ≥ 50%', 'Overall 33.3 is below discuss 50']);
  });

  it('compares the reported one-decimal numbers: 66.67 shown as 66.7 meets an advance of 66.7', () => {
    const policy = { ...JUNIOR_POLICY, thresholds: { advance: 66.7, discuss: 50, minCoverage: 66.7 } };
    const twoOfThree = card('1', 'ann', { degree: 3, languages: 3 });

    // coverage 2/3×100 = 66.67 → 66.7 ≥ 66.7; overall 66.67 → 66.7 ≥ 66.7
    expect(assess(items, [twoOfThree], met, policy).proposal).toBe('advance');
  });

  it('uses the job thresholds (Intern: advance 65 on a clean "yes")', () => {
    const intern = {
      categoryWeights: { qualification: 35, hard_skill: 30, soft_skill: 35 },
      thresholds: { advance: 65, discuss: 45, minCoverage: 50 },
    };

    // 66.7 ≥ 65
    expect(assess(items, [allRated(3)], met, intern).proposal).toBe('advance');
  });

  it('proceeds with a pending gate, naming it', () => {
    const result = assess(items, [allRated(4)], [], JUNIOR_POLICY);

    expect(result.gates.status).toBe('pending');
    expect(result.proposal).toBe('advance');
    expect(result.proposalReasons[0]).toBe(
      'Gate unverified: Authorization to work in the country of employment (advance and hire need it verified or overridden)',
    );
  });

  it('asks for more evidence when no weighted category has an assessed item', () => {
    const zero = { ...JUNIOR_POLICY, categoryWeights: { qualification: 0, hard_skill: 0, soft_skill: 0 } };
    const result = assess(items, [allRated(4)], met, zero);

    // coverage 100.0 but Σ W_c = 0: no overall score
    expect(result.overall).toBeNull();
    expect(result.proposal).toBe('insufficient_evidence');
  });
});
