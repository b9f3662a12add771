import { Foundation1763798400000 } from './1763798400000-foundation';
import { Jobs1764201600000 } from './1764201600000-jobs';
import { Candidates1764806400000 } from './1764806400000-candidates';
import { Scorecards1765411200000 } from './1765411200000-scorecards';
import { Audit1766016000000 } from './1766016000000-audit';

/** In order. Listed, not globbed, so the same set runs from sources (tests) and from dist. */
export const MIGRATIONS = [
  Foundation1763798400000,
  Jobs1764201600000,
  Candidates1764806400000,
  Scorecards1765411200000,
  Audit1766016000000,
];
