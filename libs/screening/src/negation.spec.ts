import { type ScreeningChecklistItem, screenResume } from './index';

const TOOLS: ScreeningChecklistItem = {
  id: 'tools',
  category: 'hard_skill',
  label: 'Tools: OpenAPI, Docker, Kubernetes, GraphQL, AWS, Helm',
  keywords: ['OpenAPI', 'Docker', 'Kubernetes', 'GraphQL', 'AWS', 'Helm'],
  weight: 1,
};

const evidence = (text: string) => screenResume(text, [TOOLS]).items[0].evidence.map((e) => e.matched);

describe('a term listed as missing is no evidence', () => {
  it.each([
    'Documented the API by hand (no OpenAPI yet).',
    'Deployed by copying files, without Docker.',
    'Not familiar with Kubernetes.',
    'Still lacking GraphQL experience.',
    "I haven't used AWS professionally.",
    'Never worked with Helm or Kubernetes.',
    'Yet to learn Docker.',
  ])('%s', (text) => {
    expect(evidence(text)).toEqual([]);
  });

  it('reaches every term of a list after the cue', () => {
    expect(evidence('No experience with Docker, Kubernetes or Helm')).toEqual([]);
  });

  it('ends at the clause, or at the first word that is not filler', () => {
    expect(evidence('Built REST APIs without Docker, deployed to AWS')).toEqual(['AWS']);
    expect(evidence('Without a budget for tooling; we ran Docker on one VM')).toEqual(['Docker']);
    expect(evidence('Not only Docker but also Kubernetes')).toEqual(['Docker', 'Kubernetes']);
  });

  it('counts the same term where it is not negated', () => {
    expect(evidence('No Kubernetes at my first job.\nLater ran Kubernetes clusters on AWS.')).toEqual([
      'Kubernetes',
      'AWS',
    ]);
  });
});
