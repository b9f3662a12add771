// Word lists and templates for plausible candidates: names, résumés of 2–4 KB
// in the shape people send (contact line, summary, education, skills,
// experience, projects), tags, and the notes interviewers write.

// prettier-ignore
export const FIRST_NAMES = [
  'Aaliyah', 'Aarav', 'Abebe', 'Ada', 'Adrian', 'Aiko', 'Alejandro', 'Amara', 'Amir', 'Ana', 'Andrea', 'Anika',
  'Arjun', 'Astrid', 'Ayesha', 'Bao', 'Beatriz', 'Bilal', 'Camille', 'Carlos', 'Chen', 'Chloe', 'Chukwuemeka',
  'Daniel', 'Dara', 'Diego', 'Dmitri', 'Elena', 'Elif', 'Emeka', 'Emma', 'Fatima', 'Felix', 'Freya', 'Gabriel',
  'Giulia', 'Hana', 'Hannah', 'Hiroshi', 'Ibrahim', 'Ines', 'Ingrid', 'Isaac', 'Ivan', 'Jamal', 'Jana', 'Javier',
  'Jin', 'Jonas', 'Julia', 'Kai', 'Karim', 'Kavya', 'Kenji', 'Khadija', 'Kofi', 'Lars', 'Leila', 'Liam', 'Lucas',
  'Lucia', 'Maya', 'Mateo', 'Mei', 'Mohammed', 'Nadia', 'Naomi', 'Nia', 'Nikhil', 'Nina', 'Noah', 'Olga', 'Omar',
  'Oscar', 'Paulo', 'Priya', 'Rafael', 'Rahul', 'Rania', 'Ravi', 'Rosa', 'Samir', 'Sara', 'Sebastian', 'Sergei',
  'Siddharth', 'Sofia', 'Sun', 'Tariq', 'Tomás', 'Uma', 'Valentina', 'Viktor', 'Wei', 'Yara', 'Yusuf', 'Zanele',
  'Zara', 'Zoltan', 'Zuri',
];

// prettier-ignore
export const LAST_NAMES = [
  'Abara', 'Adeyemi', 'Ahmed', 'Alvarez', 'Andersson', 'Bakker', 'Banerjee', 'Becker', 'Bianchi', 'Boateng',
  'Brown', 'Castillo', 'Chen', 'Chowdhury', 'Costa', 'Da Silva', 'Dubois', 'Eriksen', 'Fernandes', 'Fischer',
  'Garcia', 'Gonzalez', 'Gupta', 'Haddad', 'Hansen', 'Hernandez', 'Hoang', 'Hussain', 'Ibrahim', 'Ivanova',
  'Jansen', 'Jensen', 'Johnson', 'Kaur', 'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Laurent', 'Lee', 'Li', 'Lopez',
  'Martin', 'Martinez', 'Mensah', 'Moreau', 'Müller', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', 'Nowak', "O'Brien",
  'Okafor', 'Okonkwo', 'Olsen', 'Park', 'Patel', 'Pereira', 'Petrov', 'Popescu', 'Rahman', 'Ramos', 'Rao',
  'Reyes', 'Ricci', 'Rodriguez', 'Romero', 'Rossi', 'Santos', 'Sato', 'Schmidt', 'Schneider', 'Sharma', 'Silva',
  'Singh', 'Smith', 'Sokolov', 'Suzuki', 'Tanaka', 'Taylor', 'Tran', 'Van Dijk', 'Vargas', 'Wagner', 'Wang',
  'Weber', 'Williams', 'Wong', 'Wu', 'Yamamoto', 'Yilmaz', 'Yusuf', 'Zhang', 'Zhou', 'Zimmermann',
];

// prettier-ignore
const CITIES = [
  'Berlin', 'Lagos', 'Toronto', 'Bengaluru', 'São Paulo', 'Manchester', 'Lisbon', 'Nairobi', 'Warsaw', 'Austin',
  'Dublin', 'Singapore', 'Melbourne', 'Madrid', 'Amsterdam', 'Seoul', 'Accra', 'Istanbul', 'Mexico City', 'Oslo',
];

// prettier-ignore
const UNIVERSITIES = [
  'University of Toronto', 'TU Munich', 'University of Lagos', 'IIT Madras', 'University of São Paulo',
  'University of Manchester', 'Instituto Superior Técnico', 'University of Nairobi', 'Warsaw University of Technology',
  'UT Austin', 'Trinity College Dublin', 'National University of Singapore', 'University of Melbourne',
  'Universidad Politécnica de Madrid', 'TU Delft', 'KAIST', 'KNUST', 'Boğaziçi University', 'UNAM', 'NTNU',
];

