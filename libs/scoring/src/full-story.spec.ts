import { card } from '../fixtures/builders';
import { DEMO_ITEMS, INTERN_POLICY } from '../fixtures/demo-rubric';
import { assess, debriefAgenda, storedScoreOf } from './index';

/**
 * One candidate for the demo Backend Engineer Intern job, three interviewers:
 * Rae (recruiter screen), Cody (coding assessment), Bea (behavioral interview).
 * Intern weights 35/30/35, thresholds advance 65, discuss 45, coverage 50.
 */
describe('full story: the demo intern rubric, three interviewers', () => {
  const knockouts = [
    { itemId: 'p-availability', met: true },
    { itemId: 'p-authorization', met: true },
  ];
  const rae = card(
    'sc-rae',
    'rae',
    { 'p-problem-solving': 'met', 'p-communication': 'met', 'p-teams': 'met', 'q-degree': 4, 'q-language': 3 },
    { stageId: 'recruiter-screen' },
  );
  const cody = card(
    'sc-cody',
    'cody',
    {
      'q-dsa': 3,
      'q-language': 4,
      'q-git': 3,
      'h-languages': 4,
      'h-databases': 2,
      'h-apis': 3,
      'h-version-control': 3,
      'h-testing': 2,
      'h-cloud': null,
      's-analytical': 4,
    },
    {
      stageId: 'coding',
      redFlags: [{ typeId: 'rf-feedback', severity: 'concern', evidence: 'Dismissed review comments' }],
    },
  );
  const bea = card(
    'sc-bea',
    'bea',
    {
      's-analytical': 2,
      's-communication': 3,
      's-teams': 3,
      's-learning': 4,
      's-time': 3,
      's-detail': null,
      's-initiative': 3,
      's-attitude': 3,
    },
    {
      stageId: 'behavioral',
      redFlags: [
        { typeId: 'rf-feedback', severity: 'concern', evidence: 'Pushed back on every suggestion' },
        { typeId: 'rf-communication', severity: 'note' },
      ],
    },
  );
  const result = assess(DEMO_ITEMS, [bea, rae, cody], knockouts, INTERN_POLICY);
  const score = (id: string) => result.items.find((i) => i.itemId === id)?.score;

  it('scores the items, mixed ratings averaged', () => {
    expect(score('q-degree')).toBe(100); // (4−1)/3×100
    expect(score('q-language')).toBe(83.3); // Rae 3 → 66.67, Cody 4 → 100; mean 83.33 → 83.3
    expect(score('s-analytical')).toBe(66.7); // Cody 4 → 100, Bea 2 → 33.33; mean 66.67 → 66.7
    expect(score('q-sql')).toBeNull(); // nobody asked
    expect(score('h-cloud')).toBeNull(); // rated "not assessed" by Cody
    expect(score('p-authorization')).toBeNull(); // a gate, not a score
  });

  it('scores the categories over their assessed items', () => {
    expect(result.categories.map((c) => [c.category, c.score, c.weight, c.assessedWeight, c.totalWeight])).toEqual([
      // degree 100, dsa 66.67, language 83.33, git 66.67 (sql unassessed): 316.67/4 = 79.17 → 79.2
      ['qualification', 79.2, 35, 4, 5],
      // languages 100, databases 33.33, apis 66.67, version control 66.67, testing 33.33
      // (frameworks, cloud, tools unassessed): 300/5 = 60.0
      ['hard_skill', 60, 30, 5, 8],
      // analytical 66.67 and five 3s (66.67) and learning 100 (detail unassessed): (6×66.67 + 100)/7 = 500/7 = 71.43 → 71.4
      ['soft_skill', 71.4, 35, 7, 8],
    ]);
  });

  it('combines them with the Intern weights', () => {
    // (35×79.17 + 30×60 + 35×71.43)/100 = (2770.83 + 1800 + 2500)/100 = 70.71 → 70.7
    expect(result.overall).toBe(70.7);
    // assessed rated items 4 + 5 + 7 = 16 of 5 + 8 + 8 = 21: 16/21×100 = 76.19 → 76.2
    expect(result.coverage).toBe(76.2);
  });

  it('passes the gates: three prerequisites met by Rae, two by knock-out answers', () => {
    expect(result.gates.status).toBe('pass');
    expect(result.gates.items.map((g) => [g.itemId, g.status, g.sources.map((s) => s.kind)])).toEqual([
      ['p-problem-solving', 'met', ['scorecard']],
      ['p-communication', 'met', ['scorecard']],
      ['p-teams', 'met', ['scorecard']],
      ['p-availability', 'met', ['knockout']],
      ['p-authorization', 'met', ['knockout']],
    ]);
  });

  it('would advance, but Cody and Bea both raised resistance to feedback: discuss', () => {
    expect(result.proposal).toBe('discuss');
    expect(result.proposalReasons).toEqual([
      'Coverage 76.2% ≥ 50%',
      'Overall 70.7 ≥ advance 65',
      'Red flag Resistance to feedback raised by 2 interviewers: advance becomes discuss',
    ]);
    expect(result.redFlags.map((f) => [f.typeId, f.raisedBy, f.count, f.corroborated, f.maxSeverity])).toEqual([
      ['rf-communication', ['bea'], 1, false, 'note'],
      ['rf-feedback', ['bea', 'cody'], 2, true, 'concern'],
    ]);
    expect(result.redFlagCount).toBe(3); // 1 + 2
  });

  it('finds the disagreement and each interviewer’s offset', () => {
    expect(result.disagreements).toEqual(['s-analytical']); // 4 − 2 = 2; q-language 4 − 3 = 1 is not one
    expect(result.interviewerOffsets).toEqual([
      { interviewerId: 'bea', offset: -2, comparisons: 1 }, // s-analytical 2 − 4 = −2
      { interviewerId: 'cody', offset: 1.5, comparisons: 2 }, // q-language 4 − 3 = +1, s-analytical 4 − 2 = +2: 3/2 = 1.5
      { interviewerId: 'rae', offset: -1, comparisons: 1 }, // q-language 3 − 4 = −1
    ]);
  });

  it('stores the summary on the application', () => {
    expect(storedScoreOf(result)).toEqual({
      score: 70.7,
      coverage: 76.2,
      gates: 'pass',
      proposal: 'discuss',
      redFlagCount: 3,
    });
  });

  it('sets the debrief agenda', () => {
    const agenda = debriefAgenda(result);

    // concern before note
    expect(agenda.unresolvedRedFlags.map((f) => f.typeId)).toEqual(['rf-feedback', 'rf-communication']);
    // spread 2, then 1; nothing else was rated twice
    expect(agenda.mostDisputedItems.map((i) => [i.itemId, i.spread])).toEqual([
      ['s-analytical', 2],
      ['q-language', 1],
    ]);
    expect(agenda.unassessedItems.map((i) => i.itemId)).toEqual([
      'q-sql',
      'h-frameworks',
      'h-cloud',
      'h-tools',
      's-detail',
    ]);
    expect(agenda.unverifiedGates).toEqual([]);
    expect(debriefAgenda(result, ['rf-feedback']).unresolvedRedFlags.map((f) => f.typeId)).toEqual([
      'rf-communication',
    ]);
  });

  it('gives the same assessment whatever order the scorecards come in', () => {
    expect(assess(DEMO_ITEMS, [cody, bea, rae], [...knockouts].reverse(), INTERN_POLICY)).toEqual(result);
  });
});
