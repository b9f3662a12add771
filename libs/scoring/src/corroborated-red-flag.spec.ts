import { card, JUNIOR_POLICY, rated } from '../fixtures/builders';
import { assess } from './index';

describe('a red flag corroborated by two interviewers turns advance into discuss', () => {
  const items = [rated('degree', 'qualification'), rated('languages', 'hard_skill'), rated('teamwork', 'soft_skill')];
  const strong = { degree: 4, languages: 4, teamwork: 4 } as const; // overall 100.0
  const policy = { ...JUNIOR_POLICY, redFlagTypes: [{ id: 'feedback', label: 'Resistance to feedback' }] };
  const feedback = { typeId: 'feedback', severity: 'concern' as const };

  it('discusses when two different interviewers raise the same type', () => {
    const result = assess(
      items,
      [
        card('1', 'ann', strong, { redFlags: [{ ...feedback, evidence: 'argued with every hint' }] }),
        card('2', 'bob', {}, { redFlags: [{ typeId: 'feedback', severity: 'dealbreaker' }] }),
      ],
      [],
      policy,
    );

    expect(result.proposal).toBe('discuss');
    expect(result.proposalReasons).toEqual([
      'Coverage 100.0% ≥ 50%',
      'Overall 100.0 ≥ advance 70',
      'Red flag Resistance to feedback raised by 2 interviewers: advance becomes discuss',
    ]);
    expect(result.redFlags).toEqual([
      {
        typeId: 'feedback',
        label: 'Resistance to feedback',
        raisedBy: ['ann', 'bob'],
        count: 2,
        corroborated: true,
        maxSeverity: 'dealbreaker', // concern < dealbreaker
        raises: [
          { interviewerId: 'ann', scorecardId: '1', severity: 'concern', evidence: 'argued with every hint' },
          { interviewerId: 'bob', scorecardId: '2', severity: 'dealbreaker', evidence: null },
        ],
      },
    ]);
    expect(result.redFlagCount).toBe(2); // 1 + 1 raised
  });

  it('does not corroborate when the same interviewer raises it twice', () => {
    const result = assess(
      items,
      [
        card('1', 'ann', strong, { stageId: 'coding', redFlags: [feedback] }),
        card('2', 'ann', {}, { stageId: 'behavioral', redFlags: [feedback] }),
      ],
      [],
      policy,
    );

    expect(result.proposal).toBe('advance');
    expect(result.redFlags[0]).toMatchObject({ raisedBy: ['ann'], count: 2, corroborated: false });
  });

  it('does not corroborate two different types raised by one interviewer each', () => {
    const result = assess(
      items,
      [
        card('1', 'ann', strong, { redFlags: [feedback] }),
        card('2', 'bob', {}, { redFlags: [{ typeId: 'teams', severity: 'note' }] }),
      ],
      [],
      policy,
    );

    expect(result.proposal).toBe('advance');
    expect(result.redFlags.map((f) => [f.typeId, f.label, f.corroborated])).toEqual([
      ['feedback', 'Resistance to feedback', false],
      ['teams', 'teams', false], // no label given: the type id stands in
    ]);
  });

  it('leaves discuss and reject as they are', () => {
    const weak = { degree: 3, languages: 3, teamwork: 3 } as const; // overall 66.7: discuss
    const result = assess(
      items,
      [card('1', 'ann', weak, { redFlags: [feedback] }), card('2', 'bob', {}, { redFlags: [feedback] })],
      [],
      policy,
    );

    expect(result.proposal).toBe('discuss');
    expect(result.proposalReasons).toEqual(['Coverage 100.0% ≥ 50%', 'Overall 66.7 ≥ discuss 50, below advance 70']);
  });
});