// Relevant degrees first: the better candidates draw from the front of the list.
// prettier-ignore
const DEGREES = [
  'B.Sc. Computer Science',
  'BS in Computer Science',
  'MSc Computer Science',
  'B.Eng. Software Engineering',
  'BS Information Technology',
  'Bachelor of Computer Engineering',
  'MS in Data Science',
  'B.Sc. Mathematics and Computer Science',
  'BSc Electrical Engineering',
  'B.Sc. Physics',
  'BA Economics',
  'Bachelor of Business Administration',
  'BA History',
  'Diploma in Graphic Design',
];

// prettier-ignore
const COURSES = [
  'Data Structures and Algorithms', 'Operating Systems', 'Databases', 'Computer Networks', 'Distributed Systems',
  'Software Engineering', 'Compilers', 'Machine Learning', 'Web Development', 'Discrete Mathematics',
  'Computer Architecture', 'Information Security', 'Human-Computer Interaction', 'Cloud Computing',
];

// Skill words a back-end screen looks for, with their neighbours (some count as evidence via synonyms).
// prettier-ignore
export const SKILLS = {
  languages: ['Python', 'Java', 'Node.js', 'JavaScript', 'TypeScript', 'Go', 'C++', 'C#', 'Kotlin', 'Ruby', 'PHP', 'Rust'],
  frameworks: ['Django', 'Flask', 'FastAPI', 'Spring Boot', 'Express', 'NestJS', 'Ruby on Rails', 'Laravel', 'React'],
  databases: ['SQL', 'PostgreSQL', 'MySQL', 'SQLite', 'MongoDB', 'Redis', 'Cassandra', 'DynamoDB', 'Elasticsearch'],
  apis: ['REST', 'GraphQL', 'gRPC', 'OpenAPI', 'WebSockets'],
  tools: ['Git', 'GitHub', 'GitLab', 'Docker', 'Kubernetes', 'Postman', 'Jenkins', 'GitHub Actions', 'Terraform', 'Linux'],
  cloud: ['AWS', 'GCP', 'Azure', 'AWS Lambda', 'Heroku'],
  testing: ['unit testing', 'integration testing', 'pytest', 'JUnit', 'Jest', 'TDD'],
};

const NON_TECH_SKILLS = ['Excel', 'Photoshop', 'Figma', 'public speaking', 'customer service', 'event planning', 'SEO'];

// prettier-ignore
const COMPANIES = [
  'Campus IT Services', 'Northwind Logistics', 'Bluebird Fintech', 'GreenGrid Energy', 'Helix Health',
  'Atlas Retail', 'Quantum Courier', 'Riverbank Bank', 'Lumen Labs', 'Orbit Analytics', 'Parcel Pilot',
  'Student Union', 'Open Source Society', 'Tiny Startup GmbH', 'City Library', 'Café Central',
];

// prettier-ignore
const ROLES = [
  'Software Engineering Intern', 'Backend Developer (part-time)', 'Teaching Assistant, Databases',
  'Research Assistant', 'Junior Web Developer', 'IT Support Assistant', 'Hackathon Team Lead',
  'Freelance Developer', 'Data Analyst Intern', 'Barista',
];

// prettier-ignore
const VERBS = [
  'Built', 'Designed', 'Implemented', 'Refactored', 'Maintained', 'Migrated', 'Automated', 'Optimised',
  'Documented', 'Tested', 'Shipped', 'Prototyped', 'Deployed', 'Debugged',
];

// prettier-ignore
const THINGS = [
  'a REST API for course registration', 'an internal dashboard for support tickets', 'a data pipeline for sensor readings',
  'an authentication service with refresh tokens', 'a command-line tool for log analysis', 'a booking microservice',
  'a payment webhook handler', 'a full-text search feature', 'a caching layer in front of a slow report',
  'a CSV import with validation', 'a rate limiter for a public endpoint', 'a background job queue',
  'a notification service', 'an inventory tracker', 'a chat bot for the student help desk',
];

// prettier-ignore
const RESULTS = [
  'reducing p95 response time by {n}%', 'serving about {k} users a day', 'cutting the build from {a} to {b} minutes',
  'raising test coverage to {n}%', 'removing a weekly manual task', 'with zero downtime during the switch',
  'used by {k} students', 'which the team still runs in production', 'halving the number of support tickets',
];

// prettier-ignore
const SUMMARIES = [
  'Computer science student who enjoys building reliable back-end services and learning how systems behave under load.',
  'Curious engineer in the making with a habit of reading the source when the documentation runs out.',
  'Final-year student looking for a back-end internship; happiest when designing APIs and writing the tests first.',
  'Self-taught developer moving into software after {y} years in another field; ships small projects every month.',
  'Team player who likes code review, pair programming and explaining trade-offs to non-engineers.',
  'Detail-oriented student with an interest in databases, query plans and making slow things fast.',
  'Hands-on learner who has contributed to open-source tools and mentors first-year students.',
];

