import { candidateKeys, cleanTags, escapeLike, skillTerms, tagsKey, wordsKey } from './candidate-keys';

describe('candidate search keys', () => {
  it('turns text into padded lower-case words, keeping dots inside words', () => {
    expect(wordsKey('Built APIs in Node.js, PostgreSQL & C++/C#. Done.')).toBe(
      ' built apis in node.js postgresql c++ c# done ',
    );
    expect(wordsKey('  ')).toBe(' ');
  });

  it('keys tags between bars and de-duplicates them ignoring case', () => {
    expect(cleanTags([' Remote ', 'remote', 'EU', ''])).toEqual(['remote', 'EU']);
    expect(tagsKey(['Remote', 'EU'])).toBe('|remote|eu|');
  });

  it('derives every key from the candidate', () => {
    expect(candidateKeys({ name: ' Zoë Ng ', tags: ['A'], resumeText: null })).toEqual({
      nameKey: 'zoë ng',
      tagsKey: '|a|',
      skillsKey: ' ',
    });
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('expands a skill with the spellings of the entries that count for it, not the other way round', () => {
    const synonyms = [
      { name: 'SQL', aliases: ['T-SQL'], includes: ['PostgreSQL', 'MySQL'] },
      { name: 'PostgreSQL', aliases: ['Postgres'] },
      { name: 'MySQL' },
    ];
    expect(skillTerms('sql', synonyms)).toEqual(['mysql', 'postgres', 'postgresql', 'sql', 't sql']);
    expect(skillTerms('Postgres', synonyms)).toEqual(['postgres', 'postgresql']);
    expect(skillTerms('Rust', synonyms)).toEqual(['rust']);
    expect(skillTerms(' , ', synonyms)).toEqual([]);
  });
});
