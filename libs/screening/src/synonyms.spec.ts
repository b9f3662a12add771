import { type ScreeningChecklistItem, screenResume, SYNONYMS } from './index';

const itemFor = (keyword: string): ScreeningChecklistItem => ({
  id: 'item',
  category: 'hard_skill',
  label: keyword,
  keywords: [keyword],
  weight: 1,
});

const evidenceFor = (keyword: string, text: string) =>
  screenResume(text, [itemFor(keyword)]).items[0].evidence.map((e) => e.matched);

describe('the synonym table', () => {
  it.each([
    ['SQL', 'Tuned queries in PostgreSQL and T-SQL', ['SQL (via PostgreSQL)', 'SQL (via T-SQL)']],
    ['SQL', 'MariaDB, SQLite, SQL Server', ['SQL (via MariaDB)', 'SQL (via SQLite)', 'SQL (via SQL Server)']],
    ['NoSQL', 'Cached sessions in Redis, events in DynamoDB', ['NoSQL (via Redis)', 'NoSQL (via DynamoDB)']],
    ['Node.js', 'Wrote NodeJS services and a Node CLI', ['Node.js (via NodeJS)', 'Node.js (via Node)']],
    ['JavaScript', 'Modern JS and ECMAScript modules', ['JavaScript (via JS)', 'JavaScript (via ECMAScript)']],
    ['TypeScript', 'Strict TS everywhere', ['TypeScript (via TS)']],
    ['Kubernetes', 'Deployed to k8s', ['Kubernetes (via k8s)']],
    ['Go', 'Microservices in Golang', ['Go (via Golang)']],
    ['Git', 'Open-source work on GitHub and GitLab', ['Git (via GitHub)', 'Git (via GitLab)']],
    ['REST', 'Designed RESTful endpoints', ['REST (via RESTful)']],
    ['Spring Boot', 'Java 17 with Spring Framework', ['Spring Boot (via Spring Framework)']],
    ['OpenAPI', 'Documented with Swagger', ['OpenAPI (via Swagger)']],
    ['Unit Testing', 'Wrote unit tests with pytest', ['Unit Testing (via unit test)', 'Unit Testing (via pytest)']],
    ['Databases', 'Postgres and MongoDB', ['Databases (via Postgres)', 'Databases (via MongoDB)']],
  ])('%s ← %s', (keyword, text, expected) => {
    expect(evidenceFor(keyword, text)).toEqual(expected);
  });

  it('counts names that are English words only in their technical spelling and context', () => {
    expect(evidenceFor('Go', 'Happy to go the extra mile; a Go-to person; Go to market')).toEqual([]);
    expect(evidenceFor('Go', 'Services written in Go and Python')).toEqual(['Go']);
    expect(evidenceFor('REST', 'Took a rest day. Rest of the team')).toEqual([]);
    expect(evidenceFor('Spring Boot', 'Spring 2024 semester; spring cleaning')).toEqual([]);
    expect(evidenceFor('Spring Boot', 'Java, Spring, Hibernate')).toEqual(['Spring Boot (via Spring)']);
    expect(evidenceFor('Express', 'I express ideas clearly; American Express card')).toEqual([]);
  });

  it('does not count a specific product for another one of its kind', () => {
    expect(evidenceFor('PostgreSQL', 'MySQL and SQL Server')).toEqual([]);
    expect(evidenceFor('GitHub', 'Used Git daily')).toEqual([]);
    expect(evidenceFor('Java', 'JavaScript and J2EE')).toEqual(['Java (via J2EE)']);
  });

  it('matches a keyword the table does not know as written', () => {
    expect(evidenceFor('Terraform Cloud', 'Infrastructure in terraform cloud')).toEqual(['Terraform Cloud']);
    expect(evidenceFor('Bazel', 'Builds with Bazel')).toEqual(['Bazel']);
  });

  it('has every included name in the table, and no name twice', () => {
    const names = SYNONYMS.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    const included = SYNONYMS.flatMap((entry) => entry.includes ?? []);
    expect(included.filter((name) => !names.includes(name))).toEqual([]);
  });
});
