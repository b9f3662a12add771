import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LEVELS } from '@shortlist/contracts';
import { parseLadder } from './index';

const FIXTURE = resolve(__dirname, '../../../../shared/fixtures/jd/intern-back-end-engineer.ladder.txt');

describe('the intern back-end engineer career ladder', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const ladder = parseLadder(text);
  const description = (name: string) => ladder.levels.find((level) => level.name === name)?.description;

  it('yields the six levels in ladder order, each with its own paragraph', () => {
    expect(ladder.levels.map((level) => level.name)).toEqual([...LEVELS]);
    expect(ladder.warnings).toEqual([]);
    const paragraphs = text.split('\n').map((line) => line.trim());
    // Lines 6–10 of the document open with "A Graduate …", "A Junior …", … "A Lead …".
    expect(description('Graduate')).toBe(paragraphs[5]);
    expect(description('Junior')).toBe(paragraphs[6]);
    expect(description('Mid-Level')).toBe(paragraphs[7]);
    expect(description('Senior')).toBe(paragraphs[8]);
    expect(description('Lead')).toBe(paragraphs[9]);
  });

  it('describes the intern by the first paragraph only, not the four about tasks, requirements and sales', () => {
    expect(description('Intern')).toMatch(/^Intern Back-End Engineers are the rising stars/);
    expect(description('Intern')).toMatch(/stages of the application development lifecycle\.$/);
    expect(description('Intern')).not.toContain('typically takes on');
  });

  it('warns about the levels a shorter ladder leaves out', () => {
    const partial = parseLadder('## Senior\nOwns the design of services.\n\n## Lead\nLeads a team of engineers.');
    expect(partial.levels).toEqual([
      { name: 'Senior', description: 'Owns the design of services.' },
      { name: 'Lead', description: 'Leads a team of engineers.' },
    ]);
    expect(partial.warnings).toEqual(['Levels not described: Intern, Graduate, Junior, Mid-Level']);
    expect(parseLadder('').warnings).toEqual(['No career levels found']);
  });
});
