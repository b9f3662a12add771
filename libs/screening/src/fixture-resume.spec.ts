import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScreeningResult } from '@shortlist/contracts';
import { parseJobDescription } from '@shortlist/jd-import';
import { compileChecklist } from './index';

// A one-page student résumé (with the glued skills and asides real ones have),
// screened against the checklist jd-import reads from the reference page.
const JD = resolve(__dirname, '../../../../shared/fixtures/jd/backend-engineer-intern.vettio.txt');
const RESUME = resolve(__dirname, '../fixtures/resume-backend-intern.txt');

describe('a backend-intern résumé against the vettio backend-engineer-intern checklist', () => {
  let resume: string;
  let result: ScreeningResult;
  const evidence = (label: string) => result.items.find((item) => item.label === label)?.evidence ?? [];
  const matched = (label: string) => evidence(label).map((e) => e.matched);

  beforeAll(() => {
    const items = parseJobDescription(readFileSync(JD, 'utf8')).items.map((item, i) => ({ ...item, id: `item-${i}` }));
    resume = readFileSync(RESUME, 'utf8');
    result = compileChecklist(items)(resume, [{ itemId: 'item-8', met: true }], new Date('2025-09-01T00:00:00Z'));
  });

  it('finds evidence for every hard skill and qualification', () => {
    // 5 qualifications + 8 hard skills, weight 1 each, all with evidence: 13 / 13 × 100 = 100.
    expect(result.screenScore).toBe(100);
    expect(result.items).toHaveLength(26);
    expect(result.failedKnockouts).toEqual([]);
  });

  it('reads the degree and the glued language list', () => {
    expect(matched('Currently pursuing BS/MS in Computer Science or related field')).toEqual([
      "Bachelor's in Computer Science",
    ]);
    expect(matched('Programming Languages: Python, Java, Node.js')).toEqual(['Python', 'Java', 'Node.js']);
    expect(matched('Proficiency in at least one backend programming language')).toContain(
      'programming language (via Python)',
    );
  });

  it('counts Postgres, MongoDB and Redis for the databases line', () => {
    expect(matched('Database Technologies: SQL, NoSQL, Redis')).toEqual([
      'SQL',
      'SQL (via Postgres)',
      'NoSQL (via MongoDB)',
      'NoSQL (via Redis)',
      'SQL (via PostgreSQL)',
    ]);
  });

  it('does not read "Spring 2024" as Spring Boot', () => {
    expect(matched('Web Frameworks: Django, Spring Boot, Express')).toEqual([
      'Django',
      'Express (via Express.js)',
      'Django (via Django REST Framework)',
      'Express (via Express.js)',
    ]);
  });

  it('quotes each snippet verbatim from the résumé, at its offset', () => {
    const all = result.items.flatMap((item) => item.evidence);
    expect(all.length).toBeGreaterThan(30);
    for (const e of all) expect(resume.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
    expect(evidence('Cloud Services: AWS, GCP basics')[0]).toEqual({
      text: 'Cloud: Google Cloud (Cloud Run, Pub/Sub), some AWS (S3,',
      offset: resume.indexOf('Cloud: Google Cloud'),
      matched: 'GCP (via Google Cloud)',
    });
  });

  it('leaves an answered prerequisite without evidence', () => {
    expect(result.items[8]).toEqual({
      itemId: 'item-8',
      category: 'prerequisite',
      label: 'Available for minimum 3-month commitment',
      evidence: [],
    });
  });
});