// prettier-ignore
const INTERESTS = [
  'Competitive programming (Codeforces, Advent of Code).', 'Organising the local Python meetup.',
  'Chess, climbing and long-distance cycling.', 'Writing a blog about database internals.',
  'Volunteering as a coding tutor for high-school students.', 'Photography and analogue film.',
  'Contributing documentation fixes to open-source projects.', 'Football and five-a-side league captain.',
];

// prettier-ignore
const PROJECT_NAMES = [
  'StudyBuddy', 'ParkSpot', 'ShelfLife', 'TinyURL clone', 'Budgetly', 'RecipeBox', 'GymLog', 'MeetMesh',
  'QueueUp', 'LectureNotes', 'BikeShare Map', 'CarbonTrack',
];

// prettier-ignore
const LANGUAGES_SPOKEN = ['English (fluent)', 'Spanish (conversational)', 'German (B2)', 'French (B1)', 'Hindi (native)',
  'Portuguese (native)', 'Yoruba (native)', 'Mandarin (native)', 'Polish (native)', 'Arabic (fluent)'];

// prettier-ignore
export const CANDIDATE_TAGS = [
  'python', 'java', 'node', 'go', 'referral', 'campus', 'remote', 'bootcamp', 'career-change', 'relocation',
  'visa-needed', 'part-time', 'summer-2027', 'women-in-tech', 'hackathon', 'open-source', 'returner', 'priority',
];

export const APPLICATION_TAGS = ['fast-track', 'second-look', 'hold', 'strong-screen', 'needs-visa', 'internal'];

// prettier-ignore
export const RATING_NOTES = [
  'Explained the approach clearly before writing any code.',
  'Needed several hints but got there in the end.',
  'Good instinct for edge cases; wrote the tests first.',
  'Struggled to explain the trade-off between the two designs.',
  'Solid answer; could go deeper on indexing.',
  'Asked good clarifying questions.',
  'Example from the internship was specific and convincing.',
  'Answer stayed vague even when prompted for an example.',
  'Strong on fundamentals, weaker on tooling.',
  'Took feedback on board immediately and improved the solution.',
];

// prettier-ignore
export const TAKEAWAYS = [
  'Would be productive on the team within a few weeks.',
  'Promising fundamentals; needs mentoring on system design.',
  'Communication is the main concern; technical skills are fine.',
  'Not ready for this role yet; encourage to reapply next cycle.',
  'Strong all round; move forward quickly before another offer lands.',
  'Mixed signals: great coding, shaky on collaboration questions.',
];

// prettier-ignore
export const FLAG_EVIDENCE = [
  'Could not explain what an index is after two prompts.',
  'Dismissed the reviewer suggestion without engaging with it.',
  'Talked over the interviewer repeatedly.',
  'Said they prefer to work alone and avoid code review.',
  'Showed little interest in how the system behaves in production.',
];

const fill = (template, random) =>
  template
    .replace('{n}', String(random.int(15, 70)))
    .replace('{k}', String(random.pick([40, 120, 300, 800, 2000, 5000])))
    .replace('{a}', String(random.int(12, 30)))
    .replace('{b}', String(random.int(2, 8)))
    .replace('{y}', String(random.int(2, 6)));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Skills a candidate lists: more relevant ones the better they are (quality ≈ N(0, 1)). */
export function skillsFor(random, quality) {
  const depth = Math.max(0, Math.min(1, 0.5 + quality / 3));
  const take = (list, min, max) => random.sample(list, random.int(min, Math.max(min, Math.round(max * depth))));
  return {
    languages: take(SKILLS.languages, 1, 5),
    frameworks: take(SKILLS.frameworks, 0, 4),
    databases: take(SKILLS.databases, 0, 4),
    apis: take(SKILLS.apis, 0, 3),
    tools: take(SKILLS.tools, 1, 6),
    cloud: take(SKILLS.cloud, 0, 3),
    testing: take(SKILLS.testing, 0, 3),
    other: random.chance(0.4) ? random.sample(NON_TECH_SKILLS, random.int(1, 3)) : [],
  };
}

