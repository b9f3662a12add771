import { parseJobDescription } from './index';

describe('an FAQ written as questions and answers', () => {
  const template = parseJobDescription(
    [
      'Soft skills',
      '- Clear communication',
      '- Curiosity about how things work',
      'Hard skills',
      '- Languages: Go, Rust',
      'FAQ',
      'Q: What are the red flags?',
      'A: Candidates who blame previous teammates; vague answers about their own work.',
      '',
      'How should we interview?',
      'Start with a technical interview, then a pair programming session. Keep it under three hours.',
      '',
      'What makes a strong candidate?',
      'Enthusiasm for learning and the ability to discuss their development goals.',
      '',
      'Anything else?',
      'Be kind and punctual.',
    ].join('\n'),
  );

  it('takes every sentence of an answer to a red-flag question as red flags', () => {
    expect(template.redFlags.map((flag) => flag.label)).toEqual([
      'Blame previous teammates',
      'Vague answers about their own work',
    ]);
  });

  it('takes the stages from the answer on how to interview, in the order named', () => {
    expect(template.stages.map((stage) => [stage.name, stage.focus])).toEqual([
      ['Technical interview', ['Languages: Go, Rust']],
      ['Pair programming', ['Languages: Go, Rust']],
    ]);
    expect(template.items.find((i) => i.category === 'hard_skill')?.keywords).toEqual(['Go', 'Rust']);
  });

  it('keeps the rest of the answers as general guidance when no stage of the plan fits them', () => {
    expect(template.guidance).toEqual([
      'Keep it under three hours.',
      'Enthusiasm for learning and the ability to discuss their development goals.',
      'Be kind and punctual.',
    ]);
    expect(template.warnings).not.toContain('No red flags found; add them by hand');
  });
});
