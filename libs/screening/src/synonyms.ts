/**
 * The maintained synonym table: what a résumé may write for each term a
 * checklist asks about. Each entry is one thing under its spellings; `includes`
 * names other entries that also count as evidence for it (PostgreSQL is
 * evidence for SQL, but SQL is not evidence for PostgreSQL).
 *
 * Choices worth knowing:
 * - Postgres, MySQL, SQLite, MariaDB, SQL Server, Oracle Database and T-SQL count for SQL.
 * - MongoDB, DynamoDB, Cassandra, Couchbase, CouchDB, Firestore, HBase, Neo4j and Redis count
 *   for NoSQL: Redis is a key-value store, which is what most job descriptions mean by NoSQL.
 * - GitHub, GitLab and Bitbucket count for Git (using one means using Git); Git does not count
 *   for GitHub.
 * - "Go", "REST", "Express", "React", "Rust", "Swift", "Ruby", "Spring" and other names that are
 *   also English words count only written with their capitals (`exactCase`), and some only
 *   when the next word does not show the English meaning ("Go to", "Spring 2024").
 * - Spring Framework, Spring MVC and a capitalised "Spring" not followed by a season's
 *   context count for Spring Boot, since Java résumés rarely name Boot itself.
 * - Swagger counts for OpenAPI (its former name); ASP.NET counts for .NET.
 * - An `umbrella` entry (programming language) is evidence only through its members:
 *   a "Programming languages:" heading proves nothing.
 */
export interface Synonym {
  /** The name evidence is reported under: "SQL (via Postgres)". */
  name: string;
  /** Other spellings of the same thing, matched without regard to case unless listed in `exactCase`. */
  aliases?: string[];
  /** Spellings (of the name or an alias) that are also ordinary words: they count only written exactly so. */
  exactCase?: string[];
  /** Names of other entries whose spellings also count as evidence for this one. */
  includes?: string[];
  /** The next word shows an ordinary-English use: "Go to", "Spring 2024". `#` stands for any number. */
  notBefore?: string[];
  /** The previous word shows an ordinary-English use. */
  notAfter?: string[];
  /** Evidence only through `includes`, never the name itself. */
  umbrella?: boolean;
}

const SEASON_CONTEXT = ['#', 'semester', 'term', 'quarter', 'break', 'session', 'intern', 'internship', 'cohort'];