/** A plain-text résumé of `targetLength` characters or a little more. */
export function resumeFor(random, person, quality, targetLength) {
  const skills = skillsFor(random, quality);
  const tech = [
    ...skills.languages,
    ...skills.frameworks,
    ...skills.databases,
    ...skills.apis,
    ...skills.tools,
    ...skills.cloud,
  ];
  const anySkill = () => (tech.length ? random.pick(tech) : 'spreadsheets');
  const degreeIndex = Math.max(
    0,
    Math.min(DEGREES.length - 1, Math.round(random.next() * 6 - quality * 2 + (quality < -1 ? 6 : 0))),
  );
  const graduation = random.int(2025, 2028);
  const lines = [
    person.name,
    `${random.pick(CITIES)} · ${person.email} · ${person.phone} · github.com/${person.handle}`,
    '',
    'SUMMARY',
    fill(random.pick(SUMMARIES), random),
    '',
    'EDUCATION',
    `${DEGREES[degreeIndex]}, ${random.pick(UNIVERSITIES)} (${graduation - 4}–${graduation}${graduation > 2026 ? ', expected' : ''})`,
    `Relevant coursework: ${random.sample(COURSES, random.int(3, 6)).join(', ')}.`,
  ];
  if (random.chance(0.25)) lines.push(`Online courses: ${random.sample(COURSES, 2).join(' and ')} (certificates).`);
  lines.push(
    '',
    'SKILLS',
    `Languages: ${skills.languages.join(', ')}`,
    skills.frameworks.length ? `Frameworks: ${skills.frameworks.join(', ')}` : 'Frameworks: learning',
    skills.databases.length ? `Databases: ${skills.databases.join(', ')}` : '',
    `Tools: ${[...skills.tools, ...skills.cloud].join(', ')}`,
    skills.testing.length ? `Testing: ${skills.testing.join(', ')}` : '',
    skills.other.length ? `Other: ${skills.other.join(', ')}` : '',
    `Spoken: ${random.sample(LANGUAGES_SPOKEN, random.int(1, 3)).join(', ')}`,
    '',
    'EXPERIENCE',
  );
  const bullet = () =>
    `- ${random.pick(VERBS)} ${random.pick(THINGS)} with ${anySkill()}${random.chance(0.6) ? ` and ${anySkill()}` : ''}, ${fill(random.pick(RESULTS), random)}.`;
  const positions = random.int(1, 3);
  for (let p = 0; p < positions; p += 1) {
    const year = graduation - 1 - p;
    lines.push(
      '',
      `${random.pick(ROLES)} — ${random.pick(COMPANIES)}, ${random.pick(CITIES)} (${random.pick(MONTHS)} ${year} – ${p === 0 && random.chance(0.5) ? 'present' : `${random.pick(MONTHS)} ${year + 1}`})`,
    );
    for (let b = random.int(2, 4); b > 0; b -= 1) lines.push(bullet());
  }
  lines.push('', 'PROJECTS');
  for (const name of random.sample(PROJECT_NAMES, random.int(1, 3))) {
    lines.push(
      `${name}: ${random.pick(VERBS).toLowerCase()} ${random.pick(THINGS)}; stack: ${random.sample(tech.length ? tech : ['HTML'], 3).join(', ')}.`,
    );
  }
  lines.push('', 'INTERESTS', random.pick(INTERESTS));
  let text = lines.filter((line, i) => line !== '' || lines[i - 1] !== '').join('\n');
  // Longer résumés carry more of the same: extra bullets under an "Additional experience" heading.
  if (text.length < targetLength) text += '\n\nADDITIONAL EXPERIENCE';
  while (text.length < targetLength) text += `\n${bullet()}`;
  return { text, skills };
}

export function personFor(random, index) {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const handle = `${first}${last}`.toLowerCase().replace(/[^a-z]/g, '');
  return {
    name: `${first} ${last}`,
    // The index keeps every address unique whatever names repeat.
    email: `${handle}.${index}@example.com`,
    phone: `+${random.int(1, 99)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
    handle,
  };
}

/** A one-paragraph résumé, as people paste into a CSV cell (a few hundred characters). */
export function paragraphFor(random, quality) {
  const skills = skillsFor(random, quality);
  const tech = [...skills.languages, ...skills.frameworks, ...skills.databases, ...skills.tools, ...skills.cloud];
  const degree = DEGREES[Math.max(0, Math.min(DEGREES.length - 1, Math.round(random.next() * 6 - quality * 2)))];
  const sentences = [
    fill(random.pick(SUMMARIES), random),
    `${degree}, ${random.pick(UNIVERSITIES)}.`,
    `Skills: ${tech.join(', ')}${skills.testing.length ? `; ${skills.testing.join(', ')}` : ''}.`,
    `${random.pick(VERBS)} ${random.pick(THINGS)} with ${random.pick(tech)}, ${fill(random.pick(RESULTS), random)}.`,
  ];
  if (random.chance(0.5)) sentences.push(random.pick(INTERESTS));
  return sentences.join(' ');
}
