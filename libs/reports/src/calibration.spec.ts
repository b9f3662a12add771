import type { RatingValue } from '@shortlist/contracts';
import { interviewerCalibration, type ReportScorecard, type ScoringItem } from './index';

const item = (id: string, category: ScoringItem['category']): ScoringItem => ({
  id,
  category,
  label: id,
  weight: 1,
  mustHave: false,
});

const card = (
  id: string,
  applicationId: string,
  interviewerId: string,
  stageId: string,
  focusItemIds: string[],
  ratings: Record<string, RatingValue>,
): ReportScorecard => ({
  id,
  applicationId,
  interviewerId,
  stageId,
  focusItemIds,
  ratings: Object.entries(ratings).map(([itemId, value]) => ({ itemId, value })),
});

describe('interviewer calibration: offset against co-panelists and focus items assessed', () => {
  const items = [item('sql', 'hard_skill'), item('k8s', 'hard_skill'), item('comm', 'soft_skill')];
  const coding = ['sql', 'k8s'];
  const result = interviewerCalibration(items, [
    card('1', 'a1', 'ivan', 'coding', coding, { sql: 4, k8s: 3 }),
    card('2', 'a1', 'iris', 'coding', coding, { sql: 2, k8s: null }),
    card('3', 'a1', 'iris', 'behavioral', ['comm'], { comm: 3 }),
    card('4', 'a1', 'morgan', 'behavioral', ['comm'], { comm: 4 }),
    card('5', 'a2', 'ivan', 'coding', coding, { sql: 4, k8s: 1 }),
    card('6', 'a2', 'iris', 'coding', coding, { sql: 3, k8s: null }),
    card('7', 'a4', 'ivan', 'coding', coding, { sql: 4 }),
  ]);

  it('pools each interviewer’s differences from the others over every application', () => {
    // a1 sql: 4 − 2 = +2; a2 sql: 4 − 3 = +1; k8s was rated by ivan alone. (2 + 1) / 2 = 1.5
    expect(result.get('ivan')).toMatchObject({ offset: 1.5, comparisons: 2 });
    // a1 sql: 2 − 4 = −2; a1 comm: 3 − 4 = −1; a2 sql: 3 − 4 = −1. −4 / 3 = −1.33… → −1.3
    expect(result.get('iris')).toMatchObject({ offset: -1.3, comparisons: 3 });
    // a1 comm: 4 − 3 = +1
    expect(result.get('morgan')).toMatchObject({ offset: 1, comparisons: 1 });
  });

  it('shares the focus items assessed over all of an interviewer’s scorecards', () => {
    // 2 of 2 (a1), 2 of 2 (a2), 1 of 2 (a4: k8s absent) = 5 of 6 = 83.3%
    expect(result.get('ivan')).toMatchObject({ focusItems: 6, focusAssessed: 5, focusAssessedRate: 83.3 });
    // 1 of 2 (a1 coding: k8s null), 1 of 1 (a1 behavioral), 1 of 2 (a2) = 3 of 5 = 60%
    expect(result.get('iris')).toMatchObject({ focusItems: 5, focusAssessed: 3, focusAssessedRate: 60 });
    expect(result.get('morgan')).toMatchObject({ focusItems: 1, focusAssessed: 1, focusAssessedRate: 100 });
  });

  it('lists someone without a comparison or a focus item with nulls', () => {
    const alone = interviewerCalibration(items, [card('9', 'a9', 'dan', 'coding', [], { sql: 2 })]);
    expect(alone.get('dan')).toEqual({
      offset: null,
      comparisons: 0,
      focusItems: 0,
      focusAssessed: 0,
      focusAssessedRate: null,
    });
  });
});
