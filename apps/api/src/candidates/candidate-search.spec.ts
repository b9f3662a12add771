import {
  ftsString,
  globPrefix,
  likePatterns,
  resumeMatch,
  skillMatch,
  tagNamesMatch,
  tagWordsMatch,
  textTerms,
} from './candidate-search';

describe('candidate search terms', () => {
  it('reads text of 3+ characters as a substring of name and email, the résumé by words', () => {
    const terms = textTerms('  Spring Boot ')!;
    expect(terms).toEqual({ text: 'spring boot', short: false, words: 'spring boot', lastWordPrefix: true });
    expect(likePatterns(terms)).toEqual({ nameOrEmail: '%spring boot%', resume: '% spring boot%' });
    expect(resumeMatch(terms)).toBe('skills_key : "spring boot"*');
  });

  it('takes a last word under 3 characters whole, and text under 3 characters as a prefix', () => {
    const bo = textTerms('spring bo')!;
    expect(bo.lastWordPrefix).toBe(false);
    expect(likePatterns(bo).resume).toBe('% spring bo %');
    expect(resumeMatch(bo)).toBe('skills_key : "spring bo"');
    const go = textTerms('Go')!;
    expect(go).toEqual({ text: 'go', short: true, words: 'go', lastWordPrefix: false });
    expect(likePatterns(go)).toEqual({ nameOrEmail: 'go%', resume: '% go %' });
  });

  it('counts characters, not UTF-16 units, and has no résumé part for text without a word', () => {
    expect(textTerms('zoë')!.short).toBe(false);
    expect(textTerms('😀x')!.short).toBe(true);
    const symbols = textTerms('%%%')!;
    expect(symbols.words).toBe('');
    expect(likePatterns(symbols)).toEqual({ nameOrEmail: '%\\%\\%\\%%', resume: '' });
    expect(resumeMatch(symbols)).toBe('');
    expect(textTerms('   ')).toBeNull();
  });

  it('quotes FTS5 strings so that operators and quotes are text', () => {
    expect(ftsString('a "b" OR c*')).toBe('"a ""b"" OR c*"');
    expect(skillMatch(['c#', 'node.js'])).toBe('skills_key : ("c#" OR "node.js")');
  });

  it('matches a tag of word characters in the words table, any other only exactly', () => {
    expect(tagNamesMatch(' Part-Time ')).toBe('tags_key : "|part-time|"');
    expect(tagWordsMatch('Part-Time')).toBe('tag_words : "|part-time|"');
    expect(tagWordsMatch('C++')).toBe('tag_words : "|c++|"');
    expect(tagWordsMatch('women in tech')).toBeNull();
    expect(tagWordsMatch('a/b')).toBeNull();
    expect(tagWordsMatch('100%')).toBeNull();
  });

  it('escapes GLOB wildcards in a prefix', () => {
    expect(globPrefix('a*b?[c]')).toBe('a[*]b[?][[]c]*');
  });
});
