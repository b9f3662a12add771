/**
 * The audit log: one append-only, hash-chained event per change. Candidate
 * personal data (name, email, phone, links, résumé) never enters it, so an
 * erasure leaves the chain intact and PII-free.
 */
export const AUDIT_ACTIONS = [
  'session.signed_in',
  'session.signed_out',
  'session.sign_in_failed',
  'user.created',
  'user.updated',
  'job.created',
  'job.updated',
  'candidate.created',
  'candidate.updated',
  'candidate.resume_uploaded',
  'candidate.exported',
  'candidate.erased',
  'candidates.imported',
  'application.created',
  'application.moved',
  'applications.bulk_updated',
  'application.interviewer_assigned',
  'application.decided',
  'public_application.submitted',
  'scorecard.started',
  'scorecard.saved',
  'scorecard.submitted',
  'scorecard.revised',
  'note.added',
  // Reads of candidates' personal data (ids and counts only; see READ_AUDIT_ACTIONS).
  'candidates.searched',
  'candidate.viewed',
  'candidates.retention_listed',
  'import.viewed',
  'pipeline.viewed',
  'pipeline.exported',
  'application.viewed',
  'scorecards.viewed',
  'assessment.viewed',
  'notes.viewed',
  'interviews.viewed',
  'report.viewed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  'session',
  'user',
  'job',
  'candidate',
  'application',
  'scorecard',
  'note',
  'import',
  'report',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/**
 * The actions that record a read rather than a change: written in a transaction
 * of their own and never announced as live changes. `candidate.exported` is a
 * read too, but one the export itself records (and has always announced).
 */
export const READ_AUDIT_ACTIONS = [
  'candidates.searched',
  'candidate.viewed',
  'candidates.retention_listed',
  'import.viewed',
  'pipeline.viewed',
  'pipeline.exported',
  'application.viewed',
  'scorecards.viewed',
  'assessment.viewed',
  'notes.viewed',
  'interviews.viewed',
  'report.viewed',
] as const satisfies readonly AuditAction[];
export type ReadAuditAction = (typeof READ_AUDIT_ACTIONS)[number];

/** Stands in for a candidate's personal value in an event's before/after. */
export const PERSONAL_DATA_PLACEHOLDER = '[personal data]';

export interface AuditEventView {
  id: string;
  /** Position in the chain, from 1, without gaps. */
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  jobId: string | null;
  applicationId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

/** The most events one page of GET /audit returns. */
export const AUDIT_PAGE_MAX = 200;
export const AUDIT_PAGE_DEFAULT = 50;

/** GET /audit's filters (all optional, combined with AND). */
export interface AuditQuery {
  action?: AuditAction;
  actorId?: string;
  entityType?: AuditEntityType;
  entityId?: string;
  jobId?: string;
  /** The application's own events, and bulk events that list it. */
  applicationId?: string;
  /** ISO 8601; inclusive. */
  from?: string;
  /** ISO 8601; exclusive. */
  to?: string;
  /** Paging: only events older than this one (a page's `nextBeforeSeq`). */
  beforeSeq?: number;
  /** 1–200, default 50. */
  limit?: number;
}

export interface AuditPage {
  events: AuditEventView[];
  /** Pass as `beforeSeq` for the next (older) page; null on the last page. */
  nextBeforeSeq: number | null;
}

export interface AuditVerification {
  ok: boolean;
  /** Events checked. */
  checked: number;
  /** The first event whose hash, link or position does not hold. */
  brokenAtSeq: number | null;
  reason: string | null;
}

/**
 * A change as the live dashboard hears of it: ids only (never personal data);
 * clients refetch what they show, through the API's usual permission checks.
 */
export interface LiveChange {
  action: AuditAction;
  jobId: string | null;
  applicationIds: string[];
  at: string;
}
