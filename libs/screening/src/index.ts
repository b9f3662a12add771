export { type ScreeningChecklistItem, compileChecklist, type Screener, screenResume } from './screen';
export { type ScoredItem, roundOneDecimal, screenScore } from './score';
export { detectResumeType } from './detect-type';
export { type Synonym, SYNONYMS } from './synonyms';
export {
  DEGREE_LEVEL_NAMES,
  DEGREE_LEVELS,
  DEGREES,
  type DegreeLevel,
  type DegreeTerm,
  FIELDS,
  type FieldTerm,
} from './degree-terms';
export { type DegreeRequirement, degreeRequirement } from './degrees';
export { MAX_EVIDENCE_PER_ITEM, MAX_RESUME_CHARS, SNIPPET_RADIUS } from './limits';
