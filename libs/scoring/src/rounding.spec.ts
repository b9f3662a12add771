import { card, JUNIOR_POLICY, rated } from '../fixtures/builders';
import { assess, format1, round1 } from './index';

describe('rounding: one decimal, halves away from zero, once at the end', () => {
  it('rounds halves away from zero', () => {
    expect(round1(72.45)).toBe(72.5);
    expect(round1(72.44999999999999)).toBe(72.5); // binary noise under a half (1e-9 of slack) is still a half
    expect(round1(72.449)).toBe(72.4);
    expect(round1(83.3333)).toBe(83.3);
    expect(round1(66.6667)).toBe(66.7);
    expect(round1(-0.25)).toBe(-0.3);
    expect(round1(-2.25)).toBe(-2.3);
    expect(round1(0.05)).toBe(0.1);
    expect(round1(100)).toBe(100);
  });

  it('never answers −0', () => {
    expect(Object.is(round1(-0.04), 0)).toBe(true);
  });

  it('formats with its decimal', () => {
    expect(format1(70)).toBe('70.0');
    expect(format1(33.333)).toBe('33.3');
  });

  it('computes the overall from unrounded category scores', () => {
    const items = [rated('degree', 'qualification'), rated('languages', 'hard_skill')];
    const cards = [
      card('1', 'ann', { degree: 1, languages: 2 }),
      card('2', 'bob', { languages: 4 }),
      card('3', 'cat', { languages: 4 }),
    ];
    const result = assess(items, cards, [], JUNIOR_POLICY);

    // languages: (33.33 + 100 + 100)/3 = 77.78 → reported 77.8
    expect(result.categories[1].score).toBe(77.8);
    // degree: (1−1)/3×100 = 0
    // overall (30×0 + 40×77.78)/70 = 3111.11/70 = 44.44 → 44.4
    // (rounding the category first would give 40×77.8/70 = 44.46 → 44.5)
    expect(result.overall).toBe(44.4);
  });
});
