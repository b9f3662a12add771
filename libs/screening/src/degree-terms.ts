/**
 * How résumés and job descriptions write degrees and fields of study.
 * Abbreviations that are also other things ("MS Office", "Boston, MA", "BS" as
 * slang, "Scrum Master", "360 degree") are `boundOnly`: they count only where a
 * field of study is attached to them ("MS in Computer Science", "Computer
 * Science, BS"), never from a field found a few words away.
 */
export const DEGREE_LEVELS = ['bachelor', 'master', 'doctorate'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

export const DEGREE_LEVEL_NAMES: Record<DegreeLevel, string> = {
  bachelor: "Bachelor's",
  master: "Master's",
  doctorate: 'PhD',
};

export interface DegreeTerm {
  /** A bare "degree" is read as a bachelor's, the least a résumé can mean by it. */
  level: DegreeLevel;
  spellings: string[];
  exactCase?: string[];
  boundOnly?: string[];
  notBefore?: string[];
}

const MICROSOFT_PRODUCTS = ['office', 'excel', 'word', 'access', 'teams', 'project', 'windows', 'sql', 'azure'];

export const DEGREES: readonly DegreeTerm[] = [
  {
    level: 'bachelor',
    spellings: [
      ...["Bachelor's", 'Bachelors', 'Bachelor', 'Bachelor of Science', 'Bachelor of Arts', 'Bachelor of Engineering'],
      ...['Bachelor of Technology', 'Bachelor of Applied Science', 'Bachelor of Computer Science'],
      ...['BS', 'B.S', 'BSc', 'B.Sc', 'BA', 'B.A', 'BEng', 'B.Eng', 'BTech', 'B.Tech', 'B.E', 'BASc', 'B.A.Sc'],
      ...['undergraduate degree', 'degree'],
    ],
    exactCase: ['BS', 'BA'],
    boundOnly: ['BS', 'BA', 'B.E', 'degree'],
  },
  {
    level: 'master',
    spellings: [
      ...["Master's", 'Masters', 'Master', 'Master of Science', 'Master of Engineering', 'Master of Arts'],
      ...['Master of Computer Science', 'MS', 'M.S', 'MSc', 'M.Sc', 'MEng', 'M.Eng', 'MTech', 'M.Tech', 'MA', 'M.A'],
      ...['MCS', 'graduate degree'],
    ],
    exactCase: ['MS', 'MA', 'MCS'],
    boundOnly: ['MS', 'MA', 'Master', 'MCS'],
    notBefore: MICROSOFT_PRODUCTS,
  },
  {
    level: 'doctorate',
    spellings: ['PhD', 'Ph.D', 'Doctorate', 'Doctor of Philosophy', 'DPhil'],
  },
];

export interface FieldTerm {
  name: string;
  aliases?: string[];
  exactCase?: string[];
}

/**
 * Fields of study that a job's "or related field" accepts. Anything else
 * (Nursing, Biology, Business) is simply not a field here, so a degree in it is
 * evidence only where the job asks for a degree in any field.
 */
export const FIELDS: readonly FieldTerm[] = [
  {
    name: 'Computer Science',
    aliases: [
      ...['CS', 'CompSci', 'Comp Sci', 'Computing Science', 'Computer Sciences', 'Computing', 'EECS', 'CSE'],
      ...['Electrical Engineering and Computer Science', 'Computer Science and Engineering'],
    ],
    exactCase: ['CS', 'EECS', 'CSE'],
  },
  { name: 'Software Engineering', aliases: ['Software Development'] },
  {
    name: 'Computer Engineering',
    aliases: ['Computer Systems Engineering', 'ECE', 'Electrical and Computer Engineering'],
    exactCase: ['ECE'],
  },
  { name: 'Information Technology', aliases: ['IT'], exactCase: ['IT'] },
  { name: 'Information Systems', aliases: ['Management Information Systems', 'MIS'], exactCase: ['MIS'] },
  { name: 'Data Science', aliases: ['Data Analytics'] },
  { name: 'Artificial Intelligence', aliases: ['AI', 'Machine Learning'], exactCase: ['AI'] },
  { name: 'Cybersecurity', aliases: ['Cyber Security', 'Computer Security'] },
  { name: 'Mathematics', aliases: ['Math', 'Maths', 'Applied Mathematics', 'Mathematical Sciences'] },
  { name: 'Statistics' },
  { name: 'Physics' },
  { name: 'Electrical Engineering', aliases: ['Electronics', 'Electronic Engineering', 'Electronics Engineering'] },
];
