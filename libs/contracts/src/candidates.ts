import type { ChecklistCategory } from './job-template';

export const CANDIDATE_SOURCES = [
  'sourced',
  'referral',
  'job_board',
  'public_form',
  'agency',
  'import',
  'other',
] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

export const RESUME_MAX_BYTES = 5 * 1024 * 1024;
export const RESUME_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
] as const;
export type ResumeMimeType = (typeof RESUME_MIME_TYPES)[number];

export interface CandidateLink {
  label: string;
  url: string;
}

export interface ResumeFileView {
  fileName: string;
  mimeType: ResumeMimeType;
  sizeBytes: number;
  uploadedAt: string;
}

/** One application of this candidate, as the profile lists them. */
export interface CandidateApplicationSummary {
  applicationId: string;
  jobId: string;
  jobTitle: string;
  stageName: string;
  status: ApplicationStatus;
  appliedAt: string;
}

export interface CandidateView {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  source: CandidateSource;
  tags: string[];
  links: CandidateLink[];
  resumeText: string | null;
  resumeFile: ResumeFileView | null;
  applications: CandidateApplicationSummary[];
  createdAt: string;
  updatedAt: string;
  version: number;
  /** Set once the candidate's personal data was erased: the rest of the view is then a tombstone. */
  erasedAt: string | null;
}

export interface CandidateListItem {
  id: string;
  name: string;
  email: string;
  source: CandidateSource;
  tags: string[];
  applicationCount: number;
  updatedAt: string;
}

export interface CandidateSearch {
  /** Part of the name or email, or words of the résumé (1–2 characters: a prefix or a whole word). */
  q?: string;
  tag?: string;
  /** A keyword the résumé mentions (with the screening synonyms), e.g. "Postgres". */
  skill?: string;
  limit?: number;
  offset?: number;
}

export interface CreateCandidateRequest {
  name: string;
  email: string;
  phone?: string | null;
  source?: CandidateSource;
  tags?: string[];
  links?: CandidateLink[];
  resumeText?: string | null;
}

export type UpdateCandidateRequest = Partial<CreateCandidateRequest> & { version: number };

export const APPLICATION_STATUSES = ['active', 'rejected', 'withdrawn', 'hired'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Evidence the résumé gives for one checklist item: a suggestion beside the item, never a rating. */
export interface ScreeningEvidence {
  text: string;
  offset: number;
  /** The keyword or rule that matched, e.g. "SQL (via Postgres)". */
  matched: string;
}

export interface ScreeningItem {
  itemId: string;
  category: ChecklistCategory;
  label: string;
  evidence: ScreeningEvidence[];
}

export interface ScreeningResult {
  /** Weighted share (0–100, one decimal) of hard-skill and qualification items with evidence. */
  screenScore: number;
  items: ScreeningItem[];
  /** Prerequisites answered `not_met` by knock-out questions. */
  failedKnockouts: string[];
  screenedAt: string;
}

export interface CsvImportRowError {
  /** 1-based line in the file, the header being line 1. */
  row: number;
  field: string;
  message: string;
}

export interface CsvImportResult {
  imported: number;
  applied: number;
  errors: CsvImportRowError[];
}

export const CANDIDATE_IMPORT_STATUSES = ['pending', 'validating', 'importing', 'done', 'failed'] as const;
export type CandidateImportStatus = (typeof CANDIDATE_IMPORT_STATUSES)[number];

/** A CSV import running in the background: poll GET /candidates/imports/:id for progress. */
export interface CandidateImportView {
  id: string;
  status: CandidateImportStatus;
  /** Data rows in the file (the header excluded). */
  total: number;
  /** Steps done of validation plus insertion, out of 2 × total. */
  processed: number;
  /** Row-numbered problems; when any, nothing was imported. */
  errors: CsvImportRowError[];
  result: CsvImportResult | null;
  jobId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CandidatePage {
  items: CandidateListItem[];
  total: number;
}
