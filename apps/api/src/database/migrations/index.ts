import { Foundation1763798400000 } from './1763798400000-foundation';
import { Jobs1764201600000 } from './1764201600000-jobs';
import { Candidates1764806400000 } from './1764806400000-candidates';
import { Scorecards1765411200000 } from './1765411200000-scorecards';
import { Audit1766016000000 } from './1766016000000-audit';
import { BoardOrder1766620800000 } from './1766620800000-board-order';
import { CandidateSearch1766707200000 } from './1766707200000-candidate-search';
import { Sessions1766793600000 } from './1766793600000-sessions';

/** In order. Listed, not globbed, so the same set runs from sources (tests) and from dist. */
export const MIGRATIONS = [
  Foundation1763798400000,
  Jobs1764201600000,
  Candidates1764806400000,
  Scorecards1765411200000,
  Audit1766016000000,
  BoardOrder1766620800000,
  CandidateSearch1766707200000,
  Sessions1766793600000,
];
