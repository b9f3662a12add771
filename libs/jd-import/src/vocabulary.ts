/**
 * A small vocabulary of terms that job descriptions name. It serves three
 * decisions: which words of a line are résumé keywords, where glued tool names
 * split ("GitGitHub"), and which interview stage assesses an item. It is a
 * starting list, not an ontology: an unknown term is simply not a keyword.
 */
export type TermKind =
  'language' | 'database' | 'framework' | 'api' | 'cloud' | 'devops' | 'tool' | 'concept' | 'degree' | 'field' | 'soft';

export interface Term {
  name: string;
  kind: TermKind;
  aliases?: string[];
  /** The name matches only in this exact spelling, for names that are also English words ("Go", "REST"); aliases always fold case. */
  caseSensitive?: boolean;
}

const term = (kind: TermKind, name: string, aliases: string[] = [], caseSensitive = false): Term => ({
  name,
  kind,
  aliases,
  caseSensitive,
});

export const TERMS: readonly Term[] = [
  ...['Python', 'Java', 'JavaScript', 'TypeScript', 'Kotlin', 'Scala', 'PHP', 'Elixir', 'Haskell', 'Perl'].map((name) =>
    term('language', name),
  ),
  ...['Bash', 'C++', 'C#', 'Clojure', 'Erlang', 'Objective-C'].map((name) => term('language', name)),
  // Names that are also English words count only in their capitalised spelling.
  ...['Ruby', 'Rust', 'Swift', 'Dart', 'Lua', 'C'].map((name) => term('language', name, [], true)),
  term('language', 'Go', ['Golang'], true),
  term('language', 'Node.js', ['node', 'nodejs', 'node js']),
  term('database', 'SQL'),
  term('database', 'NoSQL'),
  term('database', 'PostgreSQL', ['postgres']),
  ...['MySQL', 'MongoDB', 'Redis', 'SQLite', 'Cassandra', 'DynamoDB', 'Elasticsearch', 'MariaDB'].map((name) =>
    term('database', name),
  ),
  ...['Django', 'Flask', 'FastAPI', 'Spring Boot', 'NestJS', 'Angular', 'Laravel', 'Next.js', '.NET', 'ASP.NET'].map(
    (name) => term('framework', name),
  ),
  ...['Ruby on Rails', 'Hibernate', 'Symfony'].map((name) => term('framework', name)),
  ...['Spring', 'Express', 'React', 'Vue', 'Rails'].map((name) => term('framework', name, [], true)),
  term('api', 'REST', ['RESTful'], true),
  term('api', 'GraphQL'),
  term('api', 'gRPC'),
  term('api', 'OpenAPI'),
  term('cloud', 'AWS'),
  term('cloud', 'GCP', ['Google Cloud', 'Google Cloud Platform']),
  term('cloud', 'Azure'),
  term('cloud', 'Heroku'),
  ...['Docker', 'Kubernetes', 'Terraform', 'Jenkins', 'GitHub Actions', 'GitLab CI', 'CircleCI', 'Ansible'].map(
    (name) => term('devops', name),
  ),
  term('devops', 'CI/CD'),
  term('devops', 'Linux'),
  ...['Git', 'GitHub', 'GitLab', 'Bitbucket', 'Postman', 'Swagger', 'Jira', 'Confluence', 'Grafana'].map((name) =>
    term('tool', name),
  ),
  ...['New Relic', 'Datadog', 'Prometheus', 'Kafka', 'RabbitMQ', 'Splunk', 'Kibana', 'IntelliJ', 'PyCharm'].map(
    (name) => term('tool', name),
  ),
  ...['WebStorm', 'Figma', 'Trello', 'Asana'].map((name) => term('tool', name)),
  ...['Notion', 'Slack', 'Sentry', 'Eclipse', 'Vim', 'Oracle'].map((name) => term('tool', name, [], true)),
  term('tool', 'Visual Studio Code', ['VS Code', 'VSCode']),
  term('concept', 'Data Structures', ['data structure']),
  term('concept', 'Algorithms', ['algorithm']),
  term('concept', 'Databases', ['database']),
  term('concept', 'Version Control'),
  term('concept', 'Microservices', ['microservice']),
  term('concept', 'System Design'),
  term('concept', 'Unit Testing', ['unit tests']),
  term('concept', 'Integration Testing', ['integration tests']),
  term('concept', 'Object-Oriented Programming', ['OOP', 'object oriented programming']),
  term('concept', 'Design Patterns'),
  term('concept', 'Distributed Systems'),
  term('degree', 'BS/MS', ['BS / MS']),
  term('degree', 'BS', ['BSc', 'B.S', 'B.Sc'], true),
  term('degree', 'MS', ['MSc', 'M.S', 'M.Sc'], true),
  term('degree', 'PhD', ['Ph.D']),
  term('degree', "Bachelor's", ['bachelor', 'bachelors']),
  term('degree', "Master's", ['masters']),
  ...['Computer Science', 'Software Engineering', 'Computer Engineering', 'Information Technology'].map((name) =>
    term('field', name),
  ),
  ...['Mathematics', 'Electrical Engineering', 'Data Science', 'Statistics', 'Physics'].map((name) =>
    term('field', name),
  ),
  term('soft', 'Communication'),
  term('soft', 'Teamwork', ['team player']),
  term('soft', 'Problem-solving', ['problem solving']),
  term('soft', 'Analytical'),
  term('soft', 'Adaptability'),
  term('soft', 'Time Management'),
  term('soft', 'Attention to Detail'),
  term('soft', 'Leadership'),
  term('soft', 'Collaboration'),
  term('soft', 'Initiative'),
  term('soft', 'Work Ethic'),
  term('soft', 'Mentoring'),
  term('soft', 'Curiosity'),
];

