import { defaultAnchors } from './index';

describe('default anchors: one sentence per rating level, specific to the item', () => {
  it('names the languages of a programming-language line in code terms', () => {
    expect(defaultAnchors('hard_skill', 'Programming Languages: Python, Java, Node.js')).toEqual({
      '1': 'Cannot write working code in Python, Java or Node.js',
      '2': 'Writes code in Python, Java or Node.js only with close guidance',
      '3': 'Writes working, readable code in Python, Java or Node.js for routine tasks',
      '4': 'Writes idiomatic, tested code in Python, Java or Node.js and explains trade-offs',
    });
  });

  it('names the tools of any other technology line, without the filler', () => {
    expect(defaultAnchors('hard_skill', 'Cloud Services: AWS, GCP basics')).toEqual({
      '1': 'Cannot use AWS or GCP even for simple tasks',
      '2': 'Uses AWS or GCP only with close guidance',
      '3': 'Uses AWS or GCP competently for routine tasks',
      '4': 'Uses AWS or GCP fluently on non-trivial problems and explains trade-offs',
    });
  });

  it('turns "Ability to …", "Knowledge of …" and traits into sentences about the candidate', () => {
    expect(defaultAnchors('soft_skill', 'Ability to work effectively in teams')['1']).toBe(
      'Unable to work effectively in teams',
    );
    expect(defaultAnchors('qualification', 'Basic knowledge of databases and SQL')).toEqual({
      '1': 'Shows no working knowledge of databases and SQL',
      '2': 'Shows only superficial knowledge of databases and SQL',
      '3': 'Shows solid working knowledge of databases and SQL',
      '4': 'Shows deep knowledge of databases and SQL and applies it to unfamiliar problems',
    });
    expect(defaultAnchors('qualification', 'Proficiency in at least one backend programming language')['1']).toBe(
      'Shows no working knowledge of any backend programming language',
    );
    expect(defaultAnchors('soft_skill', 'Excellent written and verbal communication')).toEqual({
      '1': 'Shows poor written and verbal communication',
      '2': 'Shows inconsistent written and verbal communication',
      '3': 'Shows good written and verbal communication',
      '4': 'Shows excellent written and verbal communication, backed by specific examples',
    });
  });

  it('quotes a label it cannot rephrase rather than mangle it', () => {
    expect(defaultAnchors('qualification', 'Currently pursuing BS/MS in Computer Science or related field')['3']).toBe(
      'Meets "Currently pursuing BS/MS in Computer Science or related field"',
    );
  });

  it('gives prerequisites met / not met instead of a scale', () => {
    expect(defaultAnchors('prerequisite', 'Available for minimum 3-month commitment')).toEqual({
      met: 'Meets the requirement: available for minimum 3-month commitment',
      not_met: 'Does not meet the requirement: available for minimum 3-month commitment',
    });
  });

  it('always answers four (or two) non-empty sentences, even for an empty label', () => {
    expect(Object.values(defaultAnchors('hard_skill', '')).every((s) => s.length > 0)).toBe(true);
    expect(Object.keys(defaultAnchors('soft_skill', '   '))).toEqual(['1', '2', '3', '4']);
    expect(Object.keys(defaultAnchors('prerequisite', ''))).toEqual(['met', 'not_met']);
  });
});
