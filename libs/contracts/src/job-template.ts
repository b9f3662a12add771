/**
 * What the job-description importer (libs/jd-import) produces, shared by the
 * API (POST /job-templates/parse, POST /jobs) and the dashboard.
 */
export const CHECKLIST_CATEGORIES = ['prerequisite', 'qualification', 'hard_skill', 'soft_skill'] as const;
export type ChecklistCategory = (typeof CHECKLIST_CATEGORIES)[number];

/** Categories rated 1–4; prerequisites are `met` / `not_met` instead. */
export type RatedCategory = Exclude<ChecklistCategory, 'prerequisite'>;

export const LEVELS = ['Intern', 'Graduate', 'Junior', 'Mid-Level', 'Senior', 'Lead'] as const;
export type Level = (typeof LEVELS)[number];

export interface TemplateItem {
  category: ChecklistCategory;
  label: string;
  /** Terms for résumé screening, e.g. ["Python", "Java", "Node.js"]. */
  keywords: string[];
  mustHave: boolean;
  weight: number;
  /** Rated categories: keys "1"–"4"; prerequisites: "met" and "not_met". One sentence each. */
  anchors: Record<string, string>;
  /** Drafted for prerequisites, asked on the application form. */
  knockoutQuestion?: string;
}

export interface TemplateRedFlag {
  label: string;
  linkedItemLabels: string[];
}

export interface TemplateStage {
  name: string;
  /** Labels of the checklist items this stage assesses. */
  focus: string[];
  guidance: string[];
}

export interface TemplateToolGroup {
  category: string;
  items: string[];
}

export interface LadderLevel {
  name: string;
  description: string;
}

export interface JobTemplate {
  title: string | null;
  location: string | null;
  employmentType: string | null;
  summary: string | null;
  responsibilities: string[];
  /** A second responsibilities list on the page, kept apart from the first. */
  additionalResponsibilities: string[];
  perks: string[];
  items: TemplateItem[];
  redFlags: TemplateRedFlag[];
  stages: TemplateStage[];
  tools: TemplateToolGroup[];
  /** Interviewer guidance not attached to a stage. */
  guidance: string[];
  /** Filled by the caller from the career ladder; the parser returns []. */
  levels: LadderLevel[];
  /** What could not be read, in words a hiring manager can act on. */
  warnings: string[];
}

export interface ParsedLadder {
  levels: { name: Level; description: string }[];
  warnings: string[];
}

export interface ProposalThresholds {
  advance: number;
  discuss: number;
  minCoverage: number;
}

export interface LevelDefaults {
  categoryWeights: Record<RatedCategory, number>;
  thresholds: ProposalThresholds;
}
