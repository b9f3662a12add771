/**
 * A candidate's data rights: the export of everything held about them, the
 * erasure of their personal data, and the retention review that proposes
 * long-inactive candidates for erasure.
 */
import type { GateStatus, KnockoutAnswer, Proposal, RejectionKind } from './applications';
import type {
  ApplicationStatus,
  CandidateLink,
  CandidateSource,
  CsvImportRowError,
  ResumeMimeType,
  ScreeningResult,
} from './candidates';
import type { RedFlagSeverity } from './scoring';
import type { Decision, Recommendation, ScorecardStatus } from './scorecards';

/** What an erased candidate is called from then on. */
export const ERASED_CANDIDATE_NAME = 'Erased candidate';

/** Takes the place of a name, email or phone in text that stays (notes, scorecards, import reports). */
export const ERASED_TEXT = '[erased]';

/** Unique and non-personal, so the row keeps its unique email and the person's address is free again. */
export const erasedCandidateEmail = (candidateId: string): string => `erased-${candidateId}@erased.invalid`;

/** Candidates one bulk erasure takes. */
export const ERASURE_LIMIT = 500;

export const RETENTION_DAYS_DEFAULT = 365;

export const CANDIDATE_EXPORT_FORMAT = 'shortlist.candidate-export.v1';

export interface CandidateExportProfile {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  source: CandidateSource;
  tags: string[];
  links: CandidateLink[];
  resumeText: string | null;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
}

export interface CandidateExportResumeFile {
  fileName: string;
  mimeType: ResumeMimeType;
  sizeBytes: number;
  uploadedAt: string;
  /** The original file, as uploaded. */
  contentBase64: string;
}

export interface CandidateExportStageMove {
  at: string;
  fromStage: string | null;
  toStage: string | null;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  actorName: string | null;
  note: string | null;
  reason: string | null;
}

export interface CandidateExportScorecard {
  id: string;
  stageName: string | null;
  interviewerName: string | null;
  /** Drafts are included: they are data held about the candidate too. */
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  takeaways: string | null;
  createdAt: string;
  submittedAt: string | null;
  ratings: Array<{ itemId: string; itemLabel: string | null; value: string | null; note: string | null }>;
  redFlags: Array<{ typeId: string; typeLabel: string | null; severity: RedFlagSeverity; evidence: string | null }>;
  /** Earlier submitted versions of the scorecard, as kept. */
  revisions: Array<{ revision: number; createdAt: string; afterSeeingOthers: boolean; snapshot: unknown }>;
}

export interface CandidateExportApplication {
  id: string;
  jobId: string;
  jobTitle: string;
  stageName: string | null;
  status: ApplicationStatus;
  rejection: { kind: RejectionKind; reason: string } | null;
  appliedAt: string;
  stageEnteredAt: string;
  updatedAt: string;
  tags: string[];
  knockoutAnswers: Array<KnockoutAnswer & { label: string | null }>;
  screening: ScreeningResult | null;
  screenScore: number | null;
  /** The stored score, as the pipeline shows it. */
  score: number | null;
  coverage: number;
  gates: GateStatus;
  proposal: Proposal | null;
  redFlagCount: number;
  stageHistory: CandidateExportStageMove[];
  scorecards: CandidateExportScorecard[];
  decisions: Array<{
    decision: Decision;
    proposalAtTime: Proposal | null;
    scoreAtTime: number | null;
    reason: string | null;
    override: boolean;
    decidedByName: string | null;
    createdAt: string;
  }>;
  notes: Array<{
    id: string;
    authorName: string | null;
    body: string;
    itemLabel: string | null;
    redFlagLabel: string | null;
    createdAt: string;
  }>;
}

/** A CSV import whose report mentions the candidate, with only the rows that do. */
export interface CandidateExportImport {
  id: string;
  status: string;
  createdAt: string;
  errors: CsvImportRowError[];
}

/** GET /candidates/:id/export: everything held about one candidate. */
export interface CandidateExport {
  format: typeof CANDIDATE_EXPORT_FORMAT;
  exportedAt: string;
  candidate: CandidateExportProfile;
  resumeFile: CandidateExportResumeFile | null;
  applications: CandidateExportApplication[];
  imports: CandidateExportImport[];
}

/** A candidate proposed for erasure: nothing happened to them for longer than the retention period. */
export interface RetentionCandidate {
  id: string;
  name: string;
  email: string;
  source: CandidateSource;
  applicationCount: number;
  createdAt: string;
  /** The latest of their profile's, applications', stage moves', notes', scorecards' and decisions' dates. */
  lastActivityAt: string;
}

export interface RetentionQuery {
  limit?: number;
  offset?: number;
}

export interface RetentionPage {
  items: RetentionCandidate[];
  total: number;
  retentionDays: number;
  /** Candidates with no activity since this moment (and no active application) are listed. */
  inactiveSince: string;
}

export interface EraseCandidatesRequest {
  candidateIds: string[];
}

export interface EraseCandidatesResult {
  erased: number;
  candidateIds: string[];
  erasedAt: string;
}