export const SYNONYMS: readonly Synonym[] = [
  // Languages
  { name: 'Python', aliases: ['Python3', 'Python 3', 'CPython'] },
  { name: 'Java', aliases: ['J2EE', 'Java EE', 'Jakarta EE'] },
  { name: 'JavaScript', aliases: ['JS', 'ECMAScript', 'ES6', 'ES2015', 'Vanilla JS'] },
  { name: 'TypeScript', aliases: ['TS'], exactCase: ['TS'] },
  { name: 'Node.js', aliases: ['Node', 'NodeJS', 'Node JS'], exactCase: ['Node'] },
  {
    name: 'Go',
    aliases: ['Golang'],
    exactCase: ['Go'],
    notBefore: ['to', 'live', 'ahead', 'back', 'beyond', 'out', 'getter', 'getters', 'for', 'above'],
  },
  { name: 'C#', aliases: ['CSharp', 'C Sharp'] },
  { name: 'C++', aliases: ['CPP'] },
  {
    name: 'C',
    exactCase: ['C'],
    notAfter: ['grade', 'vitamin', 'plan', 'type', 'class', 'section', 'level', 'part', 'series', 'objective'],
    notBefore: ['level', 'suite'],
  },
  { name: '.NET', aliases: ['dotnet', '.NET Core', '.NET Framework'], includes: ['ASP.NET'] },
  { name: 'ASP.NET', aliases: ['ASP.NET Core', 'ASP.NET MVC'] },
  { name: 'Kotlin' },
  { name: 'Scala' },
  { name: 'PHP' },
  { name: 'Ruby', exactCase: ['Ruby'] },
  { name: 'Rust', exactCase: ['Rust'] },
  { name: 'Swift', exactCase: ['Swift'] },
  { name: 'Elixir' },
  { name: 'Objective-C', aliases: ['Objective C', 'ObjC'] },
  { name: 'Bash', aliases: ['Shell scripting', 'shell scripts'] },
  {
    name: 'programming language',
    aliases: ['backend language', 'backend programming language', 'server-side language'],
    umbrella: true,
    // Not bare "C": a capital C is as often a middle initial or a grade.
    includes: [
      ...['Python', 'Java', 'JavaScript', 'TypeScript', 'Node.js', 'Go', 'C#', 'C++', 'Kotlin', 'Scala', 'PHP'],
      ...['Ruby', 'Rust', 'Swift', 'Elixir'],
    ],
  },

  // Databases
  {
    name: 'SQL',
    aliases: ['T-SQL', 'TSQL', 'PL/SQL', 'RDBMS', 'relational database'],
    includes: ['PostgreSQL', 'MySQL', 'SQLite', 'MariaDB', 'SQL Server', 'Oracle Database'],
  },
  { name: 'PostgreSQL', aliases: ['Postgres', 'Postgre', 'PSQL'] },
  { name: 'MySQL' },
  { name: 'SQLite', aliases: ['SQLite3'] },
  { name: 'MariaDB' },
  { name: 'SQL Server', aliases: ['MSSQL', 'MS SQL', 'MS SQL Server', 'Microsoft SQL Server'] },
  { name: 'Oracle Database', aliases: ['Oracle DB', 'Oracle SQL'] },
  {
    name: 'NoSQL',
    aliases: ['No-SQL', 'non-relational database'],
    includes: ['MongoDB', 'DynamoDB', 'Cassandra', 'Redis', 'Couchbase', 'CouchDB', 'Firestore', 'HBase', 'Neo4j'],
  },
  { name: 'MongoDB', aliases: ['Mongo', 'Mongoose'] },
  { name: 'DynamoDB', aliases: ['Dynamo DB'] },
  { name: 'Cassandra' },
  { name: 'Redis' },
  { name: 'Couchbase' },
  { name: 'CouchDB' },
  { name: 'Firestore' },
  { name: 'HBase' },
  { name: 'Neo4j' },
  { name: 'Elasticsearch', aliases: ['Elastic Search', 'OpenSearch'] },
  { name: 'Databases', aliases: ['database', 'DBMS'], includes: ['SQL', 'NoSQL', 'Elasticsearch'] },

  // Frameworks
  { name: 'Django', aliases: ['Django REST Framework', 'DRF'], exactCase: ['DRF'] },
  { name: 'Flask' },
  { name: 'FastAPI' },
  {
    name: 'Spring Boot',
    aliases: ['SpringBoot', 'Spring Framework', 'Spring MVC', 'Spring Data', 'Spring Cloud', 'Spring'],
    exactCase: ['Spring'],
    notBefore: SEASON_CONTEXT,
  },
  { name: 'Express', aliases: ['Express.js', 'ExpressJS'], exactCase: ['Express'], notAfter: ['american'] },
  { name: 'NestJS', aliases: ['Nest.js'] },
  { name: 'React', aliases: ['React.js', 'ReactJS'], exactCase: ['React'] },
  { name: 'Angular', aliases: ['AngularJS'] },
  { name: 'Vue', aliases: ['Vue.js', 'VueJS'], exactCase: ['Vue'] },
  { name: 'Ruby on Rails', aliases: ['Rails', 'RoR'], exactCase: ['Rails', 'RoR'] },
  { name: 'Laravel' },
  { name: 'Hibernate', exactCase: ['Hibernate'] },

  // APIs
  { name: 'REST', aliases: ['RESTful', 'REST API', 'REST APIs'], exactCase: ['REST'] },
  { name: 'GraphQL' },
  { name: 'gRPC' },
  { name: 'OpenAPI', aliases: ['Open API', 'Swagger'] },

  // Cloud and operations
  { name: 'AWS', aliases: ['Amazon Web Services', 'EC2'] },
  { name: 'GCP', aliases: ['Google Cloud', 'Google Cloud Platform'] },
  { name: 'Azure', aliases: ['Microsoft Azure'] },
  { name: 'Heroku' },
  { name: 'Docker', aliases: ['Dockerfile', 'Docker Compose', 'docker-compose', 'Dockerized'] },
  { name: 'Kubernetes', aliases: ['k8s', 'kubectl', 'EKS', 'GKE', 'AKS'] },
  { name: 'Terraform' },
  { name: 'Jenkins' },
  { name: 'GitHub Actions' },
  { name: 'GitLab CI', aliases: ['GitLab CI/CD'] },
  {
    name: 'CI/CD',
    aliases: ['CI', 'CI CD', 'continuous integration', 'continuous delivery', 'continuous deployment'],
    exactCase: ['CI'],
    includes: ['Jenkins', 'GitHub Actions', 'GitLab CI', 'CircleCI'],
  },
  { name: 'CircleCI' },
  { name: 'Linux', aliases: ['Ubuntu', 'Debian', 'CentOS', 'Fedora', 'RHEL'] },
  { name: 'Kafka', aliases: ['Apache Kafka'] },
  { name: 'RabbitMQ' },

  // Tools
  { name: 'Git', includes: ['GitHub', 'GitLab', 'Bitbucket'] },
  { name: 'GitHub' },
  { name: 'GitLab' },
  { name: 'Bitbucket' },
  { name: 'Version Control', aliases: ['source control', 'VCS', 'SVN', 'Subversion', 'Mercurial'], includes: ['Git'] },
  { name: 'Postman' },
  { name: 'Jira' },
  { name: 'Confluence' },
  { name: 'Grafana' },
  { name: 'Prometheus' },
  { name: 'New Relic' },
  { name: 'Datadog' },
  { name: 'Visual Studio Code', aliases: ['VS Code', 'VSCode'] },
  { name: 'IntelliJ', aliases: ['IntelliJ IDEA'] },

  // Concepts
  {
    name: 'Data Structures',
    aliases: [
      ...['data structure', 'DSA', 'hash table', 'hash map', 'hashmap', 'linked list', 'binary tree'],
      ...['binary search tree', 'priority queue'],
    ],
  },
  {
    name: 'Algorithms',
    aliases: [
      ...['algorithm', 'algorithmic', 'DSA', 'dynamic programming', 'graph algorithms', 'competitive programming'],
      ...['LeetCode', 'Codeforces', 'ICPC'],
    ],
  },
  {
    name: 'Unit Testing',
    aliases: [
      ...['unit test', 'unit tested', 'TDD', 'test-driven development', 'JUnit', 'pytest', 'unittest'],
      ...['Jest', 'Mocha', 'Vitest', 'RSpec', 'NUnit', 'xUnit', 'PHPUnit'],
    ],
    exactCase: ['Jest', 'Mocha'],
  },
  {
    name: 'Integration Testing',
    aliases: ['integration test', 'integration tested', 'Testcontainers', 'Supertest'],
  },
  { name: 'Microservices', aliases: ['microservice', 'micro-services', 'micro services', 'service-oriented'] },
  { name: 'System Design', aliases: ['systems design', 'system architecture'] },
  { name: 'Distributed Systems', aliases: ['distributed system', 'distributed computing'] },
  {
    name: 'Object-Oriented Programming',
    aliases: ['OOP', 'object oriented programming', 'object-oriented design', 'OOD'],
    exactCase: ['OOD'],
  },
  { name: 'Design Patterns', aliases: ['design pattern'] },

  // Soft skills: weak evidence, shown beside the item and never scored.
  { name: 'Communication', aliases: ['communicating', 'communicated', 'presentations', 'public speaking'] },
  { name: 'Teamwork', aliases: ['team player', 'collaborated', 'collaboration', 'collaborative'] },
  { name: 'Problem-solving', aliases: ['problem solver', 'solved problems'] },
  { name: 'Analytical', aliases: ['analytically', 'data analysis', 'root cause analysis'] },
  { name: 'Adaptability', aliases: ['adaptable', 'adapted', 'fast learner', 'quick learner', 'learned quickly'] },
  { name: 'Time Management', aliases: ['prioritization', 'prioritisation', 'met deadlines'] },
  { name: 'Attention to Detail', aliases: ['detail-oriented', 'detail oriented', 'meticulous'] },
  { name: 'Leadership', aliases: ['led a team', 'team lead', 'captain', 'president'] },
  { name: 'Initiative', aliases: ['self-starter', 'proactive', 'self-motivated', 'founded', 'initiated'] },
  { name: 'Work Ethic', aliases: ['hard-working', 'hardworking', 'dedicated', 'reliable'] },
  { name: 'Mentoring', aliases: ['mentor', 'mentored', 'tutor', 'tutored', 'teaching assistant'] },
  { name: 'Curiosity', aliases: ['curious', 'self-taught', 'side projects', 'open source'] },
];
