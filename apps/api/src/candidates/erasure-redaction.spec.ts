import type { ScreeningResult } from '@shortlist/contracts';
import {
  identifierPattern,
  mentions,
  redactDeep,
  redactImportErrors,
  redactText,
  withoutResumeQuotes,
} from './erasure-redaction';

const dana = { name: 'Dana  Whitfield', email: 'dana.w@example.org', phone: '+44 7700 900123' };

describe('erasure redaction', () => {
  it('replaces the email, the name (any case, any spacing, whole words) and the phone', () => {
    const pattern = identifierPattern([dana]);
    expect(redactText('Called DANA whitfield at dana.w@example.org or +44 7700 900123.', pattern)).toBe(
      'Called [erased] at [erased] or [erased].',
    );
    expect(redactText('Dana\nWhitfield said hi', pattern)).toBe('[erased] said hi');
    // Not inside another word, and not a first name alone: only the full name identifies.
    expect(redactText('Dana WhitfieldSmith and Dana met', pattern)).toBe('Dana WhitfieldSmith and Dana met');
  });

  it('replaces an email whole, before a name inside it could be', () => {
    const pattern = identifierPattern([{ name: 'Dana', email: 'dana@example.org', phone: null }]);
    expect(redactText('Mail dana@example.org, Dana', pattern)).toBe('Mail [erased], [erased]');
  });

  it('leaves names and phones too short to be told from ordinary words', () => {
    const pattern = identifierPattern([{ name: 'Al', email: 'al@example.org', phone: '123' }]);
    expect(redactText('Also call Al at 123 or al@example.org', pattern)).toBe('Also call Al at 123 or [erased]');
    expect(identifierPattern([{ name: ' ', email: '', phone: null }])).toBeNull();
    expect(redactText('unchanged', null)).toBe('unchanged');
  });

  it('escapes what regular expressions would read as syntax', () => {
    const pattern = identifierPattern([{ name: 'J. (Jo) Doe+', email: 'j+doe@example.org', phone: null }]);
    expect(redactText('J. (Jo) Doe+ is j+doe@example.org, not jXdoe@example.org', pattern)).toBe(
      '[erased] is [erased], not jXdoe@example.org',
    );
  });

  it('redacts every string of a stored snapshot, keeping its shape', () => {
    const pattern = identifierPattern([dana]);
    const snapshot = {
      recommendation: 'yes',
      takeaways: 'Dana Whitfield knows SQL',
      ratings: [{ itemId: 'i1', value: '4', note: 'ask dana.w@example.org' }],
      redFlags: [],
    };
    expect(redactDeep(snapshot, pattern)).toEqual({
      recommendation: 'yes',
      takeaways: '[erased] knows SQL',
      ratings: [{ itemId: 'i1', value: '4', note: 'ask [erased]' }],
      redFlags: [],
    });
  });

  it('rewrites only the import report rows that mention the person', () => {
    const pattern = identifierPattern([dana]);
    const errors = [
      {
        row: 2,
        field: 'email',
        message: 'Line 2 (data row 1): email "dana <dana.w@example.org>" is not an email address',
      },
      { row: 3, field: 'name', message: 'Line 3 (data row 2): name is empty' },
    ];
    expect(redactImportErrors(errors, pattern)).toEqual([
      { row: 2, field: 'email', message: 'Line 2 (data row 1): email "dana <[erased]>" is not an email address' },
      errors[1],
    ]);
    expect(redactImportErrors([errors[1]], pattern)).toBeNull();
    expect(mentions(errors[0].message, pattern)).toBe(true);
    // Twice: a global pattern's lastIndex must not carry over from one test to the next.
    expect(mentions(errors[0].message, pattern)).toBe(true);
    expect(mentions(errors[1].message, pattern)).toBe(false);
  });

  it('drops the résumé quotes from a screening, keeping which items had evidence and why', () => {
    const screening: ScreeningResult = {
      screenScore: 50,
      failedKnockouts: [],
      screenedAt: '2026-01-01T00:00:00.000Z',
      items: [
        {
          itemId: 'sql',
          category: 'hard_skill',
          label: 'SQL',
          evidence: [{ text: 'Dana Whitfield, Postgres daily', offset: 12, matched: 'SQL (via Postgres)' }],
        },
      ],
    };
    expect(withoutResumeQuotes(screening)).toEqual({
      ...screening,
      items: [{ ...screening.items[0], evidence: [{ text: '', offset: 0, matched: 'SQL (via Postgres)' }] }],
    });
    expect(withoutResumeQuotes(null)).toBeNull();
  });
});