/**
 * Single-word product names written in CamelCase: a glued-word split never cuts
 * inside them ("MySQL" is not "My" + "SQL"). Multi-word names ("New Relic") need
 * no protection because the space already separates their words.
 */
export const CAMEL_CASE_NAMES: readonly string[] = [
  ...TERMS.flatMap((t) => [t.name, ...(t.aliases ?? [])]).filter((name) => !name.includes(' ')),
  ...['JetBrains', 'macOS', 'iOS', 'DevOps', 'GitOps', 'PowerPoint', 'SharePoint', 'OneDrive', 'LinkedIn'],
  ...['YouTube', 'WordPress', 'PayPal', 'BigQuery', 'CloudWatch', 'CloudFormation', 'TeamCity', 'SonarQube'],
  ...['OpenShift', 'ArgoCD', 'PagerDuty', 'DBeaver', 'ReSharper', 'TravisCI', 'ClickUp', 'OpenAI', 'CheckPoint'],
  ...['NextJS', 'NodeJS', 'VueJS', 'TensorFlow', 'PyTorch', 'JUnit', 'PHPUnit', 'ElasticSearch', 'AppDynamics'],
];

export interface VocabularyIndex {
  /** Lower-cased phrase → term, for case-insensitive terms. */
  folded: Map<string, Term>;
  /** Exact phrase → term, for case-sensitive terms. */
  exact: Map<string, Term>;
  /** Longest phrase length in words. */
  maxWords: number;
}

function buildIndex(terms: readonly Term[]): VocabularyIndex {
  const folded = new Map<string, Term>();
  const exact = new Map<string, Term>();
  let maxWords = 1;
  for (const t of terms) {
    for (const phrase of [t.name, ...(t.aliases ?? [])]) {
      maxWords = Math.max(maxWords, phrase.split(' ').length);
      if (t.caseSensitive && phrase === t.name) exact.set(phrase, t);
      else folded.set(phrase.toLowerCase(), t);
    }
  }
  return { folded, exact, maxWords };
}

export const VOCABULARY: VocabularyIndex = buildIndex(TERMS);
