export type {
  ApplicationRatings,
  KnockoutAnswer,
  ScoringItem,
  ScoringPolicy,
  SubmittedRating,
  SubmittedRedFlag,
  SubmittedScorecard,
} from './types';
export { assess } from './assess';
export { interviewerOffsets } from './offsets';
export { debriefAgenda, DISPUTED_ITEMS_ON_AGENDA, storedScoreOf } from './summaries';
export { itemScore, ratingSpread, DISAGREEMENT_SPREAD } from './item-score';
export { gateItemStatus, gateStatus } from './gates';
export { CORROBORATING_INTERVIEWERS } from './red-flags';
export { format1, round1 } from './round';
