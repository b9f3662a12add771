import { splitGluedList, splitGluedWord } from './index';

describe('splitting tool names that a scraped page glued together', () => {
  it('splits the fixture lines at case boundaries and between known names', () => {
    expect(splitGluedList('Visual Studio CodeIntelliJ')).toEqual(['Visual Studio Code', 'IntelliJ']);
    expect(splitGluedList('GitGitHub')).toEqual(['Git', 'GitHub']);
    expect(splitGluedList('JenkinsGitHub Actions')).toEqual(['Jenkins', 'GitHub Actions']);
    expect(splitGluedList('GrafanaNew Relic')).toEqual(['Grafana', 'New Relic']);
    expect(splitGluedList('MySQLMongoDB')).toEqual(['MySQL', 'MongoDB']);
    expect(splitGluedList('PostmanSwagger')).toEqual(['Postman', 'Swagger']);
    expect(splitGluedList('ConfluenceNotion')).toEqual(['Confluence', 'Notion']);
    // Two acronyms have no case boundary: only the vocabulary knows where AWS ends.
    expect(splitGluedList('AWSGCP')).toEqual(['AWS', 'GCP']);
  });

  it('never cuts inside a known CamelCase name', () => {
    for (const name of ['GitHub', 'MySQL', 'MongoDB', 'IntelliJ', 'JavaScript', 'PostgreSQL', 'GraphQL', 'macOS']) {
      expect(splitGluedWord(name)).toEqual([name]);
    }
    expect(splitGluedList('New Relic')).toEqual(['New Relic']);
  });

  it('applies the rule, not a list of answers, to names it has never seen', () => {
    // lower→Upper boundaries: "Zeta|Quux|Corge"
    expect(splitGluedList('ZetaQuuxCorge')).toEqual(['Zeta', 'Quux', 'Corge']);
    // the end of an acronym before a capitalised word: "ACME|Tracker"
    expect(splitGluedList('ACMETracker')).toEqual(['ACME', 'Tracker']);
    // an unknown acronym pair has no boundary to find
    expect(splitGluedList('QRSXYZ')).toEqual(['QRSXYZ']);
    // no piece shorter than three letters in front ("Re|Sharpish") or one letter behind
    expect(splitGluedWord('ReSharpish')).toEqual(['ReSharpish']);
    expect(splitGluedWord('eFoo')).toEqual(['eFoo']);
    expect(splitGluedWord('FooBarZ')).toEqual(['Foo', 'BarZ']);
    expect(splitGluedList('Foo Bar, Baz Qux')).toEqual(['Foo Bar', 'Baz Qux']);
  });

  it('also honours ordinary separators', () => {
    expect(splitGluedList('Jira, Confluence; Slack | Notion')).toEqual(['Jira', 'Confluence', 'Slack', 'Notion']);
    expect(splitGluedList('Docker and Kubernetes')).toEqual(['Docker', 'Kubernetes']);
    expect(splitGluedList('CI/CD')).toEqual(['CI/CD']);
  });
});
