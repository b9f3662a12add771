import type { RatingValue } from '@shortlist/contracts';
import { itemReliability, RUBRIC_PROBLEM_THRESHOLDS, type ReportScorecard, type ScoringItem } from './index';

const item = (id: string, category: ScoringItem['category'] = 'hard_skill'): ScoringItem => ({
  id,
  category,
  label: id,
  weight: 1,
  mustHave: category === 'prerequisite',
});

let seq = 0;
const card = (
  applicationId: string,
  interviewerId: string,
  focusItemIds: string[],
  ratings: Record<string, RatingValue>,
): ReportScorecard => ({
  id: `card-${++seq}`,
  applicationId,
  interviewerId,
  stageId: 'coding',
  focusItemIds,
  ratings: Object.entries(ratings).map(([itemId, value]) => ({ itemId, value })),
});

describe('item reliability: not assessed where in focus, and disputed between interviewers', () => {
  const items = [item('sql'), item('k8s'), item('comm', 'soft_skill'), item('permit', 'prerequisite')];
  const coding = ['sql', 'k8s'];
  const scorecards = [
    card('a1', 'ivan', coding, { sql: 4, k8s: 3, permit: 'met' }),
    card('a1', 'iris', coding, { sql: 2, k8s: null, permit: 'not_met' }),
    card('a2', 'ivan', coding, { sql: 4, k8s: 1 }),
    card('a2', 'iris', coding, { sql: 3, k8s: null }),
    card('a4', 'ivan', coding, { sql: 4 }), // k8s absent: not assessed, like null
    card('a1', 'morgan', ['comm'], { comm: 4, sql: 'met' }), // 'met' does not fit a skill: left out
  ];
  const result = itemReliability(items, scorecards);

  it('names an item disputed on at least 25% of at least 2 compared applications', () => {
    expect(result.get('sql')).toEqual({
      focusScorecards: 5, // the five coding scorecards
      notAssessed: 0,
      notAssessedRate: 0,
      compared: 2, // a1 (4, 2) and a2 (4, 3); a4 has one rating
      disagreements: 1, // a1: 4 − 2 = 2 ≥ 2; a2: 4 − 3 = 1
      disagreementRate: 50, // 1 / 2
      problems: ['often_disputed'],
    });
  });

  it('names an item left not assessed on at least 50% of at least 2 focus scorecards', () => {
    expect(result.get('k8s')).toEqual({
      focusScorecards: 5,
      notAssessed: 3, // iris on a1 and a2 (null), ivan on a4 (absent)
      notAssessedRate: 60, // 3 / 5
      compared: 0, // only ivan rated it, on a1 and a2
      disagreements: 0,
      disagreementRate: null,
      problems: ['often_not_assessed'],
    });
  });

  it('names nothing below the minimum sample', () => {
    expect(result.get('comm')).toMatchObject({ focusScorecards: 1, notAssessed: 0, compared: 0, problems: [] });
  });

  it('counts met against not met as a prerequisite’s disagreement', () => {
    expect(result.get('permit')).toMatchObject({
      focusScorecards: 0, // no stage focuses on it
      notAssessedRate: null,
      compared: 1, // a1: met (ivan), not met (iris)
      disagreements: 1,
      disagreementRate: 100,
      problems: [], // one application is below the minimum sample of 2
    });
  });

  it('compares the rates exactly: 1 of 4 is 25% and counts, with thresholds of its own', () => {
    const four = ['b1', 'b2', 'b3', 'b4'].flatMap((a, i) => [
      card(a, 'ivan', [], { sql: 4 }),
      card(a, 'iris', [], { sql: i === 0 ? 1 : 3 }), // b1: 4 − 1 = 3; the others 4 − 3 = 1
    ]);
    expect(itemReliability([item('sql')], four).get('sql')).toMatchObject({
      compared: 4,
      disagreements: 1,
      disagreementRate: 25,
      problems: ['often_disputed'],
    });
    const strict = { ...RUBRIC_PROBLEM_THRESHOLDS, disagreementRate: 26 };
    expect(itemReliability([item('sql')], four, strict).get('sql')?.problems).toEqual([]);
  });
});
