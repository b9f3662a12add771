import { type ScreeningChecklistItem, MAX_EVIDENCE_PER_ITEM, MAX_RESUME_CHARS, screenResume } from './index';

const SQL: ScreeningChecklistItem = { id: 'sql', category: 'hard_skill', label: 'SQL', keywords: ['SQL'], weight: 1 };

describe('bounded work per résumé', () => {
  it('keeps at most five pieces of evidence per item', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Project ${i}: Postgres`).join('\n');
    expect(screenResume(text, [SQL]).items[0].evidence).toHaveLength(MAX_EVIDENCE_PER_ITEM);
  });

  it('reads only the first 200,000 characters', () => {
    const padding = 'word '.repeat(MAX_RESUME_CHARS / 5);
    expect(screenResume(`${padding}SQL`, [SQL]).screenScore).toBe(0);
    expect(screenResume(`SQL ${padding}`, [SQL]).screenScore).toBe(100);
  });

  it('stays linear on input built to make a backtracking matcher explode', () => {
    const hostile = [
      'a-'.repeat(50_000),
      'PostgreSQL'.repeat(5_000),
      '('.repeat(20_000),
      `x${'.'.repeat(50_000)}`,
      `${'-'.repeat(50_000)}x`,
      'BSc '.repeat(20_000),
      'Computer Science '.repeat(2_000),
    ].join(' ');
    const degree: ScreeningChecklistItem = {
      ...SQL,
      id: 'degree',
      category: 'qualification',
      label: 'BS in a related field',
    };
    const started = Date.now();
    screenResume(hostile, [SQL, degree]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
