import { type Level, type LevelDefaults, LEVELS } from '@shortlist/contracts';

/**
 * Category weights (qualification / hard_skill / soft_skill, summing to 100) and
 * proposal thresholds per career level. DESIGN.md's default — 30/40/30, advance
 * 70, discuss 50, coverage 50 — is the Junior row.
 *
 * Thresholds follow from the rating scale: an item rated 3 ("yes") scores
 * (3 − 1) / 3 × 100 = 66.7 and a 4 scores 100. So:
 * - advance 65 lets a candidate rated "yes" across the board advance;
 * - advance 70 needs about one "strong yes" in ten ratings on top of all "yes"
 *   ((9 × 66.7 + 100) / 10 = 70);
 * - advance 75 needs about one in four ((3 × 66.7 + 100) / 4 = 75).
 */
export const LEVEL_DEFAULTS: Readonly<Record<Level, LevelDefaults>> = {
  // Interns have little to show in tools yet: judge fundamentals (qualifications)
  // and how they learn and work with others (soft skills) more than hard skills,
  // and advance on a clean "yes" because the evidence is thinner at this stage.
  Intern: {
    categoryWeights: { qualification: 35, hard_skill: 30, soft_skill: 35 },
    thresholds: { advance: 65, discuss: 45, minCoverage: 50 },
  },
  // Graduates bring a degree and projects: fundamentals weigh as for interns, but
  // hard skills start to count as much as soft skills.
  Graduate: {
    categoryWeights: { qualification: 35, hard_skill: 35, soft_skill: 30 },
    thresholds: { advance: 65, discuss: 45, minCoverage: 50 },
  },
  // Juniors are hired to deliver with guidance: the design default.
  Junior: {
    categoryWeights: { qualification: 30, hard_skill: 40, soft_skill: 30 },
    thresholds: { advance: 70, discuss: 50, minCoverage: 50 },
  },
  // Mid-level engineers work on their own: hard skills lead, paper qualifications
  // matter less than demonstrated work, and more of the rubric must be assessed.
  'Mid-Level': {
    categoryWeights: { qualification: 25, hard_skill: 45, soft_skill: 30 },
    thresholds: { advance: 70, discuss: 50, minCoverage: 60 },
  },
  // Seniors design systems and mentor: hard skills (design depth) and soft skills
  // (influence) carry the decision; a costlier mis-hire asks for a higher bar.
  Senior: {
    categoryWeights: { qualification: 20, hard_skill: 45, soft_skill: 35 },
    thresholds: { advance: 75, discuss: 55, minCoverage: 60 },
  },
  // Leads are judged on design and leadership: soft skills weigh almost as much as
  // hard skills, qualifications least, and most of the rubric must be covered.
  Lead: {
    categoryWeights: { qualification: 15, hard_skill: 45, soft_skill: 40 },
    thresholds: { advance: 75, discuss: 55, minCoverage: 70 },
  },
};

export const DEFAULT_LEVEL: Level = 'Junior';

const ALIASES: Record<string, Level> = {
  intern: 'Intern',
  internship: 'Intern',
  graduate: 'Graduate',
  grad: 'Graduate',
  'new grad': 'Graduate',
  junior: 'Junior',
  jr: 'Junior',
  'mid level': 'Mid-Level',
  midlevel: 'Mid-Level',
  mid: 'Mid-Level',
  intermediate: 'Mid-Level',
  senior: 'Senior',
  sr: 'Senior',
  lead: 'Lead',
};

/** "mid-level", "Mid Level", "Sr." → the level; null for anything else. */
export function toLevel(name: unknown): Level | null {
  if (typeof name !== 'string' || name.length > 40) return null;
  const key = name
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .trim()
    .replace(/ +/g, ' ');
  return (LEVELS as readonly string[]).includes(name) ? (name as Level) : (ALIASES[key] ?? null);
}

/** A fresh copy, so callers may edit it; unknown levels get the design default. */
export function defaultsForLevel(level: Level | string): LevelDefaults {
  const found = LEVEL_DEFAULTS[toLevel(level) ?? DEFAULT_LEVEL];
  return { categoryWeights: { ...found.categoryWeights }, thresholds: { ...found.thresholds } };
}
