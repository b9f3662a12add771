import type { ScreeningResult } from '@shortlist/contracts';
import { type ScreeningChecklistItem, screenResume } from './index';

const skill = (id: string, keywords: string[]): ScreeningChecklistItem => ({
  id,
  category: 'hard_skill',
  label: `${id}: ${keywords.join(', ')}`,
  keywords,
  weight: 1,
});

const CHECKLIST = [
  skill('languages', ['Python', 'Java', 'Node.js']),
  skill('databases', ['SQL', 'NoSQL']),
  skill('cloud', ['AWS', 'GCP']),
  skill('dotnet', ['C#', '.NET']),
  skill('cpp', ['C++']),
];

const matched = (result: ScreeningResult, id: string) =>
  result.items.find((item) => item.itemId === id)?.evidence.map((e) => e.matched);

describe('résumés as they really arrive: glued, abbreviated, punctuated', () => {
  it('splits skills glued together at case and known-name boundaries', () => {
    const result = screenResume('SKILLS\nPythonJavaPostgreSQL', CHECKLIST);
    expect(matched(result, 'languages')).toEqual(['Python', 'Java']);
    expect(matched(result, 'databases')).toEqual(['SQL (via PostgreSQL)']);
  });

  it('does not take JavaScript for Java, nor NoSQL for SQL', () => {
    const result = screenResume('Front-end work in JavaScript; data in a NoSQL store.', CHECKLIST);
    expect(matched(result, 'languages')).toEqual([]);
    expect(matched(result, 'databases')).toEqual(['NoSQL']);
  });

  it('counts Postgres for SQL and Google Cloud for GCP', () => {
    const result = screenResume('Ran Postgres on Google Cloud for two years.', CHECKLIST);
    expect(matched(result, 'databases')).toEqual(['SQL (via Postgres)']);
    expect(matched(result, 'cloud')).toEqual(['GCP (via Google Cloud)']);
  });

  it('reads names made of punctuation: C#, C++, .NET, Node.js at the end of a sentence', () => {
    const result = screenResume('Services in C# on .NET 8, a C++ game engine, tooling in Node.js. C#/.NET', CHECKLIST);
    expect(matched(result, 'dotnet')).toEqual(['C#', '.NET', 'C#', '.NET']);
    expect(matched(result, 'cpp')).toEqual(['C++']);
    expect(matched(result, 'languages')).toEqual(['Node.js']);
  });

  it('finds terms inside hyphenated and slashed words, and in other spellings', () => {
    const result = screenResume('Node-based CLI; Python/Django; MySQL-backed; Amazon Web Services (EC2)', CHECKLIST);
    expect(matched(result, 'languages')).toEqual(['Node.js (via Node)', 'Python']);
    expect(matched(result, 'databases')).toEqual(['SQL (via MySQL)']);
    expect(matched(result, 'cloud')).toEqual(['AWS (via Amazon Web Services)', 'AWS (via EC2)']);
  });

  it('gives each piece of evidence its line around the match, whole words only', () => {
    const text =
      'Summary line that is long enough to be cut somewhere in the middle of it, then Kotlin and Python services ' +
      'that go on and on for a while longer than any snippet.\nNext line';
    const [evidence] = screenResume(text, CHECKLIST).items[0].evidence;
    // "Python" is at 90…96, so the window is 90 − 40 = 50 … 96 + 40 = 136. 50 falls inside "somewhere":
    // the snippet starts at the next word, "in" (53). 136 is where "longer" starts: it ends after "while".
    expect(evidence).toEqual({
      text: 'in the middle of it, then Kotlin and Python services that go on and on for a while',
      offset: 53,
      matched: 'Python',
    });
    expect(text.slice(evidence.offset, evidence.offset + evidence.text.length)).toBe(evidence.text);
  });
});
